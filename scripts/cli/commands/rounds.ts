import { isAddressEqual, isHex, keccak256, toBytes, type Hex } from "viem";
import { amendRound } from "../../../sdk/actions/amendRound.js";
import { escalateRound } from "../../../sdk/actions/escalateRound.js";
import { executeRound } from "../../../sdk/actions/executeRound.js";
import { objectToRound } from "../../../sdk/actions/objectToRound.js";
import { proposeRound } from "../../../sdk/actions/proposeRound.js";
import { resolveEscalation } from "../../../sdk/actions/resolveEscalation.js";
import { spendBudget } from "../../../sdk/actions/spendBudget.js";
import { withdrawObjection } from "../../../sdk/actions/withdrawObjection.js";
import { withdrawRound } from "../../../sdk/actions/withdrawRound.js";
import {
  encodeAllocation,
  encodeAssignDomain,
  encodeCreateCell,
  encodeDelegateDomain,
  encodeMovePhase,
  encodePolicyDecision,
  encodeSetBudget,
} from "../../../sdk/encoding/actions.js";
import { Phase, type Action, type ActionKind, type RoundContent } from "../../../sdk/encoding/types.js";
import { getCell } from "../../../sdk/reads/getCell.js";
import { getRound } from "../../../sdk/reads/getRound.js";
import type { Round } from "../../../sdk/reads/types.js";
import { cellMetadataUri } from "../../spec/toOrganizationSpec.js";
import type { Command, CommandInput, Io, OptionSpec } from "../command.js";
import { BadArgumentError, EXIT } from "../errors.js";
import { addressOf, amountOf, cellOf, domainOf, durationOf, openOrganisation, ORG_OPTIONS, type OrgContext } from "../org.js";
import { formatGas, formatTokenAmount, shortHex } from "../../render/text.js";
import { cellLabel, statusLabels } from "./status.js";
import { actorOf, printSafe, SAFE_OPTIONS, viaOf } from "../safe.js";
import type { SafeExecution } from "../../../sdk/safe/viaSafe.js";

// The day-to-day commands: thin wrappers over the SDK's actions. Arguments in human units, cells
// and domains by the spec's names; rounds by id, their content rebuilt from the chain's events
// (getRound), so any machine can continue a round another one proposed.

type Values = CommandInput["values"];

const str = (values: Values, name: string): string | undefined => values[name] as string | undefined;

function need(values: Values, name: string, command: string, what: string): string {
  const value = str(values, name);
  if (value === undefined || value === "") throw new BadArgumentError(`opgov ${command} needs --${name} ${what}.`, { command });
  return value;
}

/** A document hash: `--<name>-hash` when given, else keccak256 of the URI (the SDK's default). */
function hashOf(values: Values, name: string, uri: string): Hex {
  const given = str(values, `${name}-hash`);
  if (given === undefined) return keccak256(toBytes(uri));
  if (!isHex(given) || given.length !== 66) throw new BadArgumentError(`--${name}-hash must be 32 bytes in hex (0x + 64 digits), got ${JSON.stringify(given)}.`);
  return given;
}

function roundIdOf(text: string): Hex {
  if (!/^0x[0-9a-fA-F]{64}$/.test(text)) throw new BadArgumentError(`A round id is 0x followed by 64 hex digits (as \`opgov propose\` and \`opgov status\` print it), got ${JSON.stringify(text)}.`);
  return text.toLowerCase() as Hex;
}

function printSent(io: Io, what: string, sent: { hash: Hex; gasUsed: bigint; safe?: SafeExecution | undefined }) {
  io.out(what);
  io.out(`  tx ${sent.hash} (${shortHex(sent.hash)}), ${formatGas(sent.gasUsed)} gas`);
  printSafe(io, sent.safe);
}

/** The sentence every sending command's help ends with. */
const VIA_SAFE_HELP = "With --via-safe the Safe acts (its hat, its objection): the signer, one of its owners, executes the Safe\ntransaction; --co-signer-key-file adds another owner's signature (repeat it up to the Safe's threshold).";

/** The round's content as its current revision commits to it: as proposed, with the latest amendment's actions and rationale. */
export function currentContent(round: Round): RoundContent {
  return {
    scope: round.content.scope,
    salt: round.content.salt,
    objectorHats: [...round.content.objectorHats],
    actions: round.actions.map((action) => ({ kind: action.raw.kind as ActionKind, data: action.raw.data })),
    rationaleHash: round.rationale.hash,
  };
}

