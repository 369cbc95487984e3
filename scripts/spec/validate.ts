import { getAddress, isAddress, isHex, zeroAddress, type Address, type Hex } from "viem";
import {
  ACTION_KINDS,
  PARTIES,
  PHASES,
  type ActionKindName,
  type BudgetSpec,
  type CellSpec,
  type CommunitySpec,
  type ConsentPolicySpec,
  type DomainSpec,
  type OrganisationSpec,
  type PartyName,
  type PhaseName,
  type RoleSpec,
  type SafeSpec,
  type SpecIssue,
  type TokenSpec,
} from "./types.js";
import { MAX_EPOCH, MAX_UINT96, MAX_WINDOW, MIN_EPOCH, formatDuration, parseDuration, splitAmount, toBaseUnits } from "./units.js";

/**
 * The fields each object of a spec may have. `spec/organisation.schema.json` lists the same
 * (a test keeps them in step); anything else is reported as an unknown field.
 */
export const SPEC_FIELDS = {
  organisation: { required: ["version", "community", "tokens", "cells"], optional: [] },
  community: { required: ["name", "treasury", "policy"], optional: ["wearer", "hat"] },
  safe: { required: [], optional: ["address", "owners", "threshold"] },
  policy: { required: ["minWindow", "maxWindow", "executionWindow"], optional: ["requiredObjectors"] },
  token: { required: ["symbol", "address", "decimals", "capPerDomain"], optional: [] },
  cell: { required: ["id", "name", "purpose", "phase"], optional: ["parent", "wearer", "safe", "groupState", "members", "roles", "domains"] },
  groupState: { required: ["uri"], optional: ["hash"] },
  role: { required: ["id", "name"], optional: ["wearers"] },
  domain: { required: ["id", "name", "description"], optional: ["delegatedFrom", "spender", "budgets"] },
  budget: { required: ["allowance", "epoch"], optional: [] },
  amount: { required: ["token", "amount"], optional: [] },
} as const satisfies Record<string, { required: readonly string[]; optional: readonly string[] }>;

/** Limits the contracts enforce (OpGovBase.sol), checked here so `apply` never meets them halfway. */
export const SPEC_LIMITS = { domainsPerCell: 16, tokensPerDomain: 8, rolesPerCell: 16, domainDepth: 4, safeOwners: 100 } as const;

/** The protocol minimum of required objectors (`MIN_REQUIRED_PARTIES` in OpGovBase.sol). */
export const MINIMUM_OBJECTORS: Record<ActionKindName, PartyName> = {
  allocation: "parent",
  setBudget: "parent",
  createCell: "parent",
  movePhase: "parent",
  assignDomain: "parent",
  delegateDomain: "parent",
  policyDecision: "members",
};

const ID = /^[a-z][a-z0-9-]{0,31}$/;
const NATIVE = "native";

type Raw = Record<string, unknown>;

