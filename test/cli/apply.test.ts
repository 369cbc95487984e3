import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createOpGovClient, withInstance } from "../../sdk/client.js";
import { getDashboard } from "../../sdk/reads/getDashboard.js";
import { localDeployment } from "../fixtures/sdk.js";
import { closedPort } from "./run.js";
import { KEYS, startCliChain, type CliChain } from "./orgChain.js";

let env: CliChain;
let fresh: string;
let spec: string;

beforeAll(async () => {
  env = await startCliChain();
  spec = env.writeSpec("organisation.yaml");
  fresh = await env.snapshot();
});
afterAll(async () => env?.server.close());
beforeEach(async () => {
  env.setFault(undefined);
  await env.revert(fresh);
  fresh = await env.snapshot();
});

/** The organisation as the chain holds it, without what changes with every block. */
async function chainState(instance: string) {
  const client = withInstance(createOpGovClient({ publicClient: env.chain.publicClient as never, deployment: localDeployment(env.chain) }), instance as `0x${string}`);
  const dashboard = await getDashboard(client);
  return {
    cells: dashboard.cells.cells.map((cell) => [cell.id, cell.parent, cell.phase, cell.safe, cell.hats.member?.id ?? null, cell.hats.roles.length, cell.domains]),
    budgets: dashboard.budgets.map((budget) => [budget.domain, budget.token, budget.allowance, budget.epochLength]),
    constraints: dashboard.constraints,
  };
}

const instanceOf = (stdout: string) => /opgov instance (0x[0-9a-fA-F]{40})/.exec(stdout)![1]!;

describe("opgov plan", () => {
  it("lists the transactions for a fresh chain, with their calls, and sends nothing", async () => {
    const before = await env.chain.publicClient.getBlockNumber();
    const { code, stdout, stderr } = await env.opgov(["plan", spec]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/\(to deploy\)/);
    expect(stdout).toMatch(/^1\. operator batch, 2 calls:/m);
    expect(stdout).toMatch(/^2\. treasury Safe transaction \(as the community\), \d+ calls:/m);
    expect(stdout).toMatch(/^ {5}- .*top hat/m);
    expect(stdout).toMatch(/2 transactions to send\. Run `opgov apply/);
    expect(await env.chain.publicClient.getBlockNumber()).toBe(before);
  });

  it("prints JSON with --json", async () => {
    const { code, stdout } = await env.opgov(["plan", spec, "--json"]);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout);
    expect(plan.chainId).toBe(31337);
    expect(plan.steps.map((step: { via: string }) => step.via)).toEqual(["batch", "treasury"]);
    expect(plan.steps[1].calls[0]).toEqual(expect.objectContaining({ to: expect.stringMatching(/^0x/), data: expect.stringMatching(/^0x/), description: expect.any(String) }));
  });

  it("exits 6 for a missing or invalid spec and 3 for an unreachable RPC", async () => {
    const missing = await env.opgov(["plan", `${env.dir}/nope.yaml`]);
    expect(missing.code).toBe(6);
    expect(missing.stderr).toMatch(/SpecFileError: Cannot read the organisation spec .*nope\.yaml: no such file/);
    const bad = env.writeSpec("bad.yaml", (doc) => (doc.community.wearer = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"));
    const invalid = await env.opgov(["plan", bad]);
    expect(invalid.code).toBe(6);
    expect(invalid.stderr).toMatch(/community\.wearer: must be "treasury"/);
    const port = await closedPort();
    const { runOpgovInProcess } = await import("./run.js");
    const down = await runOpgovInProcess(["plan", spec, "--rpc", `http://127.0.0.1:${port}`]);
    expect(down.code).toBe(3);
    expect(down.stderr).toContain("RpcUnreachableError");
  });
});

describe("opgov apply", () => {
  it("brings the spec on-chain with one line per transaction, then a second run sends nothing", async () => {
    const first = await env.opgov(["apply", spec], KEYS.operator);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr.match(/^ {2}✓ \[\d\/2\] .* tx 0x[0-9a-f]{4}…[0-9a-f]{4} +gas +[\d,]+$/gm)).toHaveLength(2);
    expect(first.stdout).toMatch(/^Applied .*organisation\.yaml: 2 transactions, [\d,]+ gas\.$/m);
    expect(first.stdout).toMatch(/^ {2}domain events\.meetups: #3$/m);
    const sends = env.sends();
    const second = await env.opgov(["apply", spec], KEYS.operator);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^Nothing to send: the chain already matches/m);
    expect(env.sends()).toBe(sends);
    const plan = await env.opgov(["plan", spec]);
    expect(plan.stdout).toMatch(/\(deployed\)/);
    expect(plan.stdout).toMatch(/Nothing to send: the chain matches the spec\./);
  });

  it.each([
    [1, "before"],
    [1, "after"],
    [2, "before"],
    [2, "after"],
  ] as const)("interrupted at send %i (%s it reached the chain), says what was sent, and a re-run ends in the same state", async (at, mode) => {
    const clean = await env.opgov(["apply", spec], KEYS.operator);
    expect(clean.code).toBe(0);
    const instance = instanceOf(clean.stdout);
    const expected = await chainState(instance);
    const cleanSends = env.sends();
    await env.revert(fresh);
    fresh = await env.snapshot();

    env.setFault({ at, mode });
    const broken = await env.opgov(["apply", spec], KEYS.operator);
    expect(broken.code).not.toBe(0);
    expect(broken.stderr).toMatch(new RegExp(`apply stopped: ${at - 1} transactions? (was|were) sent and mined`));
    expect(broken.stderr).toMatch(/failed or its outcome is unknown/);
    expect(broken.stderr).toMatch(/nothing else was sent\. Run `opgov apply` again/);
    expect(broken.stderr).toMatch(/SetupTransactionError/);
    const reachedChain = env.sends();

    env.setFault(undefined);
    const resumed = await env.opgov(["apply", spec], KEYS.operator);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(await chainState(instance)).toEqual(expected);
    // Nothing duplicated: the sends of both runs add up to those of the clean run.
    expect(reachedChain + env.sends()).toBe(cleanSends);
  });

  it("completes a cell with phase completion last, after the setup, and then sends nothing", async () => {
    expect((await env.opgov(["apply", spec], KEYS.operator)).code).toBe(0);
    const completing = env.writeSpec("completing.yaml", (doc) => {
      doc.cells[1].phase = "completion";
      delete doc.cells[1].domains[0].budgets;
    });
    const plan = await env.opgov(["plan", completing]);
    expect(plan.stdout).toMatch(/^1\. treasury Safe transaction \(as the community\), 1 call:\n {5}- community act \(1 action\): complete cell "events"/m);
    const applied = await env.opgov(["apply", completing], KEYS.operator);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toMatch(/: 1 transaction, [\d,]+ gas\./);
    const state = await chainState(instanceOf(applied.stdout));
    expect(state.cells.map((cell) => cell[2])).toEqual(["Coordination", "Completion", "Organization"]);
    const again = await env.opgov(["apply", completing], KEYS.operator);
    expect(again.stderr).not.toMatch(/^opgov: /m);
    expect(again.stdout).toMatch(/^Nothing to send/m);
  });

  it("exits 4 without a key and 8 when the signer cannot execute the treasury's transactions", async () => {
    const noKey = await env.opgov(["apply", spec]);
    expect(noKey.code).toBe(4);
    expect(noKey.stderr).toContain("MissingKeyError");
    const stranger = await env.opgov(["apply", spec], KEYS.stranger);
    expect(stranger.code).toBe(8);
    expect(stranger.stderr).toContain("TreasuryNotOperableError");
  });
});
