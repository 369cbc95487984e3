import type { Address } from "viem";
import { Phase, type ActionView, type CellNode, type GetDashboardReturnType, type GetHistoryReturnType, type HistoryCategory, type HistoryEntry, type Round } from "../../sdk/index.js";
import {
  accountName,
  cellName,
  domainName,
  formatDate,
  formatSpan,
  formatTokenAmount,
  hatIp,
  roundName,
  shortHex,
  table,
  type RenderLabels,
} from "./text.js";

// Text renderings of an organisation: the cell tree, the budgets, the rounds and the decision
// log, from a `getDashboard` snapshot and a `getHistory` list. Pure functions returning strings
// (no I/O, no colour), shared by `npm run demo` and `opgov status`.

/** Token balances of one account, for the optional "Balances" section. */
export type AccountBalances = {
  /** What to call the account (e.g. `treasury Safe`). */
  readonly label: string;
  readonly address: Address;
  readonly amounts: readonly { readonly token: Address; readonly amount: bigint }[];
};

/** What {@link renderDashboard} takes besides the snapshot. */
export type RenderDashboardOptions = {
  /** The decision history (`getHistory`); without it the "Decision log" section is left out. */
  history?: GetHistoryReturnType | undefined;
  /** Display names for tokens, cells, domains, accounts and rounds. */
  labels?: RenderLabels | undefined;
  /** Balances to show (treasury, Safes, recipients); without them the section is left out. */
  balances?: readonly AccountBalances[] | undefined;
  /** History categories to leave out of the decision log (e.g. `["hats"]`). */
  omitCategories?: readonly HistoryCategory[] | undefined;
  /** Show unnamed rounds by their full id (what `opgov` commands take) instead of a short one. */
  fullRoundIds?: boolean | undefined;
};

/**
 * Renders a whole organisation as text: a header (block, instance, treasury, constraints), the
 * cell tree with phases and hats, every budget (allowance, delegated, spent, committed,
 * remaining, epoch end), the rounds with their state, optional balances and the decision log.
 *
 * @param snapshot - what `getDashboard` returned.
 * @param options - history, labels, balances, categories to omit.
 * @returns the text, sections separated by blank lines, no trailing newline.
 * @example
 * ```ts
 * const snapshot = await getDashboard(client, { rounds: "all" });
 * const history = await getHistory(client, { withTimestamps: true });
 * console.log(renderDashboard(snapshot, { history, labels: { tokens: { [tusd]: { symbol: "TUSD", decimals: 18 } } } }));
 * ```
 */
export function renderDashboard(snapshot: GetDashboardReturnType, options: RenderDashboardOptions = {}): string {
  const labels = options.labels ?? {};
  const sections = [
    renderHeader(snapshot, labels),
    section("Cells", renderCellTree(snapshot, labels)),
    section("Budgets (this epoch)", renderBudgets(snapshot, labels)),
    section("Rounds", renderRounds(snapshot.rounds, labels, { fullIds: options.fullRoundIds })),
  ];
  if (options.balances) sections.push(section("Balances", renderBalances(options.balances, labels)));
  if (options.history) sections.push(section("Decision log", renderDecisionLog(options.history, { labels, omitCategories: options.omitCategories })));
  return sections.join("\n\n");
}

function section(title: string, body: string): string {
  return `${title}\n${body}`;
}

/**
 * The dashboard's header: block and time, instance, treasury, community hat and constraints.
 *
 * @example
 * ```ts
 * console.log(renderHeader(snapshot));
 * ```
 */
export function renderHeader(snapshot: GetDashboardReturnType, labels: RenderLabels = {}): string {
  const { instance, constraints } = snapshot;
  return [
    `Organisation at block ${snapshot.blockNumber} (${formatDate(snapshot.timestamp)})`,
    `  opgov instance ${instance.address}`,
    `  treasury       ${instance.treasury}${labelSuffix(instance.treasury, labels)}`,
    `  community hat  ${instance.communityHat.ip}   opgov root hat ${instance.rootHat.ip}`,
    `  rounds         objection window ${formatSpan(constraints.minWindow)}–${formatSpan(constraints.maxWindow)}, executable for ${formatSpan(constraints.executionWindow)}; spending ${constraints.spendingPaused ? "PAUSED" : "open"}`,
  ].join("\n");
}

function labelSuffix(address: Address, labels: RenderLabels): string {
  const name = accountName(address, labels);
  return name.includes("…") ? "" : ` (${name})`;
}

/**
 * The cell tree as a table: each cell under its parent with its phase, cell hat, member hat,
 * role hats, Safe, group-state version and domains.
 *
 * @example
 * ```ts
 * console.log(renderCellTree(snapshot, { cells: { [String(opsId)]: "ops" } }));
 * ```
 */
