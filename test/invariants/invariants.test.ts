import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { opArb, runSequence } from "./handler.js";

// DESIGN.md's invariants 1-6 as properties over random operation sequences on the real chain
// (see handler.ts). Every test replays the same sequences (fixed seed) and fails on its own
// invariant only, so a failure names the invariant it broke; fast-check shrinks it to a short
// sequence of operations. Invariant 7 (no unbounded loop) is measured in gas.test.ts.

const SEED = 20261121;
const RUNS = 30;
const sequences = fc.array(opArb, { minLength: 20, maxLength: 40, size: "max" });
const stats = new Map<string, { ok: number; refused: number }>();

async function holds(invariant: number) {
  await fc.assert(
    fc.asyncProperty(sequences, async (ops) => {
      const violations = await runSequence(ops, invariant, invariant === 1 ? stats : undefined);
      expect(violations.map((v) => `step ${v.step} ${JSON.stringify(v.op, (_, x) => (typeof x === "bigint" ? `${x}n` : x))}: ${v.message}`)).toEqual([]);
    }),
    { seed: SEED, numRuns: RUNS },
  );
}

describe("DESIGN.md invariants under random operation sequences", () => {
  it("1. spends of a domain subtree in an epoch never exceed the subtree root's allowance", () => holds(1));
  it("2. a child domain's allowance never exceeds its parent's", () => holds(2));
  it("3. a round executes at most once, only consented or accepted, never after expiry or withdrawal", () => holds(3));
  it("4. only an active, eligible wearer of the required hat can act; others get OpGovNotWearer", () => holds(4));
  it("5. every treasury outflow is recorded: a Spent event, or an allocation in the executed revision of a round or in a community act", () => holds(5));
  it("6. a completed cell can do nothing, and none of its budget can be spent", () => holds(6));

  afterAll(() => {
    process.stderr.write(`invariant campaign: ${JSON.stringify(Object.fromEntries(stats))}\n`);
    // The campaign must reach both outcomes of the operations that matter.
    for (const key of ["spend", "propose", "object", "execute", "setBudget"]) {
      const s = stats.get(key);
      expect(s?.ok, `${key} never succeeded`).toBeGreaterThan(0);
      expect(s?.refused, `${key} never refused`).toBeGreaterThan(0);
    }
  });
});
