import { decodeAbiParameters, encodeAbiParameters, type Address, type Hex } from "viem";
import { InvalidActionDataError } from "../errors/validation.js";
import { ActionKind, type Action, type CellId, type DomainId, type Phase } from "./types.js";

// Typed encoders for each action kind's data, in the layouts the contracts decode
// (contracts/types/OpGovTypes.sol, `ActionKind`), and the decoder back.

const allocationLayout = [
  { name: "domain", type: "uint32" },
  { name: "token", type: "address" },
  { name: "recipient", type: "address" },
  { name: "amount", type: "uint256" },
] as const;
const setBudgetLayout = [
  { name: "domain", type: "uint32" },
  { name: "token", type: "address" },
  { name: "allowance", type: "uint256" },
  { name: "epochLength", type: "uint32" },
] as const;
const createCellLayout = [
  { name: "parent", type: "uint256" },
  { name: "wearer", type: "address" },
  { name: "metadataUri", type: "string" },
  { name: "metadataHash", type: "bytes32" },
] as const;
const movePhaseLayout = [
  { name: "cell", type: "uint256" },
  { name: "to", type: "uint8" },
] as const;
const assignDomainLayout = [
  { name: "owner", type: "uint256" },
  { name: "spenderHat", type: "uint256" },
  { name: "descriptionUri", type: "string" },
  { name: "descriptionHash", type: "bytes32" },
] as const;
const delegateDomainLayout = [
  { name: "parent", type: "uint32" },
  { name: "owner", type: "uint256" },
  { name: "spenderHat", type: "uint256" },
  { name: "descriptionUri", type: "string" },
  { name: "descriptionHash", type: "bytes32" },
] as const;
const policyDecisionLayout = [
  { name: "uri", type: "string" },
  { name: "contentHash", type: "bytes32" },
] as const;

/** An allocation from the treasury; `domain` 0 = not charged to a domain. */
export type AllocationArgs = { domain: DomainId; token: Address; recipient: Address; amount: bigint };
/** A domain budget: `allowance` per epoch of `epochLength` seconds (0 = keep / follow the parent). */
export type SetBudgetArgs = { domain: DomainId; token: Address; allowance: bigint; epochLength: number };
/** A new cell under `parent` (0 = top level, community only); `wearer` gets the cell hat. */
export type CreateCellArgs = { parent: CellId; wearer: Address; metadataUri: string; metadataHash: Hex };
/** A phase move of `cell` to `to`. */
export type MovePhaseArgs = { cell: CellId; to: Phase };
/** A new root domain owned by `owner`, spent by wearers of `spenderHat`. */
export type AssignDomainArgs = { owner: CellId; spenderHat: bigint; descriptionUri: string; descriptionHash: Hex };
/** A child domain of `parent` for the sub-cell `owner`. */
export type DelegateDomainArgs = {
  parent: DomainId;
  owner: CellId;
  spenderHat: bigint;
  descriptionUri: string;
  descriptionHash: Hex;
};
/** A policy or protocol decision: a text by uri and hash. */
export type PolicyDecisionArgs = { uri: string; contentHash: Hex };

/** An action decoded by {@link decodeAction}: its kind, the kind's name and its arguments. */
export type DecodedAction =
  | { kind: typeof ActionKind.Allocation; name: "Allocation"; args: AllocationArgs }
  | { kind: typeof ActionKind.SetBudget; name: "SetBudget"; args: SetBudgetArgs }
  | { kind: typeof ActionKind.CreateCell; name: "CreateCell"; args: CreateCellArgs }
  | { kind: typeof ActionKind.MovePhase; name: "MovePhase"; args: MovePhaseArgs }
  | { kind: typeof ActionKind.AssignDomain; name: "AssignDomain"; args: AssignDomainArgs }
  | { kind: typeof ActionKind.DelegateDomain; name: "DelegateDomain"; args: DelegateDomainArgs }
  | { kind: typeof ActionKind.PolicyDecision; name: "PolicyDecision"; args: PolicyDecisionArgs };

/**
 * Encodes a treasury allocation.
 *
 * @param args - domain (0 = not charged to one), token (zero address = native), recipient, amount.
 * @returns the action.
 * @example
 * ```ts
 * const a = encodeAllocation({ domain: 1, token: usdc, recipient: bob, amount: 500n * 10n ** 6n });
 * ```
 */
export function encodeAllocation(args: AllocationArgs): Action {
  return { kind: ActionKind.Allocation, data: encodeAbiParameters(allocationLayout, [args.domain, args.token, args.recipient, args.amount]) };
}

/**
 * Encodes a domain budget change.
 *
 * @param args - domain, token, the granted allowance per epoch, the epoch length in seconds.
 * @returns the action.
 * @example
 * ```ts
 * const a = encodeSetBudget({ domain: 1, token: NATIVE, allowance: parseEther("5"), epochLength: 30 * 86_400 });
 * ```
 */
export function encodeSetBudget(args: SetBudgetArgs): Action {
  return { kind: ActionKind.SetBudget, data: encodeAbiParameters(setBudgetLayout, [args.domain, args.token, args.allowance, args.epochLength]) };
}

/**
 * Encodes a cell creation.
 *
 * @param args - parent cell (0 = top level), the cell hat's wearer, the metadata uri and hash.
 * @returns the action.
 * @example
 * ```ts
 * const a = encodeCreateCell({ parent: cellA, wearer: safe, metadataUri: "ipfs://…", metadataHash });
 * ```
 */
