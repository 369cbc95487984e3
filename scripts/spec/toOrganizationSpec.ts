import type { Address } from "viem";
import type { BudgetSpec as SdkBudgetSpec, CellSpec as SdkCellSpec, ConstraintsSpec, DomainSpec as SdkDomainSpec, OrganizationSpec, SafeSpec as SdkSafeSpec, TokenSpec as SdkTokenSpec } from "../../sdk/phases/types.js";
import type { CellSpec, OrganisationSpec, SafeSpec } from "./types.js";

/** The prefix of the metadata URI opgov gives a cell: a `data:` URI holding its id, name and purpose. */
export const CELL_METADATA_PREFIX = "data:application/json,";

/** What a cell's metadata URI says about it. */
export type CellMetadata = { id: string; name: string; purpose: string };

/**
 * The metadata URI of a cell: its spec id, name and purpose as JSON in a `data:` URI. It is the
 * cell hat's details and how a re-run recognises the cell among its siblings, so editing a cell's
 * name or purpose after `opgov apply` makes the chain see another cell.
 *
 * @example
 * ```ts
 * cellMetadataUri({ id: "ops", name: "Operations", purpose: "Run things." });
 * // data:application/json,%7B%22id%22%3A%22ops%22%2C…
 * ```
 */
export function cellMetadataUri(cell: Pick<CellSpec, "id" | "name" | "purpose">): string {
  // encodeURIComponent leaves ( ) ' ! * as they are: encode them too, so the URI reads as one token in text.
  const json = JSON.stringify({ id: cell.id, name: cell.name, purpose: cell.purpose });
  return CELL_METADATA_PREFIX + encodeURIComponent(json).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The id, name and purpose in a metadata URI written by {@link cellMetadataUri}; undefined for any other URI. */
export function parseCellMetadataUri(uri: string): CellMetadata | undefined {
  if (!uri.startsWith(CELL_METADATA_PREFIX)) return undefined;
  try {
    const value = JSON.parse(decodeURIComponent(uri.slice(CELL_METADATA_PREFIX.length))) as Partial<CellMetadata>;
    if (typeof value.id !== "string" || typeof value.name !== "string" || typeof value.purpose !== "string") return undefined;
    return { id: value.id, name: value.name, purpose: value.purpose };
  } catch {
    return undefined;
  }
}

/** The key the SDK spec gives a domain: `<cell id>.<domain id>`, the form `delegatedFrom` uses. */
export function domainKey(cellId: string, domainId: string): string {
  return `${cellId}.${domainId}`;
}

/** The YAML spec mapped onto the SDK: what `setupDao` brings on-chain, then the cells `completeCell` completes. */
export type MappedOrganisation = {
  /** The SDK's description of the organisation (cells to complete are created, never filled). */
  organization: OrganizationSpec;
  /** Keys of the cells to complete after setup, sub-cells before their parents. */
  complete: readonly string[];
};

function toSafe(safe: SafeSpec): SdkSafeSpec {
  return "address" in safe ? { address: safe.address } : { owners: safe.owners, threshold: safe.threshold };
}

/** Sub-cells before their parents, each group in spec order. */
function deepestFirst(cells: readonly CellSpec[], keys: ReadonlySet<string>): string[] {
  const depth = (cell: CellSpec): number => {
    let d = 0;
    for (let parent = cell.parent; parent !== undefined; parent = cells.find((c) => c.id === parent)?.parent) d += 1;
    return d;
  };
  return cells
    .filter((cell) => keys.has(cell.id))
    .map((cell, index) => ({ cell, index, depth: depth(cell) }))
    .sort((a, b) => b.depth - a.depth || a.index - b.index)
    .map(({ cell }) => cell.id);
}

/**
 * Maps a validated YAML organisation spec onto the SDK's {@link OrganizationSpec}:
 *
 * - the treasury (which wears the community hat) and the community's name and existing hat;
 * - `community.policy` → the instance's constraints (`opgov.constraints`, fixed at deployment:
 *   part of its address) and the constraints to hold (`policy.constraints`), `requiredObjectors`
 *   → `requiredParties`; `tokens` (symbols) → addresses with their caps, in both places;
 * - the opgov salt: a label from the community's name; the anchor: the first top-level cell;
 * - cells: `id` → `key`, a metadata URI from id, name and purpose ({@link cellMetadataUri}),
 *   `wearer: safe` → the cell's Safe wears the cell hat, roles → role hats whose details are the
 *   role ids (max supply: the number of wearers, at least 1);
 * - domains nested in cells → one flat list keyed `<cell>.<domain>`, `delegatedFrom` → `parent`,
 *   `spender` as is, `description` → the description document, budgets with token addresses and
 *   `epoch` → `epochLength` (left out for delegated domains: they follow their parent's epoch);
 * - a cell with `phase: completion` is created (without wearer, members, roles, Safe, group state
 *   or domains: it would lose them at once) and listed in `complete` for `completeCell`.
 *
 * @param spec - a spec as `validateOrganisationSpec` returns it.
 * @returns the SDK spec and the cells to complete afterwards.
 * @example
 * ```ts
 * const { organization, complete } = toOrganizationSpec(readOrganisationSpec("organisation.yaml"));
 * await setupDao(client, organization);
 * for (const cell of complete) await completeCell(client, { spec: organization, cell });
 * ```
 */
export function toOrganizationSpec(spec: OrganisationSpec): MappedOrganisation {
  const tokenAddress = new Map<string, Address>(spec.tokens.map((token) => [token.symbol, token.address]));
  const policy = spec.community.policy;
  const constraints: ConstraintsSpec = {
    minWindow: policy.minWindow,
    maxWindow: policy.maxWindow,
    executionWindow: policy.executionWindow,
    requiredParties: Object.fromEntries(Object.entries(policy.requiredObjectors).map(([kind, parties]) => [kind, [...parties]])),
  };
  const tokens: SdkTokenSpec[] = spec.tokens.map((token) => ({ address: token.address, capPerDomain: token.capPerDomain }));

  const completing = new Set(spec.cells.filter((cell) => cell.phase === "completion").map((cell) => cell.id));
  const cells: SdkCellSpec[] = spec.cells.map((cell) => {
    const base: SdkCellSpec = {
      key: cell.id,
      ...(cell.parent === undefined ? {} : { parent: cell.parent }),
      metadata: { uri: cellMetadataUri(cell) },
    };
    // A cell to complete: created (Completion is reachable from any phase) and given nothing it
    // would lose at once. Setup leaves a completed cell alone, so a re-run sends nothing for it.
    if (completing.has(cell.id)) return base;
    return {
      ...base,
      ...(cell.safe === undefined ? {} : { safe: "address" in cell.safe ? { address: cell.safe.address } : { owners: cell.safe.owners, threshold: cell.safe.threshold } }),
      ...(cell.wearer === "safe" ? {} : { wearer: cell.wearer }),
      members: cell.members,
      roles: cell.roles.map((role) => ({ details: role.id, maxSupply: Math.max(1, role.wearers.length), wearers: role.wearers })),
      ...(cell.groupState === undefined ? {} : { groupState: { uri: cell.groupState.uri, ...(cell.groupState.hash ? { hash: cell.groupState.hash } : {}) } }),
      phase: cell.phase === "completion" ? undefined : cell.phase,
    };
  });

  const domains: SdkDomainSpec[] = [];
  for (const cell of spec.cells) {
    if (completing.has(cell.id)) continue;
    for (const domain of cell.domains) {
      const budgets: SdkBudgetSpec[] = domain.budgets.map((budget) => ({
        token: tokenAddress.get(budget.token)!,
        allowance: budget.allowance,
        ...(domain.delegatedFrom === undefined ? { epochLength: budget.epoch } : {}),
      }));
      domains.push({
        key: domainKey(cell.id, domain.id),
        owner: cell.id,
        ...(domain.delegatedFrom === undefined ? {} : { parent: domain.delegatedFrom }),
        spender: domain.spender,
        description: { uri: domain.description },
        budgets,
      });
    }
  }

  // A domain delegated from one that was left out (its cell completes) goes too.
  for (let dropped = true; dropped; ) {
    const keys = new Set(domains.map((domain) => domain.key));
    const index = domains.findIndex((domain) => domain.parent !== undefined && !keys.has(domain.parent));
    dropped = index >= 0;
    if (dropped) domains.splice(index, 1);
  }

  const anchor = spec.cells.find((cell) => cell.parent === undefined)!.id;
  const organization: OrganizationSpec = {
    community: { name: spec.community.name, ...(spec.community.hat === undefined ? {} : { hat: spec.community.hat }) },
    treasury: toSafe(spec.community.treasury),
    opgov: { salt: `opgov:${spec.community.name}`, constraints, tokens },
    anchor,
    cells,
    domains,
    policy: { constraints, tokens },
  };
  return { organization, complete: deepestFirst(spec.cells, completing) };
}