async function loadRound(org: OrgContext, text: string): Promise<Round> {
  return getRound(org.client, { round: roundIdOf(text), fromBlock: org.fromBlock });
}

const PHASE_BY_NAME: Record<string, Phase> = {
  conversation: Phase.Conversation,
  formation: Phase.Formation,
  organization: Phase.Organization,
  coordination: Phase.Coordination,
  completion: Phase.Completion,
};

/** The kinds `propose` and `amend` build, with the options each needs. */
export const ACTION_KINDS = ["allocation", "budget", "create-cell", "move-phase", "assign-domain", "delegate-domain", "policy"] as const;

async function spenderHatOf(org: OrgContext, values: Values, owner: bigint): Promise<bigint> {
  const text = str(values, "spender") ?? "members";
  if (text === "members" || text === "cell") {
    const cell = await getCell(org.client, { cell: owner });
    if (text === "cell") return cell.id;
    if (!cell.hats.member) throw new BadArgumentError(`--spender members: cell ${cellLabel(cell)} has no member hat yet (it is in ${cell.phase}).`);
    return cell.hats.member.id;
  }
  if (/^(0x[0-9a-fA-F]{1,64}|[0-9]{1,78})$/.test(text)) return BigInt(text);
  throw new BadArgumentError(`--spender must be members, cell or a hat id, got ${JSON.stringify(text)}.`);
}

/** Builds one action of `kind` from the options; `scope` is the proposing cell (the default for cell options). */
export async function buildAction(org: OrgContext, kind: string, values: Values, scope: bigint, command: string): Promise<{ action: Action; text: string }> {
  const names = statusLabels(org);
  switch (kind) {
    case "allocation": {
      const { token, amount } = await amountOf(org, need(values, "amount", command, '"<amount> <TOKEN>"'), "--amount");
      const to = addressOf(need(values, "to", command, "ADDRESS"), "--to");
      const domainText = str(values, "domain");
      const domain = domainText === undefined ? 0 : domainOf(org, domainText, "--domain");
      return {
        action: encodeAllocation({ domain, token: token.address, recipient: to, amount }),
        text: `allocate ${formatTokenAmount(amount, token.address, names)} to ${to}${domain ? ` from domain ${domainText}` : ""}`,
      };
    }
    case "budget": {
      const domainText = need(values, "domain", command, "DOMAIN");
      const domain = domainOf(org, domainText, "--domain");
      const { token, amount } = await amountOf(org, need(values, "allowance", command, '"<amount> <TOKEN>"'), "--allowance");
      const epoch = str(values, "epoch");
      const epochLength = epoch === undefined ? 0 : durationOf(epoch, "--epoch");
      return {
        action: encodeSetBudget({ domain, token: token.address, allowance: amount, epochLength }),
        text: `set domain ${domainText}'s budget to ${formatTokenAmount(amount, token.address, names)}${epoch ? ` per ${epoch}` : ""}`,
      };
    }
    case "create-cell": {
      const parentText = str(values, "parent");
      const parent = parentText === undefined ? scope : cellOf(org, parentText, "--parent");
      const wearer = addressOf(need(values, "wearer", command, "ADDRESS"), "--wearer");
      const id = need(values, "id", command, "ID (the new cell's name in the spec)");
      const name = need(values, "name", command, "NAME");
      const purpose = need(values, "purpose", command, "TEXT");
      const metadataUri = cellMetadataUri({ id, name, purpose });
      return { action: encodeCreateCell({ parent, wearer, metadataUri, metadataHash: keccak256(toBytes(metadataUri)) }), text: `create cell ${id} (${name}) worn by ${wearer}` };
    }
    case "move-phase": {
      const targetText = str(values, "target");
      const cell = targetText === undefined ? scope : cellOf(org, targetText, "--target");
      const phaseText = need(values, "phase", command, "PHASE");
      const to = PHASE_BY_NAME[phaseText.toLowerCase()];
      if (to === undefined) throw new BadArgumentError(`--phase must be one of ${Object.keys(PHASE_BY_NAME).join(", ")}, got ${JSON.stringify(phaseText)}.`, { command });
      return { action: encodeMovePhase({ cell, to }), text: `move cell ${targetText ?? "(the proposing cell)"} to ${phaseText}` };
    }
    case "assign-domain":
    case "delegate-domain": {
      const ownerText = str(values, "owner");
      const owner = ownerText === undefined ? scope : cellOf(org, ownerText, "--owner");
      const descriptionUri = need(values, "description", command, "URI");
      const descriptionHash = hashOf(values, "description", descriptionUri);
      const spenderHat = await spenderHatOf(org, values, owner);
      if (kind === "assign-domain") return { action: encodeAssignDomain({ owner, spenderHat, descriptionUri, descriptionHash }), text: `assign a domain (${descriptionUri})` };
      const parentText = need(values, "domain", command, "PARENT-DOMAIN");
      const parent = domainOf(org, parentText, "--domain");
      return { action: encodeDelegateDomain({ parent, owner, spenderHat, descriptionUri, descriptionHash }), text: `delegate a child of domain ${parentText} (${descriptionUri})` };
    }
    case "policy": {
      const uri = need(values, "uri", command, "URI");
      return { action: encodePolicyDecision({ uri, contentHash: hashOf(values, "uri", uri) }), text: `record the policy ${uri}` };
    }
    default:
      throw new BadArgumentError(`Unknown action kind ${JSON.stringify(kind)}: one of ${ACTION_KINDS.join(", ")}.`, { command });
  }
}