export function encodeCreateCell(args: CreateCellArgs): Action {
  return {
    kind: ActionKind.CreateCell,
    data: encodeAbiParameters(createCellLayout, [args.parent, args.wearer, args.metadataUri, args.metadataHash]),
  };
}

/**
 * Encodes a phase move.
 *
 * @param args - the cell and the phase it moves to.
 * @returns the action.
 * @example
 * ```ts
 * const a = encodeMovePhase({ cell, to: Phase.Formation });
 * ```
 */
export function encodeMovePhase(args: MovePhaseArgs): Action {
  return { kind: ActionKind.MovePhase, data: encodeAbiParameters(movePhaseLayout, [args.cell, args.to]) };
}

/**
 * Encodes a new root domain.
 *
 * @param args - owner cell, spender hat (the cell hat, its member hat or a role hat), description uri and hash.
 * @returns the action.
 * @example
 * ```ts
 * const a = encodeAssignDomain({ owner: cell, spenderHat: memberHat, descriptionUri, descriptionHash });
 * ```
 */
export function encodeAssignDomain(args: AssignDomainArgs): Action {
  return {
    kind: ActionKind.AssignDomain,
    data: encodeAbiParameters(assignDomainLayout, [args.owner, args.spenderHat, args.descriptionUri, args.descriptionHash]),
  };
}

/**
 * Encodes a child domain delegated to a sub-cell.
 *
 * @param args - parent domain, owner sub-cell, spender hat, description uri and hash.
 * @returns the action.
 * @example
 * ```ts
 * const a = encodeDelegateDomain({ parent: 1, owner: subCell, spenderHat, descriptionUri, descriptionHash });
 * ```
 */
export function encodeDelegateDomain(args: DelegateDomainArgs): Action {
  return {
    kind: ActionKind.DelegateDomain,
    data: encodeAbiParameters(delegateDomainLayout, [args.parent, args.owner, args.spenderHat, args.descriptionUri, args.descriptionHash]),
  };
}

/**
 * Encodes a policy or protocol decision.
 *
 * @param args - the decision text's uri and content hash.
 * @returns the action.
 * @example
 * ```ts
 * const a = encodePolicyDecision({ uri: "ipfs://policy", contentHash });
 * ```
 */
export function encodePolicyDecision(args: PolicyDecisionArgs): Action {
  return { kind: ActionKind.PolicyDecision, data: encodeAbiParameters(policyDecisionLayout, [args.uri, args.contentHash]) };
}

/**
 * Decodes an action back into its kind and typed arguments.
 *
 * @param action - an action as the contracts take it (or as an event carries it).
 * @returns the decoded action.
 * @throws {InvalidActionDataError} when the kind is unknown or the data does not decode.
 * @example
 * ```ts
 * const decoded = decodeAction(content.actions[0]);
 * if (decoded.name === "Allocation") console.log(decoded.args.amount);
 * ```
 */
export function decodeAction(action: { kind: number; data: Hex }): DecodedAction {
  try {
    switch (action.kind) {
      case ActionKind.Allocation: {
        const [domain, token, recipient, amount] = decodeAbiParameters(allocationLayout, action.data);
        return { kind: ActionKind.Allocation, name: "Allocation", args: { domain, token, recipient, amount } };
      }
      case ActionKind.SetBudget: {
        const [domain, token, allowance, epochLength] = decodeAbiParameters(setBudgetLayout, action.data);
        return { kind: ActionKind.SetBudget, name: "SetBudget", args: { domain, token, allowance, epochLength } };
      }
      case ActionKind.CreateCell: {
        const [parent, wearer, metadataUri, metadataHash] = decodeAbiParameters(createCellLayout, action.data);
        return { kind: ActionKind.CreateCell, name: "CreateCell", args: { parent, wearer, metadataUri, metadataHash } };
      }
      case ActionKind.MovePhase: {
        const [cell, to] = decodeAbiParameters(movePhaseLayout, action.data);
        if (to > 4) throw new InvalidActionDataError(action.kind, `phase ${to} does not exist`);
        return { kind: ActionKind.MovePhase, name: "MovePhase", args: { cell, to: to as Phase } };
      }
      case ActionKind.AssignDomain: {
        const [owner, spenderHat, descriptionUri, descriptionHash] = decodeAbiParameters(assignDomainLayout, action.data);
        return { kind: ActionKind.AssignDomain, name: "AssignDomain", args: { owner, spenderHat, descriptionUri, descriptionHash } };
      }
      case ActionKind.DelegateDomain: {
        const [parent, owner, spenderHat, descriptionUri, descriptionHash] = decodeAbiParameters(delegateDomainLayout, action.data);
        return {
          kind: ActionKind.DelegateDomain,
          name: "DelegateDomain",
          args: { parent, owner, spenderHat, descriptionUri, descriptionHash },
        };
      }
      case ActionKind.PolicyDecision: {
        const [uri, contentHash] = decodeAbiParameters(policyDecisionLayout, action.data);
        return { kind: ActionKind.PolicyDecision, name: "PolicyDecision", args: { uri, contentHash } };
      }
      default:
        throw new InvalidActionDataError(action.kind, "no such action kind (0 to 6)");
    }
  } catch (error) {
    if (error instanceof InvalidActionDataError) throw error;
    throw new InvalidActionDataError(action.kind, "its data does not decode in the kind's layout", error);
  }
}