const show = (value: unknown): string => {
  if (value === undefined) return "nothing";
  if (typeof value === "bigint") return value.toString();
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

class Reader {
  readonly issues: SpecIssue[] = [];

  add(path: string, message: string): void {
    this.issues.push({ path, message });
  }

  /** An object with exactly the known fields; `undefined` (and an issue) when not an object. */
  object(value: unknown, path: string, kind: keyof typeof SPEC_FIELDS): Raw | undefined {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      this.add(path, `must be an object, got ${show(value)}`);
      return undefined;
    }
    const fields = SPEC_FIELDS[kind];
    const known: readonly string[] = [...fields.required, ...fields.optional];
    for (const key of Object.keys(value)) if (!known.includes(key)) this.add(join(path, key), `unknown field (expected one of: ${known.join(", ")})`);
    for (const key of fields.required) if ((value as Raw)[key] === undefined) this.add(join(path, key), "is required");
    return value as Raw;
  }

  list(value: unknown, path: string, { optional = false } = {}): unknown[] {
    if (value === undefined && optional) return [];
    if (!Array.isArray(value)) {
      if (value !== undefined) this.add(path, `must be a list, got ${show(value)}`);
      return [];
    }
    return value;
  }

  text(value: unknown, path: string): string | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== "string" || value.trim() === "") {
      this.add(path, `must be a non-empty text, got ${show(value)}`);
      return undefined;
    }
    return value;
  }

  id(value: unknown, path: string): string | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== "string" || !ID.test(value)) {
      this.add(path, `must be an id (lower-case letters, digits and "-", starting with a letter, at most 32), got ${show(value)}`);
      return undefined;
    }
    return value;
  }

  address(value: unknown, path: string): Address | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== "string" || !isAddress(value, { strict: false })) {
      this.add(path, `must be an address (0x and 40 hex digits), got ${show(value)}`);
      return undefined;
    }
    if (getAddress(value) !== value) {
      this.add(path, `must be a checksummed address: write ${getAddress(value)}, got ${show(value)}`);
      return undefined;
    }
    return value as Address;
  }

  addresses(value: unknown, path: string, { optional = true } = {}): Address[] {
    const seen = new Map<string, number>();
    const out: Address[] = [];
    this.list(value, path, { optional }).forEach((item, index) => {
      const address = this.address(item, `${path}[${index}]`);
      if (!address) return;
      const first = seen.get(address.toLowerCase());
      if (first !== undefined) this.add(`${path}[${index}]`, `duplicates ${path}[${first}] (${address})`);
      else seen.set(address.toLowerCase(), index);
      out.push(address);
    });
    return out;
  }

  duration(value: unknown, path: string, { min, max }: { min: number; max: number }): number | undefined {
    if (value === undefined) return undefined;
    const seconds = typeof value === "string" ? parseDuration(value) : undefined;
    if (seconds === undefined) {
      this.add(path, `must be a duration with a unit (s, m, h, d, w), e.g. "30d", got ${show(value)}`);
      return undefined;
    }
    if (seconds < min || seconds > max) {
      this.add(path, `must be between ${formatDuration(min)} and ${formatDuration(max)}, got ${show(value)}`);
      return undefined;
    }
    return seconds;
  }

  integer(value: unknown, path: string, { min, max }: { min: number; max: number }): number | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
      this.add(path, `must be a whole number between ${min} and ${max}, got ${show(value)}`);
      return undefined;
    }
    return value;
  }

  /** `"1000 TUSD"` or `{ token: TUSD, amount: "1000" }`, converted with the token's decimals. */
  amount(value: unknown, path: string, tokens: ReadonlyMap<string, TokenSpec>): { token: TokenSpec; amount: bigint } | undefined {
    if (value === undefined) return undefined;
    let written: { amount: string; token: string } | undefined;
    if (typeof value === "string") {
      written = splitAmount(value);
      if (!written) {
        this.add(path, `must be "<amount> <TOKEN>", e.g. "1000 TUSD", got ${show(value)}`);
        return undefined;
      }
    } else {
      const raw = this.object(value, path, "amount");
      if (!raw) return undefined;
      const token = this.text(raw.token, join(path, "token"));
      const amount = raw.amount;
      const amountText =
        typeof amount === "number" && Number.isSafeInteger(amount) && amount >= 0
          ? String(amount)
          : typeof amount === "string" && /^[0-9][0-9_]*(\.[0-9]+)?$/.test(amount)
            ? amount.replaceAll("_", "")
            : undefined;
      if (amount !== undefined && amountText === undefined)
        this.add(join(path, "amount"), `must be a non-negative decimal number (as text when large), got ${show(amount)}`);
      if (token === undefined || amountText === undefined) return undefined;
      written = { token, amount: amountText };
    }
    const token = tokens.get(written.token);
    if (!token) {
      this.add(path, `names token ${show(written.token)}, which is not in tokens (${[...tokens.keys()].join(", ") || "none"})`);
      return undefined;
    }
    const amount = toBaseUnits(written.amount, token.decimals);
    if (amount === undefined) {
      this.add(path, `has more decimals than ${token.symbol} (${token.decimals}), got ${show(value)}`);
      return undefined;
    }
    if (amount > MAX_UINT96) {
      this.add(path, `must fit a budget (at most 2^96-1 base units), got ${show(value)}`);
      return undefined;
    }
    return { token, amount };
  }
}

