import { isAddress, type Address } from "viem";
import { InvalidSpecError } from "./errors.js";
import { topoCells, topoDomains } from "./internal/topo.js";
import type { CellSpec, ConstraintsSpec, OrganizationSpec, TokenSpec } from "./types.js";

/** What {@link validateOrganizationSpec} takes. */
export type ValidateOrganizationSpecParameters = OrganizationSpec;

/** The errors {@link validateOrganizationSpec} throws. */
export type ValidateOrganizationSpecErrorType = InvalidSpecError;

const DAY = 86_400;

/**
 * Checks an organisation spec without touching the chain: keys unique and references known,
 * no cycles, addresses valid (a mixed-case address must carry its checksum), Safe thresholds
 * within their owners, role supplies, constraints and epochs within opgov's bounds, amounts not
 * negative. Every setup calls it first, so a bad spec sends nothing.
 *
 * @param spec - the organisation spec.
 * @throws {InvalidSpecError} naming the first problem found.
 * @example
 * ```ts
 * validateOrganizationSpec(spec); // throws InvalidSpecError: cell "tooling" names an unknown parent "opz".
 * ```
 */
export function validateOrganizationSpec(spec: ValidateOrganizationSpecParameters): void {
  if ("address" in spec.treasury) address([spec.treasury.address], "treasury");
  else {
    address(spec.treasury.owners, "treasury owner");
    safe(spec.treasury.owners, spec.treasury.threshold, "the treasury");
  }
  if (!spec.community.name) throw new InvalidSpecError("the community needs a name (its top hat's details).");
  if (!spec.opgov.salt) throw new InvalidSpecError("opgov needs a salt.");
  constraints(spec.opgov.constraints, "opgov.constraints");
  tokens(spec.opgov.tokens, "opgov.tokens");
  if (spec.policy?.constraints) constraints(spec.policy.constraints, "policy.constraints");
  if (spec.policy?.tokens) tokens(spec.policy.tokens, "policy.tokens");

  const cells = new Map<string, CellSpec>();
  for (const cell of spec.cells) {
    if (!cell.key) throw new InvalidSpecError("a cell has no key.");
    if (cells.has(cell.key)) throw new InvalidSpecError(`two cells have the key "${cell.key}".`);
    cells.set(cell.key, cell);
    if (!cell.metadata?.uri) throw new InvalidSpecError(`cell "${cell.key}" needs a metadata URI.`);
    address(cell.members ?? [], `cell "${cell.key}" member`);
    if (cell.wearer !== undefined) address([cell.wearer], `cell "${cell.key}" wearer`);
    if (cell.safe && "address" in cell.safe) address([cell.safe.address], `cell "${cell.key}" Safe`);
    else if (cell.safe) {
      const owners = cell.safe.owners ?? cell.members ?? [];
      address(owners, `cell "${cell.key}" Safe owner`);
      safe(owners, cell.safe.threshold, `cell "${cell.key}"'s Safe`);
    }
    const roles = new Set<string>();
    for (const role of cell.roles ?? []) {
      if (!role.details) throw new InvalidSpecError(`cell "${cell.key}" has a role without details.`);
      if (roles.has(role.details)) throw new InvalidSpecError(`cell "${cell.key}" has two roles "${role.details}".`);
      roles.add(role.details);
      address(role.wearers ?? [], `role "${role.details}" of cell "${cell.key}" wearer`);
      if ((role.wearers?.length ?? 0) > role.maxSupply) {
        throw new InvalidSpecError(`role "${role.details}" of cell "${cell.key}" has ${role.wearers!.length} wearers and a maxSupply of ${role.maxSupply}.`);
      }
      if (!Number.isInteger(role.maxSupply) || role.maxSupply < 1) {
        throw new InvalidSpecError(`role "${role.details}" of cell "${cell.key}" needs a maxSupply of at least 1 (got ${role.maxSupply}).`);
      }
    }
    if (roles.size > 16) throw new InvalidSpecError(`cell "${cell.key}" has ${roles.size} roles; opgov allows 16.`);
  }
  for (const cell of cells.values()) {
    if (cell.phase === "conversation" && ((cell.members?.length ?? 0) > 0 || (cell.roles?.length ?? 0) > 0)) {
      throw new InvalidSpecError(`cell "${cell.key}" stays in conversation but has members or roles (they need formation).`);
    }
    const hasChildren = [...cells.values()].some((other) => other.parent === cell.key);
    if (hasChildren && cell.phase !== undefined && cell.phase !== "coordination") {
      throw new InvalidSpecError(`cell "${cell.key}" has sub-cells, so its phase must be coordination (got ${cell.phase}).`);
    }
  }
  const anchor = cells.get(spec.anchor);
  if (!anchor) throw new InvalidSpecError(`the anchor "${spec.anchor}" is not a cell of the spec.`);
  if (anchor.parent !== undefined) throw new InvalidSpecError(`the anchor "${spec.anchor}" must be a top-level cell.`);
  const siblings = new Set<string>();
  for (const cell of cells.values()) {
    if (cell.parent !== undefined && !cells.has(cell.parent)) {
      throw new InvalidSpecError(`cell "${cell.key}" names an unknown parent "${cell.parent}".`);
    }
    const id = `${cell.parent ?? ""}\u0000${cell.metadata.uri}`;
    if (siblings.has(id)) throw new InvalidSpecError(`two cells under the same parent share the metadata URI ${cell.metadata.uri} (it is how a re-run recognises them).`);
    siblings.add(id);
  }

  const domains = new Set<string>();
  const descriptions = new Set<string>();
  for (const domain of spec.domains ?? []) {
    if (domains.has(domain.key)) throw new InvalidSpecError(`two domains have the key "${domain.key}".`);
    domains.add(domain.key);
    if (!cells.has(domain.owner)) throw new InvalidSpecError(`domain "${domain.key}" names an unknown owner "${domain.owner}".`);
    if (!domain.description?.uri) throw new InvalidSpecError(`domain "${domain.key}" needs a description URI.`);
    const id = `${domain.owner}\u0000${domain.parent ?? ""}\u0000${domain.description.uri}`;
    if (descriptions.has(id)) throw new InvalidSpecError(`two domains of cell "${domain.owner}" share the description URI ${domain.description.uri}.`);
    descriptions.add(id);
    for (const budget of domain.budgets ?? []) {
      address([budget.token], `domain "${domain.key}" budget token`);
      if (typeof budget.allowance !== "bigint" || budget.allowance < 0n) {
        throw new InvalidSpecError(`domain "${domain.key}"'s allowance in ${budget.token} must be a bigint of at least 0 (got ${String(budget.allowance)}).`);
      }
      if (domain.parent === undefined) {
        const epoch = budget.epochLength;
        if (epoch === undefined || !Number.isInteger(epoch) || epoch < DAY || epoch > 366 * DAY) {
          throw new InvalidSpecError(`domain "${domain.key}"'s epochLength must be 1 to 366 days in seconds (got ${epoch}).`);
        }
      }
    }
  }
  for (const domain of spec.domains ?? []) {
    if (domain.parent !== undefined && !domains.has(domain.parent)) {
      throw new InvalidSpecError(`domain "${domain.key}" names an unknown parent "${domain.parent}".`);
    }
  }
  topoCells(spec.cells);
  topoDomains(spec.domains ?? []);
}