const ACTION_OPTIONS = {
  domain: { type: "string", value: "DOMAIN", description: "allocation (charged to; optional), budget, delegate-domain (the parent): <cell>.<domain> or a number" },
  amount: { type: "string", value: "AMOUNT", description: 'allocation: "<amount> <TOKEN>", e.g. "100 TUSD"' },
  to: { type: "string", value: "ADDRESS", description: "allocation: the recipient" },
  allowance: { type: "string", value: "AMOUNT", description: 'budget: the allowance per epoch, e.g. "5000 TUSD"' },
  epoch: { type: "string", value: "DURATION", description: "budget: the epoch length (30d; root domains only; default: keep)" },
  parent: { type: "string", value: "CELL", description: "create-cell: the parent cell (default: the proposing cell)" },
  wearer: { type: "string", value: "ADDRESS", description: "create-cell: who wears the new cell hat" },
  id: { type: "string", value: "ID", description: "create-cell: the new cell's id (with name and purpose: its metadata)" },
  name: { type: "string", value: "NAME", description: "create-cell: the new cell's name" },
  purpose: { type: "string", value: "TEXT", description: "create-cell: the new cell's purpose" },
  target: { type: "string", value: "CELL", description: "move-phase: the cell to move (default: the proposing cell)" },
  phase: { type: "string", value: "PHASE", description: "move-phase: formation, organization, coordination or completion" },
  owner: { type: "string", value: "CELL", description: "assign-domain, delegate-domain: the owning cell (default: the proposing cell)" },
  spender: { type: "string", value: "HAT", description: "assign-domain, delegate-domain: members (default), cell, or a hat id" },
  description: { type: "string", value: "URI", description: "assign-domain, delegate-domain: the domain's description document" },
  uri: { type: "string", value: "URI", description: "policy: the policy text's document" },
  rationale: { type: "string", value: "URI", description: "the rationale document (required)" },
  "rationale-hash": { type: "string", value: "HEX", description: "its keccak256 (default: keccak256 of the URI)" },
  window: { type: "string", value: "DURATION", description: "the objection window within the community's bounds, e.g. 2d (required)" },
} as const satisfies Record<string, OptionSpec>;

const ROUND_GLOBALS = ["rpc", "key-file", "deployments", "max-block-range"] as const;