function join(path: string, key: string): string {
  return path === "" ? key : `${path}.${key}`;
}

function readSafe(r: Reader, value: unknown, path: string): SafeSpec | undefined {
  const raw = r.object(value, path, "safe");
  if (!raw) return undefined;
  if (raw.address !== undefined) {
    if (raw.owners !== undefined || raw.threshold !== undefined)
      r.add(path, "must give either `address` (an existing Safe) or `owners` and `threshold` (a new one), not both");
    const address = r.address(raw.address, join(path, "address"));
    return address ? { address } : undefined;
  }
  if (raw.owners === undefined) {
    r.add(join(path, "owners"), "is required (or give `address` for an existing Safe)");
    return undefined;
  }
  const owners = r.addresses(raw.owners, join(path, "owners"), { optional: false });
  if (Array.isArray(raw.owners) && raw.owners.length === 0) r.add(join(path, "owners"), "must list at least one owner");
  if (Array.isArray(raw.owners) && raw.owners.length > SPEC_LIMITS.safeOwners) r.add(join(path, "owners"), `must list at most ${SPEC_LIMITS.safeOwners} owners`);
  if (raw.threshold === undefined) {
    r.add(join(path, "threshold"), "is required with owners");
    return undefined;
  }
  const ownerCount = Array.isArray(raw.owners) ? Math.max(raw.owners.length, 1) : 1;
  const threshold = r.integer(raw.threshold, join(path, "threshold"), { min: 1, max: ownerCount });
  return threshold === undefined ? undefined : { owners, threshold };
}

function readPolicy(r: Reader, value: unknown, path: string): ConsentPolicySpec | undefined {
  const raw = r.object(value, path, "policy");
  if (!raw) return undefined;
  const minWindow = r.duration(raw.minWindow, join(path, "minWindow"), { min: 1, max: MAX_WINDOW });
  const maxWindow = r.duration(raw.maxWindow, join(path, "maxWindow"), { min: 1, max: MAX_WINDOW });
  const executionWindow = r.duration(raw.executionWindow, join(path, "executionWindow"), { min: 1, max: MAX_WINDOW });
  if (minWindow !== undefined && maxWindow !== undefined && minWindow > maxWindow)
    r.add(join(path, "maxWindow"), `must not be shorter than minWindow (${formatDuration(minWindow)}), got ${show(raw.maxWindow)}`);

  const requiredObjectors = Object.fromEntries(ACTION_KINDS.map((kind) => [kind, [MINIMUM_OBJECTORS[kind]]])) as Record<ActionKindName, PartyName[]>;
  const objectorsPath = join(path, "requiredObjectors");
  if (raw.requiredObjectors !== undefined) {
    if (typeof raw.requiredObjectors !== "object" || raw.requiredObjectors === null || Array.isArray(raw.requiredObjectors)) {
      r.add(objectorsPath, `must be an object (action kind: list of parties), got ${show(raw.requiredObjectors)}`);
    } else {
      for (const [kind, parties] of Object.entries(raw.requiredObjectors)) {
        const kindPath = join(objectorsPath, kind);
        if (!(ACTION_KINDS as readonly string[]).includes(kind)) {
          r.add(kindPath, `unknown action kind (expected one of: ${ACTION_KINDS.join(", ")})`);
          continue;
        }
        const names: PartyName[] = [];
        r.list(parties, kindPath).forEach((party, index) => {
          if (typeof party !== "string" || !(party in PARTIES))
            r.add(`${kindPath}[${index}]`, `must be one of ${Object.keys(PARTIES).join(", ")}, got ${show(party)}`);
          else if (names.includes(party as PartyName)) r.add(`${kindPath}[${index}]`, `duplicates ${show(party)}`);
          else names.push(party as PartyName);
        });
        const minimum = MINIMUM_OBJECTORS[kind as ActionKindName];
        if (Array.isArray(parties) && !names.includes(minimum))
          r.add(kindPath, `must include ${show(minimum)} (the protocol's minimum for ${kind}), got ${show(parties)}`);
        requiredObjectors[kind as ActionKindName] = names;
      }
    }
  }
  if (minWindow === undefined || maxWindow === undefined || executionWindow === undefined) return undefined;
  return { minWindow, maxWindow, executionWindow, requiredObjectors };
}

