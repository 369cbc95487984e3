import { describe, expect, it } from "vitest";
import { zeroAddress } from "viem";
import {
  describeAction,
  describeEntry,
  renderBalances,
  renderBudgets,
  renderCellTree,
  renderDashboard,
  renderDecisionLog,
  renderHeader,
  renderRounds,
} from "../../scripts/render/dashboard.js";
import { ALICE, BOB, history, labels, OPS, snapshot, TREASURY, TUSD } from "./fixtures.js";

const E18 = 10n ** 18n;

describe("renderCellTree", () => {
  it("renderCellTree_drawsSubCellsUnderTheirParentWithPhasesAndHats", () => {
    expect(renderCellTree(snapshot, labels)).toBe(
      [
        "  cell        phase         cell hat  member hat  role hats  Safe      state  domains",
        "  ──────────  ────────────  ────────  ──────────  ─────────  ────────  ─────  ───────────────",
        "  ops         Coordination  1.1.1     1.1.1.1     1.1.1.2    ops Safe  v2     ops-budget",
        "  └─ tooling  Completion    1.1.1.3   1.1.1.3.1   —          —         v1     tooling-budget",
        "  research    Organization  1.1.2     1.1.2.1     —          —         v1     research-budget",
      ].join("\n"),
    );
  });

  it("renderCellTree_namesUnlabelledCellsByTheirDottedHatId", () => {
    const text = renderCellTree(snapshot);
    expect(text).toContain("cell 1.1.1 ");
    expect(text).toContain("└─ cell 1.1.1.3");
    expect(text).toContain("domain #2");
  });

  it("renderCellTree_saysSoWhenThereAreNoCells", () => {
    expect(renderCellTree({ cells: { roots: [], cells: [] } })).toBe("  (no cells)");
  });
});

describe("renderBudgets", () => {
  it("renderBudgets_showsAllowanceDelegatedSpentCommittedRemainingInTokenUnits", () => {
    const lines = renderBudgets(snapshot, labels).split("\n");
    expect(lines[0]).toMatch(/domain\s+owner\s+allowance\s+delegated\s+spent\s+committed\s+remaining\s+epoch\s+resets/);
    expect(lines[2]).toMatch(/^ {2}ops-budget\s+ops\s+10,000 TUSD\s+2,000 TUSD\s+1,250.5 TUSD\s+—\s+6,749.5 TUSD\s+30d\s+2027-01-20 00:00Z$/);
    expect(lines[3]).toMatch(/ops-budget\s+ops\s+5 ETH\s+—\s+0.5 ETH\s+—\s+4.5 ETH\s+30d/);
    expect(lines[4]).toMatch(/research-budget\s+research\s+1,000 TUSD\s+—\s+0 TUSD\s+300 TUSD\s+1,000 TUSD\s+7d\s+2027-01-17 00:00Z/);
  });

  it("renderBudgets_marksAChildDomainWithItsParent", () => {
    const child = { ...snapshot.budgets[0]!, domain: 2, allowance: 2_000n * E18, ownAllowance: 2_000n * E18, delegated: 0n, spent: 0n, remaining: 2_000n * E18 };
    expect(renderBudgets({ ...snapshot, budgets: [child] }, labels)).toContain("tooling-budget ⊂ ops-budget  tooling");
  });

  it("renderBudgets_fallsBackToBaseUnitsAndAShortAddressForAnUnknownToken", () => {
    const text = renderBudgets({ ...snapshot, budgets: [{ ...snapshot.budgets[2]!, allowance: 1234n }] });
    expect(text).toContain("1,234 0x5FbD…0aa3");
  });

  it("renderBudgets_saysSoWhenThereAreNoBudgets", () => {
    expect(renderBudgets({ ...snapshot, budgets: [] })).toBe("  (no budgets)");
  });
});

describe("renderRounds", () => {
  it("renderRounds_listsStateRevisionObjectorsAndDecodedActions", () => {
    const row = renderRounds(snapshot.rounds, labels).split("\n")[2]!;
    expect(row).toMatch(/"research grant" \(0xabcd…6789\)\s+research\s+Open\s+1\s+bob\s+2027-01-15 09:00Z\s+allocate 300 TUSD from research-budget to bob$/);
  });

  it("renderRounds_saysSoWhenThereAreNone", () => {
    expect(renderRounds([])).toBe("  (no rounds)");
  });
});

