import { formatUnits, zeroAddress, type Address } from "viem";
import type { GetDashboardReturnType } from "../../sdk/reads/getDashboard.js";
import type { HistoryEntry } from "../../sdk/reads/getHistory.js";
import type { ActionView, CellNode } from "../../sdk/reads/types.js";
import { parseCellMetadataUri } from "../spec/toOrganizationSpec.js";
import { shortHash } from "./progress.js";

// The dashboard as text: pure functions of the SDK's reads (the demo's `scripts/render/dashboard.ts`
// draws the same data; dedupe at merge).

/** How the status names things: cells by spec id, domains by `<cell>.<domain>`, tokens by symbol. */
export type StatusNames = {
  domains?: Readonly<Record<number, string>>;
  tokens?: Readonly<Record<string, { symbol: string; decimals: number }>>;
};

const lower = (address: Address) => address.toLowerCase();

/** A token amount: `1,000.5 TUSD` with a known token, else base units and the address. */
export function amountText(amount: bigint, token: Address, names: StatusNames): string {
  const known = names.tokens?.[lower(token)];
  if (known) return `${formatUnits(amount, known.decimals)} ${known.symbol}`;
  if (lower(token) === zeroAddress) return `${formatUnits(amount, 18)} ETH`;
  return `${amount} (token ${token})`;
}

/** A cell's name: the spec id from its metadata URI, else its id in hex. */
export function cellText(cell: { id: bigint; metadata?: { uri: string } }, all?: readonly { id: bigint; metadata: { uri: string } }[]): string {
  const uri = cell.metadata?.uri ?? all?.find((c) => c.id === cell.id)?.metadata.uri;
  const meta = uri === undefined ? undefined : parseCellMetadataUri(uri);
  return meta ? meta.id : `0x${cell.id.toString(16)}`;
}

function domainText(id: number, names: StatusNames): string {
  const name = names.domains?.[id];
  return name ? `${name} (#${id})` : `#${id}`;
}

const time = (seconds: number) => new Date(seconds * 1000).toISOString().replace(".000Z", "Z");

/** One action of a round, for people. */
export function actionText(action: ActionView, dashboard: Pick<GetDashboardReturnType, "cells">, names: StatusNames): string {
  const cell = (id: bigint) => (id === 0n ? "top level" : cellText({ id }, dashboard.cells.cells));
  switch (action.kind) {
    case "Allocation":
      return `allocate ${amountText(action.amount, action.token, names)} to ${action.recipient}${action.domain ? ` from ${domainText(action.domain, names)}` : ""}`;
    case "SetBudget":
      return `set ${domainText(action.domain, names)}'s budget to ${amountText(action.allowance, action.token, names)}${action.epochLength ? ` per ${action.epochLength / 86_400}d` : ""}`;
    case "CreateCell":
      return `create a cell under ${cell(action.parent)} worn by ${action.wearer} (${parseCellMetadataUri(action.metadataUri)?.name ?? action.metadataUri})`;
    case "MovePhase":
      return `move ${cell(action.cell)} to ${action.to}`;
    case "AssignDomain":
      return `assign a domain to ${cell(action.owner)} (${action.descriptionUri})`;
    case "DelegateDomain":
      return `delegate a child of ${domainText(action.parent, names)} to ${cell(action.owner)} (${action.descriptionUri})`;
    case "PolicyDecision":
      return `record the policy ${action.uri}`;
    default:
      return `unknown action (kind ${action.raw.kind})`;
  }
}

function cellLines(node: CellNode, dashboard: GetDashboardReturnType, depth: number): string[] {
  const pad = "  ".repeat(depth + 1);
  const meta = parseCellMetadataUri(node.metadata.uri);
  const hats = [`cell hat ${node.hats.cell.ip}`, node.hats.member ? `member hat ${node.hats.member.ip}` : undefined, node.hats.roles.length ? `${node.hats.roles.length} role hat(s)` : undefined]
    .filter(Boolean)
    .join(", ");
  const lines = [`${pad}${meta ? `${meta.id} (${meta.name})` : `0x${node.id.toString(16)}`}: ${node.phase}; ${hats}${node.safe ? `; Safe ${node.safe}` : ""}`];
  for (const child of node.children) lines.push(...cellLines(child, dashboard, depth + 1));
  return lines;
}

/**
 * The dashboard and the recent decisions as lines of text.
 *
 * @param dashboard - from `getDashboard`.
 * @param history - from `getHistory` (the last `recent` entries are shown).
 * @param names - spec names for domains and tokens.
 * @param recent - how many decisions to show (default 10).
 */