function readCommunity(r: Reader, value: unknown): CommunitySpec | undefined {
  const raw = r.object(value, "community", "community");
  if (!raw) return undefined;
  const name = r.text(raw.name, "community.name");
  // The treasury Safe wears the community hat: every community action is then one treasury Safe
  // transaction, which the operator executes as its owner (the SDK's batched setup relies on it).
  if (raw.wearer !== undefined && raw.wearer !== "treasury")
    r.add(
      "community.wearer",
      `must be "treasury" (the treasury Safe wears the community hat, and the operator acts through it as an owner); leave it out for that default, got ${show(raw.wearer)}`,
    );
  const wearer = "treasury" as const;
  let hat: bigint | undefined;
  if (raw.hat !== undefined) {
    if (typeof raw.hat === "string" && /^(0x[0-9a-fA-F]{1,64}|[0-9]{1,78})$/.test(raw.hat) && BigInt(raw.hat) > 0n && BigInt(raw.hat) < 2n ** 256n)
      hat = BigInt(raw.hat);
    else r.add("community.hat", `must be a hat id as text (0x… or decimal), got ${show(raw.hat)}`);
  }
  const treasury = raw.treasury === undefined ? undefined : readSafe(r, raw.treasury, "community.treasury");
  const policy = raw.policy === undefined ? undefined : readPolicy(r, raw.policy, "community.policy");
  if (!name || !treasury || !policy) return undefined;
  return { name, wearer, ...(hat === undefined ? {} : { hat }), treasury, policy };
}

function readTokens(r: Reader, value: unknown): Map<string, TokenSpec> {
  const tokens = new Map<string, TokenSpec>();
  const addresses = new Map<string, number>();
  r.list(value, "tokens").forEach((item, index) => {
    const path = `tokens[${index}]`;
    const raw = r.object(item, path, "token");
    if (!raw) return;
    let symbol: string | undefined;
    if (raw.symbol !== undefined) {
      if (typeof raw.symbol === "string" && /^[A-Za-z][A-Za-z0-9]{0,10}$/.test(raw.symbol)) symbol = raw.symbol;
      else r.add(`${path}.symbol`, `must be 1 to 11 letters or digits, starting with a letter, got ${show(raw.symbol)}`);
    }
    if (symbol && tokens.has(symbol)) {
      r.add(`${path}.symbol`, `duplicates the symbol of another token (${symbol})`);
      symbol = undefined;
    }
    const address = raw.address === NATIVE ? zeroAddress : r.address(raw.address, `${path}.address`);
    if (address) {
      const first = addresses.get(address);
      if (first !== undefined) r.add(`${path}.address`, `duplicates tokens[${first}].address (${raw.address as string})`);
      else addresses.set(address, index);
    }
    const decimals = r.integer(raw.decimals, `${path}.decimals`, { min: 0, max: 36 });
    if (address === zeroAddress && decimals !== undefined && decimals !== 18) r.add(`${path}.decimals`, `must be 18 for the native token, got ${decimals}`);
    if (!symbol || !address || decimals === undefined) return;
    const token: TokenSpec = { symbol, address, decimals, capPerDomain: 0n };
    const cap = r.amount(raw.capPerDomain, `${path}.capPerDomain`, new Map([[symbol, token]]));
    if (cap) token.capPerDomain = cap.amount;
    tokens.set(symbol, token);
  });
  return tokens;
}

