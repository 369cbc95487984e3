import { encodeAbiParameters, isHex, keccak256, stringToHex, type Address, type Hex } from "viem";
import type { PolicyActionKind, ConstraintsSpec, DocumentSpec, PolicyParty, SetupPhaseName } from "../types.js";

// Private encoders for the actions the phase setups send. sdk-actions owns the public
// encoders (sdk/encoding/); these are to be replaced by them at merge.

/** opgov's `ActionKind`, in declaration order. */
export const ACTION_KIND = {
  allocation: 0,
  setBudget: 1,
  createCell: 2,
  movePhase: 3,
  assignDomain: 4,
  delegateDomain: 5,
  policyDecision: 6,
} as const satisfies Record<PolicyActionKind, number>;

/** opgov's `Phase`, in declaration order. */
export const PHASE = { conversation: 0, formation: 1, organization: 2, coordination: 3, completion: 4 } as const;

/** The phase names, by number. */
export const PHASE_NAMES = ["conversation", "formation", "organization", "coordination", "completion"] as const;

/** The phase number of a setup phase name. */
export const phaseNumber = (name: SetupPhaseName): number => PHASE[name];

const PARTY = { parent: 1, members: 2, community: 4 } as const satisfies Record<PolicyParty, number>;

/** The protocol minimum: parent circle for treasury and structure, the cell's members for policy. */
const MINIMUM_PARTIES: Record<PolicyActionKind, readonly PolicyParty[]> = {
  allocation: ["parent"],
  setBudget: ["parent"],
  createCell: ["parent"],
  movePhase: ["parent"],
  assignDomain: ["parent"],
  delegateDomain: ["parent"],
  policyDecision: ["members"],
};

/** An encoded action as `act` takes it, with a description. */
export type EncodedAction = { kind: number; data: Hex; description: string };

/** keccak256 of the URI when the spec gave no hash. */
export function documentHash(doc: DocumentSpec): Hex {
  return doc.hash ?? keccak256(stringToHex(doc.uri));
}

/** A bytes32 salt as given, or keccak256 of a label. */
export function saltOf(salt: string): Hex {
  return isHex(salt) && salt.length === 66 ? salt : keccak256(stringToHex(salt));
}

/** The `Constraints` struct of a spec. */
export function encodeConstraints(spec: ConstraintsSpec) {
  let requiredParties = 0n;
  for (const [kind, index] of Object.entries(ACTION_KIND) as [PolicyActionKind, number][]) {
    const parties = spec.requiredParties?.[kind] ?? MINIMUM_PARTIES[kind];
    const bits = parties.reduce((acc, party) => acc | PARTY[party], 0);
    requiredParties |= BigInt(bits) << BigInt(8 * index);
  }
  return {
    minWindow: spec.minWindow,
    maxWindow: spec.maxWindow,
    executionWindow: spec.executionWindow,
    spendingPaused: spec.spendingPaused ?? false,
    requiredParties,
  };
}

const param = (type: string, name = "") => ({ type, name });

/** Encoders for the action kinds the setups use. */
export const encodeAction = {
  createCell: (parent: bigint, wearer: Address, metadata: DocumentSpec, description: string): EncodedAction => ({
    kind: ACTION_KIND.createCell,
    data: encodeAbiParameters([param("uint256"), param("address"), param("string"), param("bytes32")], [
      parent,
      wearer,
      metadata.uri,
      documentHash(metadata),
    ]),
    description,
  }),
  movePhase: (cell: bigint, to: number, description: string): EncodedAction => ({
    kind: ACTION_KIND.movePhase,
    data: encodeAbiParameters([param("uint256"), param("uint8")], [cell, to]),
    description,
  }),
  assignDomain: (owner: bigint, spenderHat: bigint, doc: DocumentSpec, description: string): EncodedAction => ({
    kind: ACTION_KIND.assignDomain,
    data: encodeAbiParameters([param("uint256"), param("uint256"), param("string"), param("bytes32")], [
      owner,
      spenderHat,
      doc.uri,
      documentHash(doc),
    ]),
    description,
  }),
  delegateDomain: (parent: number, owner: bigint, spenderHat: bigint, doc: DocumentSpec, description: string): EncodedAction => ({
    kind: ACTION_KIND.delegateDomain,
    data: encodeAbiParameters([param("uint32"), param("uint256"), param("uint256"), param("string"), param("bytes32")], [
      parent,
      owner,
      spenderHat,
      doc.uri,
      documentHash(doc),
    ]),
    description,
  }),
  setBudget: (domain: number, token: Address, allowance: bigint, epochLength: number, description: string): EncodedAction => ({
    kind: ACTION_KIND.setBudget,
    data: encodeAbiParameters([param("uint32"), param("address"), param("uint256"), param("uint32")], [
      domain,
      token,
      allowance,
      epochLength,
    ]),
    description,
  }),
};