export const spendCommand: Command = {
  name: "spend",
  summary: "spend from a domain's budget: funds go from the treasury to the recipient, no vote",
  usage: 'spend <domain> --amount "100 TUSD" --to ADDRESS [--ref HEX] [--spec PATH | --instance ADDRESS]',
  description: "The signer must wear the domain's spender hat; the amount must be within what remains this epoch." +
    "\n" +
    VIA_SAFE_HELP,
  options: {
    ...ORG_OPTIONS,
    ...SAFE_OPTIONS,
    amount: { type: "string", value: "AMOUNT", description: '"<amount> <TOKEN>", e.g. "100 TUSD" (ETH for the native coin)' },
    to: { type: "string", value: "ADDRESS", description: "the recipient" },
    ref: { type: "string", value: "HEX", description: "a 32-byte reference recorded with the spend (an invoice hash)" },
  },
  globals: ROUND_GLOBALS,
  positionals: { min: 1, max: 1, names: "<domain>" },
  async run({ values, positionals, io, env }) {
    const org = await openOrganisation({ command: "spend", values, env, signer: true });
    const domainText = positionals[0]!;
    const domain = domainOf(org, domainText, "<domain>");
    const { token, amount } = await amountOf(org, need(values, "amount", "spend", '"<amount> <TOKEN>"'), "--amount");
    const to = addressOf(need(values, "to", "spend", "ADDRESS"), "--to");
    const ref = str(values, "ref");
    if (ref !== undefined && (!isHex(ref) || ref.length !== 66)) throw new BadArgumentError(`--ref must be 32 bytes in hex, got ${JSON.stringify(ref)}.`);
    const sent = await spendBudget(org.client, { domain, token: token.address, to, amount, ...(ref ? { ref: ref as Hex } : {}), ...viaOf(values, org.connection, "spend") });
    const names = statusLabels(org);
    printSent(io, `Spent ${formatTokenAmount(amount, token.address, names)} from domain ${domainText} to ${to}; ${formatTokenAmount(sent.remaining, token.address, names)} left this epoch.`, sent);
    return EXIT.ok;
  },
};

export const proposeCommand: Command = {
  name: "propose",
  summary: "propose a consent round: allocation, budget, create-cell, move-phase, assign-domain, delegate-domain, policy",
  usage: "propose <kind> --cell CELL --window DURATION --rationale URI [kind options] [--objectors CELL,…]",
  description:
    `Kinds: ${ACTION_KINDS.join(", ")}. The signer wears the proposing cell's member hat (its cell hat in\n` +
    "Conversation). The parties the community's policy requires are always objectors; --objectors adds cells\n" +
    "(their member hats) or hat ids. Prints the round id: later steps (object, amend, execute, …) take it and\n" +
    "rebuild the round's content from the chain, so they work from any machine." +
    "\n" +
    VIA_SAFE_HELP,
  options: {
    ...ORG_OPTIONS,
    ...SAFE_OPTIONS,
    cell: { type: "string", value: "CELL", description: "the proposing cell (spec id or cell id)" },
    ...ACTION_OPTIONS,
    objectors: { type: "string", value: "LIST", description: "comma-separated cells (their member hats) or hat ids added as objectors" },
  },
  globals: ROUND_GLOBALS,
  positionals: { min: 1, max: 1, names: "<kind>" },
  async run({ values, positionals, io, env }) {
    const kind = positionals[0]!;
    if (!(ACTION_KINDS as readonly string[]).includes(kind)) throw new BadArgumentError(`Unknown action kind ${JSON.stringify(kind)}: one of ${ACTION_KINDS.join(", ")}.`, { command: "propose" });
    const window = durationOf(need(values, "window", "propose", "DURATION"), "--window");
    const rationaleUri = need(values, "rationale", "propose", "URI");
    const org = await openOrganisation({ command: "propose", values, env, signer: true });
    const scope = cellOf(org, need(values, "cell", "propose", "CELL"), "--cell");
    const { action, text } = await buildAction(org, kind, values, scope, "propose");
    const addedObjectorHats: bigint[] = [];
    for (const item of (str(values, "objectors") ?? "").split(",").map((s) => s.trim()).filter(Boolean)) {
      const byName = org.resolved?.memberHats[item];
      if (byName) addedObjectorHats.push(byName);
      else if (/^(0x[0-9a-fA-F]{1,64}|[0-9]{1,78})$/.test(item)) addedObjectorHats.push(BigInt(item));
      else throw new BadArgumentError(`--objectors: ${JSON.stringify(item)} is neither a cell of the spec with a member hat nor a hat id.`, { command: "propose" });
    }
    const sent = await proposeRound(org.client, { scope, actions: [action], window, rationaleUri, rationaleHash: hashOf(values, "rationale", rationaleUri), addedObjectorHats, ...viaOf(values, org.connection, "propose") });
    printSent(io, `Proposed round ${sent.round}: ${text}.`, sent);
    io.out(`  objectors: ${sent.content.objectorHats.length} hat(s); the window ends ${new Date(sent.deadline * 1000).toISOString()}`);
    return EXIT.ok;
  },
};