const phaseIndex = (phase: PhaseName): number => PHASES.indexOf(phase);

type CellDraft = CellSpec & { index: number; rawParent: unknown };

function readBudgets(r: Reader, value: unknown, path: string, tokens: ReadonlyMap<string, TokenSpec>): BudgetSpec[] {
  const budgets: BudgetSpec[] = [];
  const items = r.list(value, path, { optional: true });
  if (items.length > SPEC_LIMITS.tokensPerDomain) r.add(path, `must list at most ${SPEC_LIMITS.tokensPerDomain} budgets (one per token), got ${items.length}`);
  items.forEach((item, index) => {
    const budgetPath = `${path}[${index}]`;
    const raw = r.object(item, budgetPath, "budget");
    if (!raw) return;
    const allowance = r.amount(raw.allowance, `${budgetPath}.allowance`, tokens);
    const epoch = r.duration(raw.epoch, `${budgetPath}.epoch`, { min: MIN_EPOCH, max: MAX_EPOCH });
    if (allowance) {
      const first = budgets.findIndex((budget) => budget.token === allowance.token.symbol);
      if (first !== -1) r.add(`${budgetPath}.allowance`, `is a second budget in ${allowance.token.symbol} (the first is ${path}[${first}]); one budget per token`);
      else if (allowance.amount > allowance.token.capPerDomain)
        r.add(`${budgetPath}.allowance`, `must not exceed ${allowance.token.symbol}'s capPerDomain, got ${show(raw.allowance)}`);
    }
    if (allowance && epoch !== undefined) budgets.push({ token: allowance.token.symbol, allowance: allowance.amount, epoch });
  });
  return budgets;
}

