import { zeroAddress, type Address, type Hex } from "viem";
import type { CellNode, GetDashboardReturnType, GetHistoryReturnType, Round } from "../../sdk/index.js";
import type { RenderLabels } from "../../scripts/render/text.js";

// A fixed dashboard snapshot and history for the renderer tests: a community (top hat 1), the
// opgov root hat 1.1, cells ops (1.1.1, Coordination) with its sub-cell tooling (1.1.1.3,
// Completion) and research (1.1.2, Organization); three domains with ETH and TUSD budgets; one
// open round with a standing objection.

const hat = (...levels: number[]): bigint => levels.reduce((id, level, i) => id | (BigInt(level) << BigInt(224 - 16 * i)), 0n);
const ref = (...levels: number[]) => ({ id: hat(...levels), ip: levels.join(".") });

export const TUSD: Address = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
export const ALICE: Address = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
export const BOB: Address = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
export const TREASURY: Address = "0x1111111111111111111111111111111111111111";
export const OPS_SAFE: Address = "0x2222222222222222222222222222222222222222";
export const ROUND: Hex = "0xabcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789";

export const OPS = hat(1, 1, 1);
export const TOOLING = hat(1, 1, 1, 3);
export const RESEARCH = hat(1, 1, 2);

const doc = (uri: string) => ({ uri, hash: `0x${"11".repeat(32)}` as Hex });
const cell = (id: bigint, parent: bigint | null, phase: CellNode["phase"], hats: CellNode["hats"], extra: Partial<CellNode>): CellNode => ({
  id, parent, phase, hats, safe: null, groupState: { ...doc("ipfs://state"), version: 1 }, metadata: doc("ipfs://cell"),
  activeChildren: 0, domains: [], depth: parent === null ? 0 : 1, children: [], ...extra,
});

const tooling = cell(TOOLING, OPS, "Completion", { cell: ref(1, 1, 1, 3), member: ref(1, 1, 1, 3, 1), roles: [] }, { domains: [2] });
const ops = cell(OPS, null, "Coordination", { cell: ref(1, 1, 1), member: ref(1, 1, 1, 1), roles: [ref(1, 1, 1, 2)] }, {
  safe: OPS_SAFE, domains: [1], children: [tooling], activeChildren: 0, groupState: { ...doc("ipfs://ops-v2"), version: 2 },
});
const research = cell(RESEARCH, null, "Organization", { cell: ref(1, 1, 2), member: ref(1, 1, 2, 1), roles: [] }, { domains: [3] });

const round: Round = {
  id: ROUND, state: "Open", status: "Active", deadline: 1_800_003_600, revision: 1, objectionCount: 1, executableUntil: 0,
  objectorsHash: "0x0000000000000000000000000000000000000000", scope: RESEARCH, proposer: ALICE,
  proposed: { blockNumber: 40n, transactionHash: `0x${"22".repeat(32)}` },
  content: { scope: RESEARCH, salt: `0x${"00".repeat(32)}`, objectorHats: [hat(1)], actions: [], rationaleHash: `0x${"00".repeat(32)}` },
  actions: [{ kind: "Allocation", domain: 3, token: TUSD, recipient: BOB, amount: 300n * 10n ** 18n, raw: { kind: 0, data: "0x" } }],
  rationale: doc("ipfs://grant"), objectorHats: [ref(1)],
  objections: [{ round: ROUND, objector: BOB, hat: ref(1), status: "Standing", revision: 1, since: 1_800_000_100, reason: doc("ipfs://why") }],
};