describe("describeAction", () => {
  const raw = { kind: 0, data: "0x" } as const;
  it("describeAction_coversEveryActionKind", () => {
    expect(describeAction({ kind: "SetBudget", domain: 1, token: zeroAddress, allowance: 2n * E18, epochLength: 86_400, raw }, labels)).toBe("set ops-budget's budget to 2 ETH per 1d");
    expect(describeAction({ kind: "MovePhase", cell: OPS, to: "Completion", raw }, labels)).toBe("move ops to Completion");
    expect(describeAction({ kind: "CreateCell", parent: OPS, wearer: ALICE, metadataUri: "ipfs://new", metadataHash: "0x00", raw }, labels)).toBe("create a cell under ops (ipfs://new), hat to alice");
    expect(describeAction({ kind: "AssignDomain", owner: OPS, spenderHat: 1n, descriptionUri: "ipfs://d", descriptionHash: "0x00", raw }, labels)).toBe("new domain for ops (ipfs://d)");
    expect(describeAction({ kind: "DelegateDomain", parent: 1, owner: OPS, spenderHat: 1n, descriptionUri: "ipfs://d", descriptionHash: "0x00", raw }, labels)).toBe("delegate from ops-budget to ops (ipfs://d)");
    expect(describeAction({ kind: "PolicyDecision", uri: "ipfs://p", contentHash: "0x00", raw }, labels)).toBe("record policy ipfs://p");
    expect(describeAction({ kind: "Unknown", raw: { kind: 9, data: "0x" } })).toBe("unknown action kind 9");
  });
});

describe("renderDecisionLog", () => {
  it("renderDecisionLog_listsEntriesInOrderWithBlockTimeKindAndTheDecisionBehindAnEffect", () => {
    const lines = renderDecisionLog(history, { labels }).split("\n");
    expect(lines[0]).toMatch(/block\s+time\s+kind\s+what/);
    expect(lines[2]).toMatch(/^ {5}38  2027-01-15 08:00Z  spend\s+alice spent 0.5 ETH from ops-budget to ops Safe \(4.5 ETH left\)$/);
    expect(lines[3]).toContain('"research grant" (0xabcd…6789) proposed by alice for research: allocate 300 TUSD from research-budget to bob');
    expect(lines[4]).toContain("bob objected to \"research grant\" (0xabcd…6789) as hat 1: ipfs://why");
    expect(lines[5]).toContain('treasury paid 300 TUSD to bob, charged to research-budget  [by "research grant" (0xabcd…6789)]');
    expect(lines[6]).toMatch(/ 42\s{21}structure\s+tooling: Organization → Completion$/);
  });

  it("renderDecisionLog_leavesOutTheCategoriesAskedFor", () => {
    const text = renderDecisionLog(history, { labels, omitCategories: ["hats", "spend"] });
    expect(text).not.toContain("good standing");
    expect(text).not.toContain("alice spent");
    expect(text).toContain("objected");
  });

  it("renderDecisionLog_dropsTheTimeColumnWhenNoEntryHasATime", () => {
    const text = renderDecisionLog(history.map((e) => ({ ...e, timestamp: null })), { labels });
    expect(text.split("\n")[0]).toMatch(/^ {2}block {2}kind\s+what$/);
  });

  it("describeEntry_describesCommunityActsByTheirActionKinds", () => {
    const act = {
      ...history[0]!, event: "CommunityActed", category: "community",
      args: { by: TREASURY, actions: [], rationaleHash: `0x${"00".repeat(32)}`, rationaleUri: "opgov:setup" },
      actions: [{ kind: "PolicyDecision", uri: "u", contentHash: "0x00", raw: { kind: 6, data: "0x" } }, { kind: "PolicyDecision", uri: "v", contentHash: "0x00", raw: { kind: 6, data: "0x" } }],
    } as unknown as Parameters<typeof describeEntry>[0];
    expect(describeEntry(act, labels)).toBe("community (treasury Safe) acted: 2 action(s) — 2× PolicyDecision; opgov:setup");
  });
});

describe("renderDashboard", () => {
  it("renderDashboard_joinsHeaderCellsBudgetsRoundsBalancesAndLogInThatOrder", () => {
    const text = renderDashboard(snapshot, { history, labels, balances: [{ label: "treasury", address: TREASURY, amounts: [{ token: TUSD, amount: 5n * E18 }, { token: zeroAddress, amount: E18 }] }] });
    const order = ["Organisation at block 42", "\nCells\n", "\nBudgets (this epoch)\n", "\nRounds\n", "\nBalances\n", "\nDecision log\n"].map((s) => text.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain("treasury  0x1111…1111  5 TUSD, 1 ETH");
    expect(text).not.toMatch(/\n$/);
  });

  it("renderDashboard_leavesOutBalancesAndLogWhenNotGiven", () => {
    const text = renderDashboard(snapshot, { labels });
    expect(text).not.toContain("Balances");
    expect(text).not.toContain("Decision log");
  });

  it("renderHeader_showsTheInstanceTreasuryHatsAndConstraints", () => {
    expect(renderHeader(snapshot, labels)).toBe(
      [
        "Organisation at block 42 (2027-01-15 08:00Z)",
        "  opgov instance 0x3333333333333333333333333333333333333333",
        "  treasury       0x1111111111111111111111111111111111111111 (treasury Safe)",
        "  community hat  1   opgov root hat 1.1",
        "  rounds         objection window 1h–14d, executable for 7d; spending open",
      ].join("\n"),
    );
  });

  it("renderBalances_saysSoWhenEmpty", () => {
    expect(renderBalances([])).toBe("  (none)");
    expect(renderBalances([{ label: "bob", address: BOB, amounts: [] }])).toContain("bob      0x3C44…93BC  —");
  });
});