export const objectCommand: Command = {
  name: "object",
  summary: "object to a round (with a reason), under an objector hat the signer wears",
  usage: "object <round> --reason URI [--reason-hash HEX] [--hat-index N]",
  description: VIA_SAFE_HELP,
  options: {
    ...ORG_OPTIONS,
    ...SAFE_OPTIONS,
    reason: { type: "string", value: "URI", description: "the reason document (required: an objection needs a reason)" },
    "reason-hash": { type: "string", value: "HEX", description: "its keccak256 (default: keccak256 of the URI)" },
    "hat-index": { type: "string", value: "N", description: "which of the round's objector hats (default: the first the signer wears)" },
  },
  globals: ROUND_GLOBALS,
  positionals: { min: 1, max: 1, names: "<round>" },
  async run({ values, positionals, io, env }) {
    const reasonUri = need(values, "reason", "object", "URI");
    const org = await openOrganisation({ command: "object", values, env, signer: true });
    const target = await loadRound(org, positionals[0]!);
    const index = str(values, "hat-index");
    const sent = await objectToRound(org.client, {
      round: target.id,
      objectorHats: target.content.objectorHats,
      reasonUri,
      reasonHash: hashOf(values, "reason", reasonUri),
      ...(index === undefined ? {} : { hatIndex: Number(index) }),
      ...viaOf(values, org.connection, "object"),
    });
    printSent(io, `Objected to round ${target.id} (revision ${sent.revision}) under hat 0x${sent.hat.toString(16)}.`, sent);
    return EXIT.ok;
  },
};

export const withdrawCommand: Command = {
  name: "withdraw",
  summary: "withdraw your objection to a round, or (--proposal) the round itself",
  usage: "withdraw <round> [--objection | --proposal]",
  description: "Without a flag: the signer's standing objection if it has one, else the round (the signer wears its cell's proposer hat)." +
    "\n" +
    VIA_SAFE_HELP,
  options: {
    ...ORG_OPTIONS,
    ...SAFE_OPTIONS,
    objection: { type: "boolean", description: "withdraw the signer's standing objection" },
    proposal: { type: "boolean", description: "withdraw the round (a member of the proposing cell)" },
  },
  globals: ROUND_GLOBALS,
  positionals: { min: 1, max: 1, names: "<round>" },
  async run({ values, positionals, io, env }) {
    if (values.objection === true && values.proposal === true) throw new BadArgumentError("Pass --objection or --proposal, not both.", { command: "withdraw" });
    const org = await openOrganisation({ command: "withdraw", values, env, signer: true });
    const target = await loadRound(org, positionals[0]!);
    const mine = target.objections.some((o) => o.status === "Standing" && isAddressEqual(o.objector, actorOf(values, org.account!.address)));
    if (values.objection === true || (values.proposal !== true && mine)) {
      const sent = await withdrawObjection(org.client, { round: target.id, ...viaOf(values, org.connection, "withdraw") });
      printSent(io, `Withdrew your objection to round ${target.id}.`, sent);
    } else {
      const sent = await withdrawRound(org.client, { round: target.id, content: currentContent(target), ...viaOf(values, org.connection, "withdraw") });
      printSent(io, `Withdrew round ${target.id}.`, sent);
    }
    return EXIT.ok;
  },
};

export const amendCommand: Command = {
  name: "amend",
  summary: "amend an open or blocked round: new actions and/or rationale, and a new last-call window",
  usage: "amend <round> [<kind> kind options] --rationale URI --window DURATION",
  description: "Without <kind> the round keeps its actions (a new rationale only). Objections stand until their authors withdraw them." +
    "\n" +
    VIA_SAFE_HELP,
  options: { ...ORG_OPTIONS, ...ACTION_OPTIONS, ...SAFE_OPTIONS },
  globals: ROUND_GLOBALS,
  positionals: { min: 1, max: 2, names: "<round> [<kind>]" },
  async run({ values, positionals, io, env }) {
    const window = durationOf(need(values, "window", "amend", "DURATION"), "--window");
    const rationaleUri = need(values, "rationale", "amend", "URI");
    const org = await openOrganisation({ command: "amend", values, env, signer: true });
    const target = await loadRound(org, positionals[0]!);
    const current = currentContent(target);
    const kind = positionals[1];
    const built = kind === undefined ? undefined : await buildAction(org, kind, values, target.scope, "amend");
    const sent = await amendRound(org.client, {
      round: target.id,
      current,
      actions: built ? [built.action] : current.actions,
      rationaleUri,
      rationaleHash: hashOf(values, "rationale", rationaleUri),
      window,
      ...viaOf(values, org.connection, "amend"),
    });
    printSent(io, `Amended round ${target.id} to revision ${sent.revision}${built ? `: ${built.text}` : ""}; the last-call window ends ${new Date(sent.deadline * 1000).toISOString()}.`, sent);
    return EXIT.ok;
  },
};