export function renderCellTree(snapshot: Pick<GetDashboardReturnType, "cells">, labels: RenderLabels = {}): string {
  const rows: string[][] = [];
  const walk = (node: CellNode, prefix: string, last: boolean, top: boolean) => {
    const branch = top ? "" : last ? "└─ " : "├─ ";
    rows.push([
      `${prefix}${branch}${cellName(node.id, labels)}`,
      node.phase,
      node.hats.cell.ip,
      node.hats.member?.ip ?? "—",
      node.hats.roles.length ? node.hats.roles.map((r) => r.ip).join(", ") : "—",
      node.safe ? accountName(node.safe, labels) : "—",
      `v${node.groupState.version}`,
      node.domains.length ? node.domains.map((d) => domainName(d, labels)).join(", ") : "—",
    ]);
    const childPrefix = top ? prefix : prefix + (last ? "   " : "│  ");
    node.children.forEach((child, i) => walk(child, childPrefix, i === node.children.length - 1, false));
  };
  snapshot.cells.roots.forEach((root) => walk(root, "", true, true));
  if (rows.length === 0) return "  (no cells)";
  return table(["cell", "phase", "cell hat", "member hat", "role hats", "Safe", "state", "domains"], rows);
}

/**
 * Every budget, per domain and token: allowance, delegated to child domains, spent this epoch,
 * committed to open rounds, remaining, epoch length and when the epoch ends.
 *
 * @example
 * ```ts
 * console.log(renderBudgets(snapshot, { tokens: { [tusd]: { symbol: "TUSD", decimals: 18 } } }));
 * ```
 */
export function renderBudgets(snapshot: Pick<GetDashboardReturnType, "budgets" | "domains" | "cells">, labels: RenderLabels = {}): string {
  if (snapshot.budgets.length === 0) return "  (no budgets)";
  const domains = new Map(snapshot.domains.map((d) => [d.id, d]));
  const cells = new Map(snapshot.cells.cells.map((c) => [c.id, c]));
  const rows = snapshot.budgets.map((b) => {
    const domain = domains.get(b.domain);
    const owner = domain ? cells.get(domain.owner) : undefined;
    const amount = (value: bigint) => formatTokenAmount(value, b.token, labels);
    const parent = domain?.parent != null ? ` ⊂ ${domainName(domain.parent, labels)}` : "";
    return [
      `${domainName(b.domain, labels)}${parent}`,
      owner ? cellName(owner.id, labels) : domain ? cellName(domain.owner, labels) : "?",
      amount(b.allowance),
      b.delegated === 0n ? "—" : amount(b.delegated),
      amount(b.spent),
      b.committed === 0n ? "—" : amount(b.committed),
      amount(b.remaining),
      b.epochLength ? formatSpan(b.epochLength) : "—",
      b.epochEnd ? formatDate(b.epochEnd) : "—",
    ];
  });
  return table(
    ["domain", "owner", "allowance", "delegated", "spent", "committed", "remaining", "epoch", "resets"],
    rows,
    ["left", "left", "right", "right", "right", "right", "right", "right", "left"],
  );
}

/**
 * One line for an action, e.g. `allocate 300 TUSD from research to 0xAb12…cdef`.
 *
 * @example
 * ```ts
 * describeAction(round.actions[0], labels);
 * ```
 */
export function describeAction(action: ActionView, labels: RenderLabels = {}): string {
  switch (action.kind) {
    case "Allocation":
      return `allocate ${formatTokenAmount(action.amount, action.token, labels)} from ${domainName(action.domain, labels)} to ${accountName(action.recipient, labels)}`;
    case "SetBudget":
      return `set ${domainName(action.domain, labels)}'s budget to ${formatTokenAmount(action.allowance, action.token, labels)}${action.epochLength ? ` per ${formatSpan(action.epochLength)}` : ""}`;
    case "CreateCell":
      return `create a cell under ${cellName(action.parent, labels)} (${action.metadataUri}), hat to ${accountName(action.wearer, labels)}`;
    case "MovePhase":
      return `move ${cellName(action.cell, labels)} to ${action.to}`;
    case "AssignDomain":
      return `new domain for ${cellName(action.owner, labels)} (${action.descriptionUri})`;
    case "DelegateDomain":
      return `delegate from ${domainName(action.parent, labels)} to ${cellName(action.owner, labels)} (${action.descriptionUri})`;
    case "PolicyDecision":
      return `record policy ${action.uri}`;
    case "Unknown":
      return `unknown action kind ${action.raw.kind}`;
  }
}

/**
 * The rounds as a table: name or id, proposing cell, state, revision, standing objections, end of
 * window (or of execution) and what the round does.
 *
 * @example
 * ```ts
 * console.log(renderRounds(snapshot.rounds, labels));
 * ```
 */
