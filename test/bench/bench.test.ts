// The benchmark's own check (not a timed test): runs `npm run bench`'s jobs in-process, opgov at
// 3, 10 and 50 members and its peers at 3, and checks the shape issue 5 gives bench/results.json
// and that a silent round costs the same whatever the circle's size. The committed
// bench/results.json is held to the same shape.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runBench, type BenchResults } from "../../bench/bench.js";

const OPGOV_OPS = ["propose", "object", "withdrawObjection", "amend", "execute", "spend"];
const JOBS = ["allocation", "spend", "setup"];

function expectShape(r: BenchResults, sizes: number[]) {
  expect(Object.keys(r)).toEqual(expect.arrayContaining(["operations", "jobs", "floors"]));
  for (const o of r.operations) {
    expect(o).toMatchObject({ system: expect.any(String), op: expect.any(String), members: expect.any(Number), gas: expect.any(Number) });
    expect(o.gas).toBeGreaterThan(21_000);
  }
  for (const j of r.jobs) {
    expect(j).toMatchObject({
      system: expect.any(String),
      job: expect.any(String),
      members: expect.any(Number),
      objections: expect.any(Number),
      gas: expect.any(Number),
      transactions: expect.any(Number),
      humanActions: expect.any(Number),
    });
    expect(JOBS).toContain(j.job);
    expect(j.humanActions).toBeGreaterThanOrEqual(j.transactions > 0 ? 1 : 0);
  }
  for (const f of r.floors) expect(f).toMatchObject({ op: expect.any(String), gas: expect.any(Number) });
  // every opgov op is measured at every size, and has a floor below it
  for (const op of OPGOV_OPS) {
    const floor = r.floors.find((f) => f.op === op && (f.variant ?? "treasury") === "treasury");
    expect(floor, `floor of ${op}`).toBeDefined();
    expect(floor!.gas).toBe(floor!.base + floor!.calldata + floor!.storage);
    for (const members of sizes) {
      const o = r.operations.find((x) => x.system === "opgov" && x.op === op && x.members === members);
      expect(o, `${op} at ${members}`).toBeDefined();
      expect(o!.gas).toBeGreaterThan(floor!.gas);
    }
  }
  for (const system of ["opgov", "governor", "safe"]) {
    for (const job of ["allocation", "spend"]) expect(r.jobs.some((j) => j.system === system && j.job === job), `${system} ${job}`).toBe(true);
  }
  // a silent round (propose + execute) costs the same at every size, for either way of paying
  for (const custody of ["module", "pull"]) {
    const silent = r.jobs.filter((j) => j.system === "opgov" && j.job === "allocation" && j.objections === 0 && j.variant === "treasury" && j.custody === custody);
    expect(silent.map((j) => j.members).sort((a, b) => a - b)).toEqual(sizes);
    expect(new Set(silent.map((j) => j.gas)).size, `silent round (${custody}) at ${sizes.join("/")}`).toBe(1);
  }
}

describe("npm run bench", () => {
  it("measures every job with results.json's shape, a silent round identical at 3, 10 and 50 members", async () => {
    const r = await runBench({ sizes: [3, 10, 50], peerSizes: [3], setup: false });
    expectShape(r, [3, 10, 50]);
    // A regression guard on the targets issue 5 sets that opgov meets (README "Figures"); the
    // ones it does not meet are reported by the bench, not asserted here.
    const met = r.targets.filter((t) => t.met).map((t) => `${t.target} (${t.custody})`);
    expect(met).toEqual(
      expect.arrayContaining([
        "propose <= 75,000 (-)",
        "object <= 60,000 (-)",
        "object <= 1.5 x floor (-)",
        "execute <= 70,000 (module)",
        "execute <= 70,000 (pull)",
        "execute <= 1.5 x floor (pull)",
        "spend <= 72,000 (pull)",
        "silent round identical at 3/10/50 (module)",
        "silent round identical at 3/10/50 (pull)",
      ]),
    );
  }, 120_000);

  it("has a committed bench/results.json of that shape, with the setup job", () => {
    const r = JSON.parse(readFileSync(join(import.meta.dirname, "../../bench/results.json"), "utf8")) as BenchResults;
    expectShape(r, [3, 10, 50]);
    const setup = r.jobs.find((j) => j.job === "setup");
    expect(setup?.transactions).toBeLessThanOrEqual(3);
  });
});