function readCell(r: Reader, item: unknown, index: number, tokens: ReadonlyMap<string, TokenSpec>): CellDraft | undefined {
  const path = `cells[${index}]`;
  const raw = r.object(item, path, "cell");
  if (!raw) return undefined;
  const id = r.id(raw.id, `${path}.id`);
  const name = r.text(raw.name, `${path}.name`);
  const purpose = r.text(raw.purpose, `${path}.purpose`);
  let phase: PhaseName | undefined;
  if (raw.phase !== undefined) {
    if (typeof raw.phase === "string" && (PHASES as readonly string[]).includes(raw.phase)) phase = raw.phase as PhaseName;
    else r.add(`${path}.phase`, `must be one of ${PHASES.join(", ")}, got ${show(raw.phase)}`);
  }
  const safe = raw.safe === undefined ? undefined : readSafe(r, raw.safe, `${path}.safe`);
  let wearer: Address | "safe" | undefined;
  if (raw.wearer === "safe" || (raw.wearer === undefined && raw.safe !== undefined)) {
    wearer = "safe";
    if (raw.safe === undefined) r.add(`${path}.wearer`, `is "safe" but the cell has no safe`);
  } else if (raw.wearer === undefined) r.add(`${path}.wearer`, "is required when the cell has no safe (who wears the cell hat?)");
  else wearer = r.address(raw.wearer, `${path}.wearer`);

  let groupState: CellSpec["groupState"];
  if (raw.groupState !== undefined) {
    const gs = r.object(raw.groupState, `${path}.groupState`, "groupState");
    const uri = gs ? r.text(gs.uri, `${path}.groupState.uri`) : undefined;
    let hash: Hex | undefined;
    if (gs?.hash !== undefined) {
      if (isHex(gs.hash, { strict: true }) && gs.hash.length === 66) hash = gs.hash;
      else r.add(`${path}.groupState.hash`, `must be a 32-byte hex string (0x and 64 hex digits), got ${show(gs.hash)}`);
    }
    if (uri) groupState = hash ? { uri, hash } : { uri };
  }

  const members = r.addresses(raw.members, `${path}.members`);
  const roles: RoleSpec[] = [];
  const roleItems = r.list(raw.roles, `${path}.roles`, { optional: true });
  if (roleItems.length > SPEC_LIMITS.rolesPerCell) r.add(`${path}.roles`, `must list at most ${SPEC_LIMITS.rolesPerCell} roles, got ${roleItems.length}`);
  roleItems.forEach((roleItem, roleIndex) => {
    const rolePath = `${path}.roles[${roleIndex}]`;
    const roleRaw = r.object(roleItem, rolePath, "role");
    if (!roleRaw) return;
    const roleId = r.id(roleRaw.id, `${rolePath}.id`);
    if (roleId === "members") r.add(`${rolePath}.id`, `"members" is reserved (it names the cell's member hat)`);
    else if (roleId && roles.some((role) => role.id === roleId)) r.add(`${rolePath}.id`, `duplicates another role's id (${roleId})`);
    const roleName = r.text(roleRaw.name, `${rolePath}.name`);
    const wearers = r.addresses(roleRaw.wearers, `${rolePath}.wearers`);
    if (roleId && roleId !== "members" && roleName) roles.push({ id: roleId, name: roleName, wearers });
  });

  const domains: DomainSpec[] = [];
  const domainItems = r.list(raw.domains, `${path}.domains`, { optional: true });
  if (domainItems.length > SPEC_LIMITS.domainsPerCell) r.add(`${path}.domains`, `must list at most ${SPEC_LIMITS.domainsPerCell} domains, got ${domainItems.length}`);
  domainItems.forEach((domainItem, domainIndex) => {
    const domainPath = `${path}.domains[${domainIndex}]`;
    const d = r.object(domainItem, domainPath, "domain");
    if (!d) return;
    const domainId = r.id(d.id, `${domainPath}.id`);
    if (domainId && domains.some((domain) => domain.id === domainId)) r.add(`${domainPath}.id`, `duplicates another domain's id in this cell (${domainId})`);
    const domainName = r.text(d.name, `${domainPath}.name`);
    const description = r.text(d.description, `${domainPath}.description`);
    // The chain recognises a cell's domain by its description document (opgov apply re-runs rely on it).
    if (description && domains.some((domain) => domain.description === description))
      r.add(`${domainPath}.description`, `duplicates another domain's description in this cell (${description}): each domain needs its own document`);
    let delegatedFrom: string | undefined;
    if (d.delegatedFrom !== undefined) {
      if (typeof d.delegatedFrom === "string" && /^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/.test(d.delegatedFrom)) delegatedFrom = d.delegatedFrom;
      else r.add(`${domainPath}.delegatedFrom`, `must be "<parent cell id>.<domain id>", got ${show(d.delegatedFrom)}`);
    }
    let spender: DomainSpec["spender"] = "members";
    if (d.spender !== undefined && d.spender !== "members") {
      if (typeof d.spender === "string" && roles.some((role) => role.id === d.spender)) spender = { role: d.spender };
      else
        r.add(
          `${domainPath}.spender`,
          `must be "members" or a role id of this cell (${roles.map((role) => role.id).join(", ") || "it has no roles"}), got ${show(d.spender)}`,
        );
    }
    const budgets = readBudgets(r, d.budgets, `${domainPath}.budgets`, tokens);
    if (domainId && domainName && description)
      domains.push({ id: domainId, name: domainName, description, ...(delegatedFrom ? { delegatedFrom } : {}), spender, budgets });
  });

  if (phase) {
    const at = phaseIndex(phase);
    if (at < phaseIndex("formation")) {
      if (members.length) r.add(`${path}.members`, `needs phase formation or later (member hats are created on entering formation); the cell's phase is ${phase}`);
      if (roleItems.length) r.add(`${path}.roles`, `needs phase formation or later; the cell's phase is ${phase}`);
      if (domainItems.length) r.add(`${path}.domains`, `needs phase formation or later; the cell's phase is ${phase}`);
    } else if (at === phaseIndex("formation")) {
      domains.forEach((domain, domainIndex) =>
        domain.budgets.forEach((budget, budgetIndex) => {
          if (budget.allowance > 0n)
            r.add(`${path}.domains[${domainIndex}].budgets[${budgetIndex}].allowance`, "must be 0 in phase formation (spending starts in organization)");
        }),
      );
    } else if (phase === "completion" && domains.some((domain) => domain.budgets.some((budget) => budget.allowance > 0n))) {
      r.add(`${path}.phase`, "is completion, whose allowances are all zero; remove the budgets or pick an earlier phase");
    }
  }
  if (!id || !name || !purpose || !phase || !wearer) return undefined;
  return {
    index,
    rawParent: raw.parent,
    id,
    name,
    purpose,
    phase,
    wearer,
    ...(safe ? { safe } : {}),
    ...(groupState ? { groupState } : {}),
    members,
    roles,
    domains,
  };
}

