import { decodeAbiParameters, parseAbiParameters, type Address, type Hex } from "viem";
import { enumName, PHASES, type PhaseName } from "./enums.js";

// A minimal decoder of round and community actions, for display in reads (DecodedAction).
// `sdk-actions` owns the encoders; the two should be merged into `sdk/encoding/` later.

/** An action as the contracts carry it: a kind and its ABI-encoded arguments. */
export type RawAction = { readonly kind: number; readonly data: Hex };

/** An action with its arguments decoded (see `ActionKind` in contracts/types/OpGovTypes.sol). */
export type DecodedAction =
  | { kind: "Allocation"; domain: number; token: Address; recipient: Address; amount: bigint; raw: RawAction }
  | { kind: "SetBudget"; domain: number; token: Address; allowance: bigint; epochLength: number; raw: RawAction }
  | { kind: "CreateCell"; parent: bigint; wearer: Address; metadataUri: string; metadataHash: Hex; raw: RawAction }
  | { kind: "MovePhase"; cell: bigint; to: PhaseName; raw: RawAction }
  | { kind: "AssignDomain"; owner: bigint; spenderHat: bigint; descriptionUri: string; descriptionHash: Hex; raw: RawAction }
  | { kind: "DelegateDomain"; parent: number; owner: bigint; spenderHat: bigint; descriptionUri: string; descriptionHash: Hex; raw: RawAction }
  | { kind: "PolicyDecision"; uri: string; contentHash: Hex; raw: RawAction }
  /** A kind this SDK does not know, or data that does not decode. */
  | { kind: "Unknown"; raw: RawAction };

/** Decodes one action; never throws (undecodable data comes back as `Unknown`). */
export function decodeAction(action: RawAction): DecodedAction {
  const raw = { kind: Number(action.kind), data: action.data };
  try {
    switch (raw.kind) {
      case 0: {
        const [domain, token, recipient, amount] = decodeAbiParameters(parseAbiParameters("uint32, address, address, uint256"), raw.data);
        return { kind: "Allocation", domain, token, recipient, amount, raw };
      }
      case 1: {
        const [domain, token, allowance, epochLength] = decodeAbiParameters(parseAbiParameters("uint32, address, uint256, uint32"), raw.data);
        return { kind: "SetBudget", domain, token, allowance, epochLength, raw };
      }
      case 2: {
        const [parent, wearer, metadataUri, metadataHash] = decodeAbiParameters(parseAbiParameters("uint256, address, string, bytes32"), raw.data);
        return { kind: "CreateCell", parent, wearer, metadataUri, metadataHash, raw };
      }
      case 3: {
        const [cell, to] = decodeAbiParameters(parseAbiParameters("uint256, uint8"), raw.data);
        return { kind: "MovePhase", cell, to: enumName(PHASES, to), raw };
      }
      case 4: {
        const [owner, spenderHat, descriptionUri, descriptionHash] = decodeAbiParameters(parseAbiParameters("uint256, uint256, string, bytes32"), raw.data);
        return { kind: "AssignDomain", owner, spenderHat, descriptionUri, descriptionHash, raw };
      }
      case 5: {
        const [parent, owner, spenderHat, descriptionUri, descriptionHash] = decodeAbiParameters(parseAbiParameters("uint32, uint256, uint256, string, bytes32"),
          raw.data,
        );
        return { kind: "DelegateDomain", parent, owner, spenderHat, descriptionUri, descriptionHash, raw };
      }
      case 6: {
        const [uri, contentHash] = decodeAbiParameters(parseAbiParameters("string, bytes32"), raw.data);
        return { kind: "PolicyDecision", uri, contentHash, raw };
      }
      default:
        return { kind: "Unknown", raw };
    }
  } catch {
    return { kind: "Unknown", raw };
  }
}
