import type { Address, Hex } from "viem";
import { decodeAction as decodeTypedAction } from "../../encoding/actions.js";
import { enumName, PHASES, type PhaseName } from "./enums.js";

// Round and community actions as reads show them (ActionView): the encoding module's decoder,
// flattened, with phases by name, and never throwing.

/** An action as the contracts carry it: a kind and its ABI-encoded arguments. */
export type RawAction = { readonly kind: number; readonly data: Hex };

/** An action with its arguments decoded (see `ActionKind` in contracts/types/OpGovTypes.sol). */
export type ActionView =
  | { kind: "Allocation"; domain: number; token: Address; recipient: Address; amount: bigint; raw: RawAction }
  | { kind: "SetBudget"; domain: number; token: Address; allowance: bigint; epochLength: number; raw: RawAction }
  | { kind: "CreateCell"; parent: bigint; wearer: Address; metadataUri: string; metadataHash: Hex; raw: RawAction }
  | { kind: "MovePhase"; cell: bigint; to: PhaseName; raw: RawAction }
  | { kind: "AssignDomain"; owner: bigint; spenderHat: bigint; descriptionUri: string; descriptionHash: Hex; raw: RawAction }
  | { kind: "DelegateDomain"; parent: number; owner: bigint; spenderHat: bigint; descriptionUri: string; descriptionHash: Hex; raw: RawAction }
  | { kind: "PolicyDecision"; uri: string; contentHash: Hex; raw: RawAction }
  /** A kind this SDK does not know, or data that does not decode. */
  | { kind: "Unknown"; raw: RawAction };

/** Decodes one action for display; never throws (undecodable data comes back as `Unknown`). */
export function decodeAction(action: RawAction): ActionView {
  const raw = { kind: Number(action.kind), data: action.data };
  try {
    const decoded = decodeTypedAction(raw);
    if (decoded.name === "MovePhase") return { kind: "MovePhase", cell: decoded.args.cell, to: enumName(PHASES, decoded.args.to), raw };
    return { kind: decoded.name, ...decoded.args, raw } as ActionView;
  } catch {
    return { kind: "Unknown", raw };
  }
}