/** Cross-references between cells: parents, cycles, delegated domains and their slices. */
function checkCells(r: Reader, drafts: CellDraft[]): void {
  const byId = new Map<string, CellDraft>();
  for (const cell of drafts) {
    const first = byId.get(cell.id);
    if (first) r.add(`cells[${cell.index}].id`, `duplicates cells[${first.index}].id (${cell.id})`);
    else byId.set(cell.id, cell);
  }
  for (const cell of drafts) {
    const path = `cells[${cell.index}]`;
    if (cell.rawParent === undefined) continue;
    const parentId = r.id(cell.rawParent, `${path}.parent`);
    if (!parentId) continue;
    const parent = byId.get(parentId);
    if (!parent) r.add(`${path}.parent`, `names cell ${show(parentId)}, which is not in cells`);
    else if (parent === cell) r.add(`${path}.parent`, "names the cell itself");
    else {
      cell.parent = parentId;
      if (phaseIndex(parent.phase) < phaseIndex("coordination") && cell.phase !== "conversation")
        r.add(`${path}.parent`, `names ${parentId}, whose phase ${parent.phase} cannot have sub-cells (coordination or later)`);
    }
  }
  // Cycles: follow parents; a chain longer than the cell count loops.
  for (const cell of drafts) {
    let current: CellDraft | undefined = cell;
    for (let steps = 0; current?.parent !== undefined; steps++) {
      if (steps > drafts.length) {
        r.add(`cells[${cell.index}].parent`, "makes a loop of parents");
        cell.parent = undefined;
        break;
      }
      current = byId.get(current.parent);
    }
  }

  const depth = new Map<string, number>();
  const domainDepth = (cell: CellDraft, domain: DomainSpec, seen = 0): number => {
    const key = `${cell.id}.${domain.id}`;
    if (depth.has(key)) return depth.get(key)!;
    let d = 1;
    if (domain.delegatedFrom && seen < 16) {
      const [parentCellId, parentDomainId] = domain.delegatedFrom.split(".");
      const parentCell = byId.get(parentCellId!);
      const parentDomain = parentCell?.domains.find((x) => x.id === parentDomainId);
      if (parentCell && parentDomain) d = domainDepth(parentCell, parentDomain, seen + 1) + 1;
    }
    depth.set(key, d);
    return d;
  };

  // Delegated domains: the parent domain belongs to the parent cell, and the slices fit.
  const slices = new Map<string, bigint>();
  for (const cell of drafts) {
    cell.domains.forEach((domain, domainIndex) => {
      if (!domain.delegatedFrom) return;
      const path = `cells[${cell.index}].domains[${domainIndex}]`;
      const [parentCellId, parentDomainId] = domain.delegatedFrom.split(".") as [string, string];
      if (cell.parent === undefined) {
        // A bad `parent` is reported already; say nothing more about what hangs on it.
        if (cell.rawParent === undefined) r.add(`${path}.delegatedFrom`, "delegates from a parent cell, and this cell has none");
        return;
      }
      if (parentCellId !== cell.parent) {
        r.add(`${path}.delegatedFrom`, `must name a domain of the parent cell ${show(cell.parent)}, got ${show(domain.delegatedFrom)}`);
        return;
      }
      const parentCell = byId.get(parentCellId)!;
      const parentDomain = parentCell.domains.find((x) => x.id === parentDomainId);
      if (!parentDomain) {
        r.add(`${path}.delegatedFrom`, `names domain ${show(parentDomainId)}, which cell ${parentCellId} does not have`);
        return;
      }
      if (phaseIndex(parentCell.phase) < phaseIndex("coordination"))
        r.add(`${path}.delegatedFrom`, `needs the parent cell in coordination to delegate, and ${parentCellId} is in ${parentCell.phase}`);
      if (domainDepth(cell, domain) > SPEC_LIMITS.domainDepth)
        r.add(`${path}.delegatedFrom`, `makes a chain of more than ${SPEC_LIMITS.domainDepth} delegated domains`);
      domain.budgets.forEach((budget, budgetIndex) => {
        const budgetPath = `${path}.budgets[${budgetIndex}]`;
        const parentBudget = parentDomain.budgets.find((x) => x.token === budget.token);
        if (!parentBudget) {
          r.add(`${budgetPath}.allowance`, `is in ${budget.token}, and the parent domain ${domain.delegatedFrom} has no ${budget.token} budget`);
          return;
        }
        const key = `${domain.delegatedFrom}:${budget.token}`;
        const total = (slices.get(key) ?? 0n) + budget.allowance;
        slices.set(key, total);
        if (total > parentBudget.allowance)
          r.add(
            `${budgetPath}.allowance`,
            `takes the slices delegated from ${domain.delegatedFrom} in ${budget.token} above its allowance (${total} > ${parentBudget.allowance} base units)`,
          );
      });
    });
  }
}

