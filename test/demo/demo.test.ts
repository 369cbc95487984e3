import { parseEther, zeroAddress } from "viem";
import { beforeAll, describe, expect, it } from "vitest";
import { demoMain } from "../../scripts/demo/entry.js";
import { DemoExpectationError } from "../../scripts/demo/errors.js";
import { runDemo, type RunDemoReturnType } from "../../scripts/demo/run.js";

// The demo, run once in this process: the story's outcomes, read back from the chain, and the
// text it printed.

describe("npm run demo", () => {
  let result: RunDemoReturnType;
  let output: string;
  beforeAll(async () => {
    const lines: string[] = [];
    result = await runDemo({ write: (line) => lines.push(line) });
    output = lines.join("\n");
  });

  it("runDemo_endsEachRoundInTheStateTheStoryTells", () => {
    expect(result.rounds).toEqual({ silent: "Executed", amended: "Executed", escalated: "Executed", leftOpen: "Open" });
    const events = result.history.map((e) => e.event);
    expect(events).toContain("RoundAmended");
    expect(events).toContain("ObjectionWithdrawn");
    expect(events).toContain("ObjectionDismissed");
    const resolved = result.history.find((e) => e.event === "EscalationResolved");
    expect(resolved?.event === "EscalationResolved" && resolved.args.accepted).toBe(true);
    const amended = result.history.filter((e) => e.event === "Allocation").map((e) => (e.event === "Allocation" ? e.args.amount : 0n));
    expect(amended).toEqual([parseEther("300"), parseEther("600")]);
  });

  it("runDemo_movesFundsOnlyAsTold", () => {
    // Treasury: 20 ETH and 50,000 TUSD in; out: 1.5 ETH (spend), 400 + 250 + 100 TUSD (spends), 300 + 600 TUSD (rounds).
    expect(result.balances).toEqual({
      treasury: { eth: parseEther("18.5"), tusd: parseEther("48350") },
      heidi: parseEther("1300"),
      grace: parseEther("350"),
      toolingSafe: parseEther("1.5"),
    });
  });

  it("runDemo_resetsSpentWhenTheEpochRollsOver", () => {
    expect(result.epoch).toEqual({ spentBefore: parseEther("250"), spentAfter: 0n, remainingAfter: parseEther("1000"), spentInNewEpoch: parseEther("100") });
    const research = result.dashboard.budgets.find((b) => b.remaining === parseEther("900"));
    expect(research?.spent).toBe(parseEther("100"));
  });

  it("runDemo_completesTheSubCellAndReportsWhatItStillHolds", () => {
    const { completion } = result;
    expect(completion.hatsOff).toBe(true);
    expect(completion.balances).toEqual([{ token: zeroAddress, amount: parseEther("1.5") }]);
    expect(completion.returnedSlices.map((s) => s.amount)).toEqual([parseEther("2000")]);
    expect(completion.unfinishedRounds.map((r) => r.state)).toEqual(["Open"]);
    const tooling = result.dashboard.cells.cells.find((c) => c.id === completion.cell);
    expect(tooling?.phase).toBe("Completion");
    expect(result.dashboard.cells.cells.map((c) => c.phase).sort()).toEqual(["Completion", "Coordination", "Organization"]);
  });

  it("runDemo_showsTheSdksNamedErrorsForRefusedSpends", () => {
    expect(result.refusals.overBudget).toBe("InsufficientBudgetError: tooling-budget has 1,600 TUSD left this epoch; 5,000 TUSD was asked");
    expect(result.refusals.afterCompletion).toMatch(/^NotWearerError: dave does not wear the spender hat of tooling-budget/);
  });

  it("runDemo_printsStepsGroupedByPhaseThenTheDashboard", () => {
    const headings = [...output.matchAll(/^== (.+) ==$/gm)].map((m) => m[1]!.split(" (")[0]!.split(":")[0]);
    expect(headings).toEqual(["Chain", "Conversation", "Formation", "Organization and Coordination", "At work", "At work", "At work", "At work", "An epoch rolls over", "Completion", "Dashboard"]);
    for (const section of ["\nCells\n", "\nBudgets (this epoch)\n", "\nRounds\n", "\nBalances\n", "\nDecision log\n"]) expect(output).toContain(section);
    expect(output).toMatch(/^ {2}└─ tooling\s+Completion\s+1\.1\.1\.3 /m);
    expect(output).toMatch(/^ {2}research-budget\s+research\s+1,000 TUSD\s+—\s+100 TUSD\s+—\s+900 TUSD\s+7d/m);
    expect(output).toMatch(/"release train" \(0x[0-9a-f]{4}…[0-9a-f]{4}\) accepted on escalation by ops Safe/);
    // Every step with a transaction shows its short hash and gas, and the totals count exactly those.
    const sent = output.split("\n").filter((line) => line.startsWith("  ✓ "));
    for (const line of sent) expect(line).toMatch(/tx 0x[0-9a-f]{4}…[0-9a-f]{4} {2}gas +[\d,]+$/);
    expect(result.totals.transactions).toBe(sent.length);
    const gas = sent.reduce((sum, line) => sum + BigInt(line.match(/gas +([\d,]+)$/)![1]!.replaceAll(",", "")), 0n);
    expect(result.totals.gasUsed).toBe(gas);
    expect(output).toMatch(/\nDone: \d+ transactions, [\d,]+ gas, [\d.]+ s \(plus \d+ bootstrap transactions\)\.$/);
  });

  it("runDemo_takesWellUnderAMinute", () => {
    expect(result.elapsedMs).toBeLessThan(60_000);
  });
});

describe("demoMain", () => {
  const capture = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) } };
  };

  it("demoMain_returnsZeroWhenTheStoryRunsToItsEnd", async () => {
    const { io } = capture();
    expect(await demoMain({ ...io, env: {}, run: async () => undefined })).toBe(0);
  });

  it("demoMain_printsANamedFailureReadablyWithoutStackAndReturnsOne", async () => {
    const { io, err } = capture();
    const code = await demoMain({ ...io, env: {}, run: async () => { throw new DemoExpectationError("the silent round's state", "Executed", "Open"); } });
    expect(code).toBe(1);
    const text = err.join("\n");
    expect(text).toContain("DemoExpectationError: The demo expected the silent round's state to be Executed, and it is Open.");
    expect(text).toContain("expected: Executed");
    expect(text).toContain("Details: ");
    expect(text).not.toMatch(/\n\s+at /);
  });

  it("demoMain_addsTheStackOfAnUnexpectedErrorOnlyWithOpgovDebug", async () => {
    const boom = async () => { throw new TypeError("boom"); };
    const quiet = capture();
    expect(await demoMain({ ...quiet.io, env: {}, run: boom })).toBe(1);
    expect(quiet.err.join("\n")).toContain("(set OPGOV_DEBUG=1 for the stack trace)");
    const loud = capture();
    expect(await demoMain({ ...loud.io, env: { OPGOV_DEBUG: "1" }, run: boom })).toBe(1);
    expect(loud.err.join("\n")).toMatch(/TypeError: boom\n\s+at /);
  });
});