export const escalateCommand: Command = {
  name: "escalate",
  summary: "escalate a blocked round to the parent circle (or the community for a top-level cell)",
  usage: "escalate <round>",
  description: VIA_SAFE_HELP,
  options: { ...ORG_OPTIONS, ...SAFE_OPTIONS },
  globals: ROUND_GLOBALS,
  positionals: { min: 1, max: 1, names: "<round>" },
  async run({ values, positionals, io, env }) {
    const org = await openOrganisation({ command: "escalate", values, env, signer: true });
    const target = await loadRound(org, positionals[0]!);
    const sent = await escalateRound(org.client, { round: target.id, content: currentContent(target), ...viaOf(values, org.connection, "escalate") });
    printSent(io, `Escalated round ${target.id}; the wearers of hat 0x${sent.resolverHat.toString(16)} decide.`, sent);
    return EXIT.ok;
  },
};

export const resolveCommand: Command = {
  name: "resolve",
  summary: "decide an escalated round: --accept or --reject, with a rationale (final)",
  usage: "resolve <round> --accept|--reject --rationale URI [--dismiss ADDRESS,…]",
  description: VIA_SAFE_HELP,
  options: {
    ...ORG_OPTIONS,
    ...SAFE_OPTIONS,
    accept: { type: "boolean", description: "accept: executable for the execution window from now" },
    reject: { type: "boolean", description: "reject: final" },
    dismiss: { type: "string", value: "LIST", description: "comma-separated objectors whose objections are dismissed as not principled" },
    rationale: ACTION_OPTIONS.rationale,
    "rationale-hash": ACTION_OPTIONS["rationale-hash"],
  },
  globals: ROUND_GLOBALS,
  positionals: { min: 1, max: 1, names: "<round>" },
  async run({ values, positionals, io, env }) {
    if ((values.accept === true) === (values.reject === true)) throw new BadArgumentError("opgov resolve needs exactly one of --accept and --reject.", { command: "resolve" });
    const rationaleUri = need(values, "rationale", "resolve", "URI");
    const dismissed = (str(values, "dismiss") ?? "").split(",").map((s) => s.trim()).filter(Boolean).map((s) => addressOf(s, "--dismiss"));
    const org = await openOrganisation({ command: "resolve", values, env, signer: true });
    const target = await loadRound(org, positionals[0]!);
    const sent = await resolveEscalation(org.client, {
      round: target.id,
      content: currentContent(target),
      accept: values.accept === true,
      dismissed,
      rationaleUri,
      rationaleHash: hashOf(values, "rationale", rationaleUri),
      ...viaOf(values, org.connection, "resolve"),
    });
    printSent(io, `Round ${target.id} ${sent.accepted ? "accepted (now executable)" : "rejected"}.`, sent);
    return EXIT.ok;
  },
};

export const executeCommand: Command = {
  name: "execute",
  summary: "execute a consented (or accepted) round; anyone may",
  usage: "execute <round>",
  description: VIA_SAFE_HELP,
  options: { ...ORG_OPTIONS, ...SAFE_OPTIONS },
  globals: ROUND_GLOBALS,
  positionals: { min: 1, max: 1, names: "<round>" },
  async run({ values, positionals, io, env }) {
    const org = await openOrganisation({ command: "execute", values, env, signer: true });
    const target = await loadRound(org, positionals[0]!);
    const sent = await executeRound(org.client, { round: target.id, content: currentContent(target), ...viaOf(values, org.connection, "execute") });
    const made = [...sent.cells.map((cell) => `cell 0x${cell.toString(16)}`), ...sent.domains.map((domain) => `domain #${domain}`)];
    printSent(io, `Executed round ${target.id} (revision ${sent.revision}, ${target.actions.length} action(s))${made.length ? `; created ${made.join(", ")}` : ""}.`, sent);
    return EXIT.ok;
  },
};