export function renderRounds(rounds: readonly Round[], labels: RenderLabels = {}, { fullIds = false }: { fullIds?: boolean | undefined } = {}): string {
  if (rounds.length === 0) return "  (no rounds)";
  const rows = rounds.map((r) => [
    fullIds && !labels.rounds?.[r.id] ? r.id : roundName(r.id, labels),
    cellName(r.scope, labels),
    r.state,
    String(r.revision),
    r.objections.length ? r.objections.map((o) => accountName(o.objector, labels)).join(", ") : "—",
    formatDate(r.deadline),
    r.actions.map((a) => describeAction(a, labels)).join("; "),
  ]);
  return table(["round", "scope", "state", "rev", "standing objections", "window ends", "actions"], rows);
}

/**
 * Balances of a few accounts, one line each.
 *
 * @example
 * ```ts
 * renderBalances([{ label: "treasury", address: treasury, amounts: [{ token: zeroAddress, amount: 10n ** 18n }] }]);
 * ```
 */
export function renderBalances(balances: readonly AccountBalances[], labels: RenderLabels = {}): string {
  if (balances.length === 0) return "  (none)";
  const rows = balances.map((b) => [b.label, shortHex(b.address), b.amounts.map((a) => formatTokenAmount(a.amount, a.token, labels)).join(", ") || "—"]);
  return table(["account", "address", "holds"], rows);
}

/** What {@link renderDecisionLog} takes besides the history. */
export type RenderDecisionLogOptions = {
  labels?: RenderLabels | undefined;
  /** Categories to leave out. */
  omitCategories?: readonly HistoryCategory[] | undefined;
};

/**
 * The decision log: one line per history entry (block, time when read, category, what happened,
 * and for an effect the round or community act that decided it).
 *
 * @example
 * ```ts
 * console.log(renderDecisionLog(await getHistory(client, { withTimestamps: true }), { labels }));
 * ```
 */
export function renderDecisionLog(history: GetHistoryReturnType, options: RenderDecisionLogOptions = {}): string {
  const labels = options.labels ?? {};
  const omit = new Set(options.omitCategories ?? []);
  const entries = history.filter((e) => !omit.has(e.category));
  if (entries.length === 0) return "  (no decisions yet)";
  const withTime = entries.some((e) => e.timestamp !== null);
  const rows = entries.map((e) => [
    String(e.blockNumber),
    ...(withTime ? [e.timestamp === null ? "" : formatDate(e.timestamp)] : []),
    e.category,
    describeEntry(e, labels) + decidedBy(e, labels),
  ]);
  return table(["block", ...(withTime ? ["time"] : []), "kind", "what"], rows, ["right"]);
}

function decidedBy(entry: HistoryEntry, labels: RenderLabels): string {
  const d = entry.decision;
  if (!d) return "";
  return d.kind === "round" ? `  [by ${roundName(d.round, labels)}]` : `  [by community act of ${accountName(d.by, labels)}]`;
}

/**
 * One line for one history entry.
 *
 * @example
 * ```ts
 * for (const entry of history) console.log(describeEntry(entry, labels));
 * ```
 */