/** What {@link validateOrganisationSpec} returns. */
export type SpecValidationResult = { ok: true; spec: OrganisationSpec } | { ok: false; issues: SpecIssue[] };

/**
 * Checks a parsed organisation spec (the value of a YAML or JSON file) and converts it to chain
 * units. Reports every problem, not only the first, each with the path of the bad field.
 *
 * @param value - The parsed document.
 * @returns `{ ok: true, spec }`, or `{ ok: false, issues }` with one `{ path, message }` per problem.
 * @example
 * ```ts
 * const result = validateOrganisationSpec(YAML.parse(text));
 * if (!result.ok) for (const { path, message } of result.issues) console.error(`${path}: ${message}`);
 * ```
 */
export function validateOrganisationSpec(value: unknown): SpecValidationResult {
  const r = new Reader();
  const root = r.object(value, "", "organisation");
  if (!root) return { ok: false, issues: r.issues.map((issue) => ({ ...issue, path: issue.path || "(document)" })) };
  if (root.version !== undefined && root.version !== 1) r.add("version", `must be 1, got ${show(root.version)}`);
  const community = root.community === undefined ? undefined : readCommunity(r, root.community);
  const tokens = readTokens(r, root.tokens);
  const drafts: CellDraft[] = [];
  const cellItems = r.list(root.cells, "cells");
  if (Array.isArray(root.cells) && cellItems.length === 0) r.add("cells", "must list at least one cell");
  cellItems.forEach((item, index) => {
    const cell = readCell(r, item, index, tokens);
    if (cell) drafts.push(cell);
  });
  checkCells(r, drafts);
  if (r.issues.length || !community) return { ok: false, issues: r.issues };
  const cells: CellSpec[] = drafts.map(({ index: _index, rawParent: _rawParent, ...cell }) => (cell.parent === undefined ? (({ parent: _p, ...rest }) => rest)(cell) : cell));
  return { ok: true, spec: { version: 1, community, tokens: [...tokens.values()], cells } };
}

/** Formats an issue as one line: `path: message`. */
export function formatSpecIssue(issue: SpecIssue): string {
  return `${issue.path}: ${issue.message}`;
}