export function renderStatus(dashboard: GetDashboardReturnType, history: readonly HistoryEntry[], names: StatusNames = {}, recent = 10): string[] {
  const c = dashboard.constraints;
  const lines = [
    `opgov instance ${dashboard.instance.address} at block ${dashboard.blockNumber} (${time(dashboard.timestamp)})`,
    `  treasury ${dashboard.instance.treasury}; community hat ${dashboard.instance.communityHat.ip}`,
    `  objection window ${c.minWindow / 3600}h..${c.maxWindow / 86_400}d, executable for ${c.executionWindow / 86_400}d${c.spendingPaused ? "; SPENDING PAUSED" : ""}`,
    "",
    "Cells:",
  ];
  for (const root of dashboard.cells.roots) lines.push(...cellLines(root, dashboard, 0));
  if (dashboard.cells.roots.length === 0) lines.push("  (none)");

  lines.push("", "Budgets (per epoch):");
  for (const domain of dashboard.domains) {
    const owner = cellText({ id: domain.owner }, dashboard.cells.cells);
    lines.push(`  ${domainText(domain.id, names)} of ${owner}${domain.parent ? `, delegated from ${domainText(domain.parent, names)}` : ""}; spender hat ${domain.spenderHat.ip}`);
    for (const b of dashboard.budgets.filter((budget) => budget.domain === domain.id)) {
      const amount = (value: bigint) => amountText(value, b.token, names);
      lines.push(
        `    ${amount(b.allowance)}: spent ${amount(b.spent)}, committed ${amount(b.committed)}, remaining ${amount(b.remaining)}` +
          (b.delegated ? `, delegated ${amount(b.delegated)}` : "") +
          (b.epochEnd ? `; epoch ends ${time(b.epochEnd)}` : ""),
      );
    }
  }
  if (dashboard.domains.length === 0) lines.push("  (none)");

  lines.push("", "Open rounds:");
  for (const round of dashboard.rounds) {
    lines.push(
      `  ${round.id} by ${cellText({ id: round.scope }, dashboard.cells.cells)}: ${round.state}, revision ${round.revision}, ` +
        `${round.objectionCount} standing objection${round.objectionCount === 1 ? "" : "s"}; window ends ${time(round.deadline)}`,
    );
    for (const action of round.actions) lines.push(`    - ${actionText(action, dashboard, names)}`);
    for (const objection of round.objections) lines.push(`    ! objection by ${objection.objector}: ${objection.reason.uri}`);
  }
  if (dashboard.rounds.length === 0) lines.push("  (none)");

  lines.push("", "Recent decisions:");
  const decisions = history.filter((entry) => DECISION_EVENTS.has(entry.event)).slice(-recent);
  for (const entry of decisions) lines.push(`  block ${entry.blockNumber}: ${decisionText(entry, dashboard, names)} (tx ${shortHash(entry.transactionHash)})`);
  if (decisions.length === 0) lines.push("  (none)");
  return lines;
}

const PHASE_NAMES = ["Conversation", "Formation", "Organization", "Coordination", "Completion"];

const DECISION_EVENTS = new Set<string>(["Spent", "Allocated", "RoundProposed", "RoundClosed", "RoundExecuted", "RoundWithdrawn", "RoundEscalated", "EscalationResolved", "ObjectionRaised", "ObjectionWithdrawn", "CommunityActed", "PolicyRecorded", "BudgetSet", "CellCreated", "CellPhaseChanged"]);

/** One decision of the history, for people. */
export function decisionText(entry: HistoryEntry, dashboard: Pick<GetDashboardReturnType, "cells">, names: StatusNames): string {
  const round = entry.round ? shortHash(entry.round) : "";
  switch (entry.event) {
    case "Spent":
      return `spent ${amountText(entry.args.amount!, entry.args.token!, names)} from ${domainText(Number(entry.args.domain), names)} to ${entry.args.to}`;
    case "Allocated":
      return `allocated ${amountText(entry.args.amount!, entry.args.token!, names)} to ${entry.args.recipient}`;
    case "RoundProposed":
      return `round ${round} proposed by ${cellText({ id: entry.args.content!.scope }, dashboard.cells.cells)}`;
    case "RoundClosed":
      return `round ${round} closed: ${entry.args.consented ? "consented" : `blocked by ${entry.args.objections} objection(s)`}`;
    case "RoundExecuted":
      return `round ${round} executed (revision ${entry.args.revision})`;
    case "RoundWithdrawn":
      return `round ${round} withdrawn`;
    case "RoundEscalated":
      return `round ${round} escalated`;
    case "EscalationResolved":
      return `round ${round} ${entry.args.accepted ? "accepted" : "rejected"} on escalation`;
    case "ObjectionRaised":
      return `objection to round ${round} by ${entry.args.objector}`;
    case "ObjectionWithdrawn":
      return `objection to round ${round} withdrawn by ${entry.args.objector}`;
    case "CommunityActed":
      return `the community acted (${entry.args.actions?.length ?? 0} action(s))`;
    case "PolicyRecorded":
      return `policy recorded: ${entry.document?.uri ?? ""}`;
    case "BudgetSet":
      return `budget of ${domainText(Number(entry.args.domain), names)} set to ${amountText(entry.args.allowance!, entry.args.token!, names)}`;
    case "CellCreated":
      return `cell ${cellText({ id: entry.args.cell!, metadata: { uri: entry.args.metadataUri! } })} created`;
    case "CellPhaseChanged":
      return `cell ${cellText({ id: entry.args.cell! }, dashboard.cells.cells)} moved to ${PHASE_NAMES[Number(entry.args.to)] ?? entry.args.to}`;
    default:
      return entry.event;
  }
}