function address(list: readonly Address[], what: string) {
  for (const value of list) {
    if (typeof value !== "string" || !isAddress(value, { strict: true })) {
      throw new InvalidSpecError(`${what} "${String(value)}" is not a valid address.`, "Use a 0x-prefixed 20-byte address, all lowercase or with its EIP-55 checksum.");
    }
  }
}

function safe(owners: readonly Address[], threshold: number, what: string) {
  if (owners.length === 0) throw new InvalidSpecError(`${what} needs at least one owner.`);
  if (new Set(owners.map((o) => o.toLowerCase())).size !== owners.length) throw new InvalidSpecError(`${what} lists an owner twice.`);
  if (!Number.isInteger(threshold) || threshold < 1 || threshold > owners.length) {
    throw new InvalidSpecError(`${what}'s threshold must be 1 to ${owners.length} (got ${threshold}).`);
  }
}

function constraints(c: ConstraintsSpec, where: string) {
  for (const [name, value] of [["minWindow", c.minWindow], ["maxWindow", c.maxWindow], ["executionWindow", c.executionWindow]] as const) {
    if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) throw new InvalidSpecError(`${where}.${name} must be a whole number of seconds (got ${value}).`);
  }
  if (c.minWindow > c.maxWindow) throw new InvalidSpecError(`${where}: minWindow ${c.minWindow} is above maxWindow ${c.maxWindow}.`);
}

function tokens(list: readonly TokenSpec[], where: string) {
  address(list.map((t) => t.address), `${where} address`);
  for (const token of list) {
    if (typeof token.capPerDomain !== "bigint" || token.capPerDomain < 0n) {
      throw new InvalidSpecError(`${where}: the cap of ${token.address} must be a bigint of at least 0.`);
    }
  }
}