export function describeEntry(entry: HistoryEntry, labels: RenderLabels = {}): string {
  const cell = (id: bigint) => cellName(id, labels);
  const who = (a: Address) => accountName(a, labels);
  switch (entry.event) {
    case "Spent": {
      const a = entry.args;
      return `${who(a.spender)} spent ${formatTokenAmount(a.amount, a.token, labels)} from ${domainName(a.domain, labels)} to ${who(a.to)} (${formatTokenAmount(a.remaining, a.token, labels)} left)`;
    }
    case "Allocation": {
      const a = entry.args;
      return `treasury paid ${formatTokenAmount(a.amount, a.token, labels)} to ${who(a.recipient)}, charged to ${domainName(a.domain, labels)}`;
    }
    case "RoundProposed": {
      const a = entry.args;
      const actions = (entry.actions ?? []).map((x) => describeAction(x, labels)).join("; ");
      return `${roundName(a.round, labels)} proposed by ${who(a.proposer)} for ${cell(a.content.scope)}: ${actions}; window ends ${formatDate(a.deadline)}`;
    }
    case "RoundAmended": {
      const a = entry.args;
      const actions = (entry.actions ?? []).map((x) => describeAction(x, labels)).join("; ");
      return `${roundName(a.round, labels)} amended (revision ${a.revision}): ${actions}; last call until ${formatDate(a.deadline)}`;
    }
    case "ObjectionRaised": {
      const a = entry.args;
      return `${who(a.objector)} objected to ${roundName(a.round, labels)} as hat ${hatIp(a.hat)}: ${a.reasonUri}`;
    }
    case "ObjectionWithdrawn":
      return `${who(entry.args.objector)} withdrew their objection to ${roundName(entry.args.round, labels)}`;
    case "ObjectionDismissed":
      return `${who(entry.args.objector)}'s objection to ${roundName(entry.args.round, labels)} dismissed as not principled`;
    case "RoundClosed":
      return `${roundName(entry.args.round, labels)} closed: ${entry.args.consented ? "consented" : `blocked by ${entry.args.objections} objection(s)`}`;
    case "RoundEscalated":
      return `${roundName(entry.args.round, labels)} escalated by ${who(entry.args.by)} to hat ${hatIp(entry.args.resolverHat)}`;
    case "EscalationResolved":
      return `${roundName(entry.args.round, labels)} ${entry.args.accepted ? "accepted" : "rejected"} on escalation by ${who(entry.args.resolver)}: ${entry.args.rationaleUri}`;
    case "RoundExecuted":
      return `${roundName(entry.args.round, labels)} executed (revision ${entry.args.revision}) by ${who(entry.args.executor)}`;
    case "RoundWithdrawn":
      return `${roundName(entry.args.round, labels)} withdrawn by ${who(entry.args.by)}`;
    case "RoundExpired":
      return `${roundName(entry.args.round, labels)} expired`;
    case "CommunityActed": {
      const actions = entry.actions ?? [];
      return `community (${who(entry.args.by)}) acted: ${actions.length} action(s)${actions.length ? ` — ${summariseKinds(actions)}` : ""}; ${entry.args.rationaleUri}`;
    }
    case "BudgetSet": {
      const a = entry.args;
      return `${domainName(a.domain, labels)} budget ${formatTokenAmount(a.allowance, a.token, labels)} per ${formatSpan(a.epochLength)}`;
    }
    case "CellCreated":
      return `cell ${cell(entry.args.cell)} created${entry.args.parent === 0n ? "" : ` under ${cell(entry.args.parent)}`} (${entry.args.metadataUri})`;
    case "CellPhaseChanged":
      return `${cell(entry.args.cell)}: ${PHASE_NAMES[entry.args.from] ?? entry.args.from} → ${PHASE_NAMES[entry.args.to] ?? entry.args.to}`;
    case "CellSafeSet":
      return `${cell(entry.args.cell)}'s Safe is ${who(entry.args.safe)}`;
    case "DomainCreated": {
      const a = entry.args;
      return `${domainName(a.domain, labels)} created for ${cell(a.owner)}${a.parent ? `, delegated from ${domainName(a.parent, labels)}` : ""} (${a.descriptionUri})`;
    }
    case "DomainSpenderSet":
      return `${domainName(entry.args.domain, labels)} spent by hat ${hatIp(entry.args.spenderHat)}`;
    case "GroupStateUpdated":
      return `${cell(entry.args.cell)} group state v${entry.args.newVersion}: ${entry.args.uri}`;
    case "MemberHatCreated":
      return `${cell(entry.args.cell)} member hat ${hatIp(entry.args.hat)}`;
    case "RoleHatAdded":
      return `${cell(entry.args.cell)} role hat ${hatIp(entry.args.hat)}`;
    case "PolicyRecorded":
      return `policy recorded for ${cell(entry.args.scope)}: ${entry.args.uri}`;
    case "ConstraintsSet": {
      const c = entry.args.constraints;
      return `constraints: windows ${formatSpan(Number(c.minWindow))}–${formatSpan(Number(c.maxWindow))}, executable ${formatSpan(Number(c.executionWindow))}`;
    }
    case "SpendingPausedSet":
      return entry.args.paused ? "spending paused" : "spending resumed";
    case "TokenPolicySet":
      return `token ${formatTokenAmount(0n, entry.args.token, labels).replace(/^0 /, "")} ${entry.args.allowed ? `allowed, cap ${formatTokenAmount(entry.args.capPerDomain, entry.args.token, labels)} per domain` : "not allowed"}`;
    case "TreasuryPullSet":
      return `token ${formatTokenAmount(0n, entry.args.token, labels).replace(/^0 /, "")} paid ${entry.args.pull ? "by transferFrom on the treasury's allowance (pull)" : "through the treasury Safe's module call"}`;
    case "WearerStandingSet":
      return `${who(entry.args.wearer)} ${entry.args.eligible ? "in" : "out of"} good standing for hat ${hatIp(entry.args.hat)} (by ${who(entry.args.by)})`;
  }
}

/** Phase names by value, from the SDK's `Phase`. */
const PHASE_NAMES: readonly string[] = Object.entries(Phase).sort((a, b) => a[1] - b[1]).map(([name]) => name);

function summariseKinds(actions: readonly ActionView[]): string {
  const counts = new Map<string, number>();
  for (const a of actions) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => (n > 1 ? `${n}× ${kind}` : kind)).join(", ");
}
