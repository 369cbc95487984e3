import { zeroAddress, type Address, type ContractFunctionReturnType, type Hex } from "viem";
import type { opgovAbi } from "../../abis/opgov.js";
import type { Budget, Cell, ConstraintsView, Domain, HatRef, RoundStatusView } from "../types.js";
import { ACTION_KINDS, enumName, PARTIES, PHASES, ROUND_STATES, ROUND_STATUSES, type ActionKindName, type PartyName } from "./enums.js";

// Converts the lens's structs (as viem decodes them) into the SDK's read types.

/** The lens's `CellView`. */
export type CellViewStruct = ContractFunctionReturnType<typeof opgovAbi, "view", "getCell">;
/** The lens's `DomainView`. */
export type DomainViewStruct = ContractFunctionReturnType<typeof opgovAbi, "view", "getDomain">;
/** The lens's `BudgetView`. */
export type BudgetViewStruct = ContractFunctionReturnType<typeof opgovAbi, "view", "getBudget">;
/** The lens's `RoundView`. */
export type RoundViewStruct = ContractFunctionReturnType<typeof opgovAbi, "view", "getRound">;
/** The lens's `ConstraintsView`. */
export type ConstraintsStruct = ContractFunctionReturnType<typeof opgovAbi, "view", "constraints">;

/**
 * A hat id in the dotted form Hats apps show: the top-hat domain, then each non-zero level
 * (16 bits each, 14 levels below the top hat).
 */
export function hatIp(id: bigint): string {
  const parts = [String(id >> 224n)];
  const levels: bigint[] = [];
  for (let level = 1; level <= 14; level++) levels.push((id >> BigInt(224 - 16 * level)) & 0xffffn);
  let last = levels.length;
  while (last > 0 && levels[last - 1] === 0n) last--;
  for (let i = 0; i < last; i++) parts.push(String(levels[i]));
  return parts.join(".");
}

/** A hat reference, or `null` for hat 0. */
export const hatRef = (id: bigint): HatRef => ({ id, ip: hatIp(id) });
const optionalHat = (id: bigint): HatRef | null => (id === 0n ? null : hatRef(id));
const optionalAddress = (address: Address): Address | null => (address === zeroAddress ? null : address);

export function toCell(v: CellViewStruct): Cell {
  return {
    id: v.id,
    parent: v.parent === 0n ? null : v.parent,
    phase: enumName(PHASES, v.phase),
    hats: { cell: hatRef(v.cellHat), member: optionalHat(v.memberHat), roles: v.roleHats.map(hatRef) },
    safe: optionalAddress(v.safe),
    groupState: { version: v.stateVersion, uri: v.stateUri, hash: v.stateHash },
    metadata: { uri: v.metadataUri, hash: v.metadataHash },
    activeChildren: v.activeChildren,
    domains: [...v.domains],
  };
}

export function toDomain(v: DomainViewStruct): Domain {
  return {
    id: v.id,
    owner: v.owner,
    parent: v.parent === 0 ? null : v.parent,
    spenderHat: hatRef(v.spenderHat),
    depth: v.depth,
    tokens: [...v.tokens],
    description: { uri: v.descriptionUri, hash: v.descriptionHash },
  };
}

export function toBudget(v: BudgetViewStruct): Budget {
  return {
    domain: v.domain,
    token: v.token,
    allowance: v.allowance,
    ownAllowance: v.ownAllowance,
    delegated: v.delegated,
    spent: v.spent,
    committed: v.committed,
    remaining: v.remaining,
    epochLength: v.epochLength,
    epochStart: Number(v.epochStart),
    epochEnd: Number(v.epochEnd),
  };
}

export function toRoundStatus(v: RoundViewStruct): RoundStatusView {
  return {
    id: v.id,
    state: enumName(ROUND_STATES, v.state),
    status: enumName(ROUND_STATUSES, v.status),
    deadline: v.deadline,
    revision: v.revision,
    objectionCount: v.objections,
    executableUntil: Number(v.executableUntil),
    objectorsHash: v.objectorsHash as Hex,
  };
}

export function toConstraints(v: ConstraintsStruct): ConstraintsView {
  const requiredParties = {} as Record<ActionKindName, PartyName[]>;
  ACTION_KINDS.forEach((kind, k) => {
    const bits = Number((v.requiredParties >> BigInt(8 * k)) & 0xffn);
    requiredParties[kind] = PARTIES.filter(([, bit]) => (bits & bit) !== 0).map(([name]) => name);
  });
  return {
    minWindow: v.minWindow,
    maxWindow: v.maxWindow,
    executionWindow: v.executionWindow,
    spendingPaused: v.spendingPaused,
    requiredParties,
    requiredPartiesWord: v.requiredParties,
  };
}