const E18 = 10n ** 18n;
/** The snapshot the renderer tests read. */
export const snapshot: GetDashboardReturnType = {
  blockNumber: 42n,
  timestamp: 1_800_000_000,
  instance: { address: "0x3333333333333333333333333333333333333333", treasury: TREASURY, hats: "0x3bc1A0Ad72417f2d411118085256fC53CBdDd137", communityHat: ref(1), rootHat: ref(1, 1) },
  constraints: {
    minWindow: 3600, maxWindow: 14 * 86_400, executionWindow: 7 * 86_400, spendingPaused: false,
    requiredParties: { Allocation: ["parentCircle"], SetBudget: ["parentCircle"], CreateCell: ["parentCircle"], MovePhase: ["parentCircle"], AssignDomain: ["parentCircle"], DelegateDomain: ["parentCircle"], PolicyDecision: ["parentCircle", "cellMembers"] },
    requiredPartiesWord: 0n,
  },
  tokenPolicies: [{ token: zeroAddress, allowed: true, capPerDomain: 1000n * E18 }, { token: TUSD, allowed: true, capPerDomain: 10n ** 6n * E18 }],
  cells: { roots: [ops, research], cells: [ops, tooling, research] },
  domains: [
    { id: 1, owner: OPS, parent: null, spenderHat: ref(1, 1, 1, 1), depth: 0, tokens: [TUSD, zeroAddress], description: doc("ipfs://d1") },
    { id: 2, owner: TOOLING, parent: 1, spenderHat: ref(1, 1, 1, 3, 1), depth: 1, tokens: [TUSD], description: doc("ipfs://d2") },
    { id: 3, owner: RESEARCH, parent: null, spenderHat: ref(1, 1, 2), depth: 0, tokens: [TUSD], description: doc("ipfs://d3") },
  ],
  budgets: [
    { domain: 1, token: TUSD, allowance: 10_000n * E18, ownAllowance: 8_000n * E18, delegated: 2_000n * E18, spent: 1_250n * E18 + E18 / 2n, committed: 0n, remaining: 6_749n * E18 + E18 / 2n, epochLength: 30 * 86_400, epochStart: 1_797_811_200, epochEnd: 1_800_403_200 },
    { domain: 1, token: zeroAddress, allowance: 5n * E18, ownAllowance: 5n * E18, delegated: 0n, spent: E18 / 2n, committed: 0n, remaining: 4n * E18 + E18 / 2n, epochLength: 30 * 86_400, epochStart: 1_797_811_200, epochEnd: 1_800_403_200 },
    { domain: 3, token: TUSD, allowance: 1_000n * E18, ownAllowance: 1_000n * E18, delegated: 0n, spent: 0n, committed: 300n * E18, remaining: 1_000n * E18, epochLength: 7 * 86_400, epochStart: 1_799_539_200, epochEnd: 1_800_144_000 },
  ],
  rounds: [round],
};

const entry = <const E extends GetHistoryReturnType[number]["event"]>(event: E, args: Extract<GetHistoryReturnType[number], { event: E }>["args"], extra: Partial<GetHistoryReturnType[number]> = {}) =>
  ({
    event, args, category: "round", blockNumber: 40n, transactionHash: `0x${"33".repeat(32)}`, logIndex: 0, timestamp: 1_800_000_000,
    round: null, rationale: null, document: null, decision: null, actions: null, ...extra,
  }) as GetHistoryReturnType[number];

/** A short history: a spend, a proposal, an objection, an execution's allocation, a phase move. */
export const history: GetHistoryReturnType = [
  entry("Spent", { domain: 1, token: zeroAddress, to: OPS_SAFE, spender: ALICE, amount: E18 / 2n, remaining: 4n * E18 + E18 / 2n, ref: `0x${"00".repeat(32)}` }, { category: "spend", blockNumber: 38n }),
  entry("RoundProposed", { round: ROUND, proposer: ALICE, deadline: 1_800_003_600, content: round.content, rationaleUri: "ipfs://grant" }, { blockNumber: 40n, actions: round.actions }),
  entry("ObjectionRaised", { round: ROUND, objector: BOB, hat: hat(1), revision: 0, reasonHash: `0x${"44".repeat(32)}`, reasonUri: "ipfs://why" }, { category: "objection", blockNumber: 41n }),
  entry("Allocation", { source: ROUND, domain: 3, token: TUSD, recipient: BOB, amount: 300n * E18 }, { category: "allocation", blockNumber: 42n, decision: { kind: "round", round: ROUND, rationale: null } }),
  entry("CellPhaseChanged", { cell: TOOLING, from: 2, to: 4 }, { category: "structure", blockNumber: 42n, timestamp: null }),
  entry("WearerStandingSet", { hat: hat(1, 1, 1, 1), wearer: BOB, eligible: true, by: ALICE }, { category: "hats", blockNumber: 42n }),
];

/** Names for the snapshot's tokens, cells, domains, accounts and round. */
export const labels: RenderLabels = {
  tokens: { [TUSD.toLowerCase()]: { symbol: "TUSD", decimals: 18 } },
  cells: { [String(OPS)]: "ops", [String(TOOLING)]: "tooling", [String(RESEARCH)]: "research" },
  domains: { 1: "ops-budget", 2: "tooling-budget", 3: "research-budget" },
  accounts: { [ALICE]: "alice", [BOB]: "bob", [TREASURY]: "treasury Safe", [OPS_SAFE]: "ops Safe" },
  rounds: { [ROUND]: "research grant" },
};
