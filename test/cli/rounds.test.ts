import { erc20Abi, parseUnits, type Address } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KEYS, startCliChain, type CliChain } from "./orgChain.js";

// The day-to-day commands and status, in the order a DAO uses them, against one organisation:
// the example spec with the ops cell hat worn by alice (so she can object for the parent circle
// and decide escalations of the events sub-cell).

let env: CliChain;
let spec: string;
let treasury: Address;
let instance: Address;
const VENDOR = "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720" as Address;
const HOUR = 3600;

const org = (args: string[], key?: string) => env.opgov([...args, "--spec", spec], key);
const roundOf = (stdout: string) => /Proposed round (0x[0-9a-f]{64})/.exec(stdout)![1]!;
const balance = (who: Address) => env.chain.publicClient.readContract({ address: env.token, abi: erc20Abi, functionName: "balanceOf", args: [who] });
async function advance(seconds: number) {
  await env.chain.testClient.increaseTime({ seconds });
  await env.chain.testClient.mine({ blocks: 1 });
}

beforeAll(async () => {
  env = await startCliChain();
  spec = env.writeSpec("organisation.yaml", (doc) => (doc.cells[0].wearer = "0x90F79bf6EB2c4f870365E785982E1f101E93b906"));
  const applied = await env.opgov(["apply", spec], KEYS.operator);
  if (applied.code !== 0) throw new Error(applied.stderr);
  treasury = /treasury (0x[0-9a-fA-F]{40})/.exec(applied.stdout)![1]! as Address;
  instance = /opgov instance (0x[0-9a-fA-F]{40})/.exec(applied.stdout)![1]! as Address;
  const token = await env.chain.connection.viem.getContractAt("TestToken", env.token);
  await env.chain.publicClient.waitForTransactionReceipt({ hash: await token.write.mint([treasury, parseUnits("100000", 18)]) });
});
afterAll(async () => env?.server.close());

describe("opgov status", () => {
  it("prints the cell tree, budgets, open rounds and recent decisions", async () => {
    const { code, stdout, stderr } = await org(["status"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    // The shared dashboard renderer (scripts/render/dashboard.ts), with the spec's names.
    expect(stdout).toMatch(/^ {2}ops +Coordination +[\d.]+ +[\d.]+ +[\d.]+ +\S+ +v\d +ops\.infra, ops\.outreach$/m);
    expect(stdout).toMatch(/^ {2}└─ events +Organization /m);
    expect(stdout).toMatch(/^ {2}events\.meetups ⊂ ops\.outreach +events +2,000 TUSD +— +0 TUSD +— +2,000 TUSD +30d /m);
    expect(stdout).toMatch(/^Rounds\n {2}\(no rounds\)$/m);
    expect(stdout).toMatch(/^Decision log\n {2}block +time +kind +what$/m);
    expect(stdout).toMatch(/events\.meetups budget 2,000 TUSD per 30d/);
  });

  it("works with --instance alone (ids instead of names) and prints JSON with --json", async () => {
    const { code, stdout } = await env.opgov(["status", "--instance", instance, "--json"]);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(parsed.dashboard.instance.address).toBe(instance);
    expect(parsed.dashboard.cells.cells).toHaveLength(3);
  });

  it("exits 2 without a spec or an instance, 5 for an instance that is not there", async () => {
    const none = await env.opgov(["status"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/needs the organisation: --spec PATH/);
    const nowhere = await env.opgov(["status", "--instance", VENDOR]);
    expect(nowhere.code).toBe(5);
    expect(nowhere.stderr).toContain("OrganisationNotFoundError");
  });
});

describe("opgov spend", () => {
  it("spends within the budget and prints what is left", async () => {
    const { code, stdout, stderr } = await org(["spend", "events.meetups", "--amount", "100 TUSD", "--to", VENDOR], KEYS.carol);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Spent 100 TUSD from domain events\\.meetups to ${VENDOR}; 1,900 TUSD left this epoch\\.$`, "m"));
    expect(stdout).toMatch(/^ {2}tx 0x[0-9a-f]{64} \(0x[0-9a-f]{4}…[0-9a-f]{4}\), [\d,]+ gas$/m);
    expect(await balance(VENDOR)).toBe(parseUnits("100", 18));
  });

  it("exits 9 when the budget has not enough left, 8 without the spender hat, 2 for a bad amount", async () => {
    const tooMuch = await org(["spend", "events.meetups", "--amount", "5000 TUSD", "--to", VENDOR], KEYS.carol);
    expect(tooMuch.code).toBe(9);
    expect(tooMuch.stderr).toMatch(/InsufficientBudgetError: Domain 3 has/);
    const stranger = await org(["spend", "events.meetups", "--amount", "1 TUSD", "--to", VENDOR], KEYS.stranger);
    expect(stranger.code).toBe(8);
    expect(stranger.stderr).toMatch(/NotWearerError: 0x[0-9a-fA-F]{40} does not wear the spender hat of domain 3/);
    const bad = await org(["spend", "events.meetups", "--amount", "100", "--to", VENDOR], KEYS.carol);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--amount must be an amount with its token/);
    expect(await balance(VENDOR)).toBe(parseUnits("100", 18));
  });
});

describe("a round that meets an objection, is amended and passes", () => {
  let round: string;

  it("propose prints the round id; a non-member cannot propose (exit 8)", async () => {
    const args = ["propose", "allocation", "--cell", "events", "--domain", "events.meetups", "--amount", "50 TUSD", "--to", VENDOR, "--window", "1h", "--rationale", "ipfs://why"];
    const denied = await org(args, KEYS.stranger);
    expect(denied.code).toBe(8);
    const { code, stdout, stderr } = await org(args, KEYS.carol);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Proposed round 0x[0-9a-f]{64}: allocate 50 TUSD to 0x[0-9a-fA-F]{40} from domain events\.meetups\.$/m);
    round = roundOf(stdout);
    const status = await org(["status"]);
    expect(status.stdout).toMatch(new RegExp(`^ {2}${round} +events +Open +0 +— +.*allocate 50 TUSD from events\\.meetups`, "m"));
    expect(status.stdout).toMatch(/^ {2}events\.meetups ⊂ ops\.outreach +events +2,000 TUSD +— +100 TUSD +50 TUSD /m);
  });

  it("execute refuses an open round (exit 10)", async () => {
    const early = await org(["execute", round], KEYS.stranger);
    expect(early.code).toBe(10);
    expect(early.stderr).toMatch(/RoundStateError: executeRound: round 0x[0-9a-f]+ is Open/);
  });

  it("object raises a standing objection, once per objector", async () => {
    const { code, stdout } = await org(["object", round, "--reason", "ipfs://too-soon"], KEYS.alice);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Objected to round 0x[0-9a-f]{64} \(revision 0\) under hat 0x[0-9a-f]+\.$/m);
    const twice = await org(["object", round, "--reason", "ipfs://again"], KEYS.alice);
    expect(twice.code).toBe(10);
    expect(twice.stderr).toContain("AlreadyObjectedError");
  });

  it("amend (new rationale, new window) and the objector's withdraw let it pass; execute pays from any machine", async () => {
    await advance(HOUR + 1);
    const amended = await org(["amend", round, "--rationale", "ipfs://why-v2", "--window", "1h"], KEYS.carol);
    expect(amended.code, amended.stderr).toBe(0);
    expect(amended.stdout).toMatch(/^Amended round 0x[0-9a-f]{64} to revision 1;/m);
    const withdrawn = await org(["withdraw", round], KEYS.alice);
    expect(withdrawn.code, withdrawn.stderr).toBe(0);
    expect(withdrawn.stdout).toMatch(/^Withdrew your objection to round/m);
    await advance(HOUR + 1);
    const before = await balance(VENDOR);
    // By round id only, with --instance (no spec): the content comes from the chain's events.
    const executed = await env.opgov(["execute", round, "--instance", instance], KEYS.stranger);
    expect(executed.code, executed.stderr).toBe(0);
    expect(executed.stdout).toMatch(/^Executed round 0x[0-9a-f]{64} \(revision 1, 1 action\(s\)\)\.$/m);
    expect(await balance(VENDOR)).toBe(before + parseUnits("50", 18));
    const status = await org(["status"]);
    expect(status.stdout).toMatch(/round 0x[0-9a-f]{4}…[0-9a-f]{4} executed \(revision 1\)/);
  });
});

describe("a round that is escalated and decided by the parent circle", () => {
  it("escalate hands a blocked round to the parent cell's hat; resolve --accept makes it executable", async () => {
    const proposed = await org(["propose", "policy", "--cell", "events", "--uri", "ipfs://meetup-code-of-conduct", "--window", "1h", "--rationale", "ipfs://coc"], KEYS.carol);
    expect(proposed.code, proposed.stderr).toBe(0);
    const round = roundOf(proposed.stdout);
    expect((await org(["object", round, "--reason", "ipfs://too-strict"], KEYS.alice)).code).toBe(0);
    const tooEarly = await org(["escalate", round], KEYS.carol);
    expect(tooEarly.code).toBe(10);
    await advance(HOUR + 1);
    const escalated = await org(["escalate", round], KEYS.carol);
    expect(escalated.code, escalated.stderr).toBe(0);
    expect(escalated.stdout).toMatch(/^Escalated round 0x[0-9a-f]{64}; the wearers of hat 0x[0-9a-f]+ decide\.$/m);
    const notResolver = await org(["resolve", round, "--accept", "--rationale", "ipfs://ok"], KEYS.carol);
    expect(notResolver.code).toBe(8);
    const resolved = await org(["resolve", round, "--accept", "--rationale", "ipfs://ok"], KEYS.alice);
    expect(resolved.code, resolved.stderr).toBe(0);
    expect(resolved.stdout).toMatch(/accepted \(now executable\)/);
    const executed = await org(["execute", round], KEYS.carol);
    expect(executed.code, executed.stderr).toBe(0);
  });

  it("resolve needs exactly one of --accept and --reject (exit 2)", async () => {
    const both = await org(["resolve", `0x${"11".repeat(32)}`, "--accept", "--reject", "--rationale", "ipfs://x"], KEYS.alice);
    expect(both.code).toBe(2);
  });
});

describe("other proposals and withdrawing one", () => {
  it("proposes a budget change and a structure change, and withdraws a proposal", async () => {
    const budget = await org(["propose", "budget", "--cell", "events", "--domain", "events.meetups", "--allowance", "2500 TUSD", "--window", "2h", "--rationale", "ipfs://more"], KEYS.carol);
    expect(budget.code, budget.stderr).toBe(0);
    expect(budget.stdout).toMatch(/set domain events\.meetups's budget to 2,500 TUSD/);
    const move = await org(["propose", "move-phase", "--cell", "events", "--phase", "coordination", "--window", "2h", "--rationale", "ipfs://grow"], KEYS.carol);
    expect(move.code, move.stderr).toBe(0);
    const withdrawn = await org(["withdraw", roundOf(move.stdout)], KEYS.carol);
    expect(withdrawn.code, withdrawn.stderr).toBe(0);
    expect(withdrawn.stdout).toMatch(/^Withdrew round 0x[0-9a-f]{64}\.$/m);
  });

  it("exits 2 for a bad round id, an unknown round and an unknown kind", async () => {
    expect((await org(["execute", "0x1234"], KEYS.carol)).code).toBe(2);
    const unknown = await org(["execute", `0x${"ab".repeat(32)}`], KEYS.carol);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("UnknownRoundError"); // the reads' RoundNotFoundError is now an alias of it
    const kind = await org(["propose", "bribe", "--cell", "events", "--window", "1h", "--rationale", "x"], KEYS.carol);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toMatch(/Unknown action kind "bribe"/);
  });
});
