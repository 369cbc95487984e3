import { isHex, keccak256, stringToHex, type Address, type Hex } from "viem";
import {
  encodeAssignDomain,
  encodeCreateCell,
  encodeDelegateDomain,
  encodeMovePhase,
  encodeSetBudget,
} from "../../encoding/actions.js";
import { ActionKind, Parties, Phase, type Action, type Constraints } from "../../encoding/types.js";
import type { ConstraintsSpec, DocumentSpec, PolicyActionKind, PolicyParty, SetupPhaseName } from "../types.js";

// The phase setups' view of sdk/encoding: the spec's lower-case names mapped onto the contract
// enums, and the public encoders with a description attached for progress reports.

/** opgov's `ActionKind`, by the spec's lower-case names. */
export const ACTION_KIND = {
  allocation: ActionKind.Allocation,
  setBudget: ActionKind.SetBudget,
  createCell: ActionKind.CreateCell,
  movePhase: ActionKind.MovePhase,
  assignDomain: ActionKind.AssignDomain,
  delegateDomain: ActionKind.DelegateDomain,
  policyDecision: ActionKind.PolicyDecision,
} as const satisfies Record<PolicyActionKind, ActionKind>;

/** opgov's `Phase`, by the spec's lower-case names. */
export const PHASE = {
  conversation: Phase.Conversation,
  formation: Phase.Formation,
  organization: Phase.Organization,
  coordination: Phase.Coordination,
  completion: Phase.Completion,
} as const;

/** The lower-case phase names, by number. */
export const PHASE_NAMES = ["conversation", "formation", "organization", "coordination", "completion"] as const satisfies readonly (keyof typeof PHASE)[];

/** The phase number of a setup phase name. */
export const phaseNumber = (name: SetupPhaseName): Phase => PHASE[name];

const PARTY = { parent: Parties.ParentCircle, members: Parties.CellMembers, community: Parties.Community } as const satisfies Record<PolicyParty, number>;

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

/** An encoded action as `act` takes it, with a description for progress reports. */
export type EncodedAction = Action & { description: string };

/** keccak256 of the URI when the spec gave no hash. */
export function documentHash(doc: DocumentSpec): Hex {
  return doc.hash ?? keccak256(stringToHex(doc.uri));
}

/** A bytes32 salt as given, or keccak256 of a label. */
export function saltOf(salt: string): Hex {
  return isHex(salt) && salt.length === 66 ? salt : keccak256(stringToHex(salt));
}

/** The `Constraints` struct of a spec. */
export function encodeConstraints(spec: ConstraintsSpec): Constraints {
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

const described = (action: Action, description: string): EncodedAction => ({ ...action, description });

/** The public encoders (sdk/encoding) for the action kinds the setups use, with a description. */
export const encodeAction = {
  createCell: (parent: bigint, wearer: Address, metadata: DocumentSpec, description: string): EncodedAction =>
    described(encodeCreateCell({ parent, wearer, metadataUri: metadata.uri, metadataHash: documentHash(metadata) }), description),
  movePhase: (cell: bigint, to: Phase, description: string): EncodedAction => described(encodeMovePhase({ cell, to }), description),
  assignDomain: (owner: bigint, spenderHat: bigint, doc: DocumentSpec, description: string): EncodedAction =>
    described(encodeAssignDomain({ owner, spenderHat, descriptionUri: doc.uri, descriptionHash: documentHash(doc) }), description),
  delegateDomain: (parent: number, owner: bigint, spenderHat: bigint, doc: DocumentSpec, description: string): EncodedAction =>
    described(encodeDelegateDomain({ parent, owner, spenderHat, descriptionUri: doc.uri, descriptionHash: documentHash(doc) }), description),
  setBudget: (domain: number, token: Address, allowance: bigint, epochLength: number, description: string): EncodedAction =>
    described(encodeSetBudget({ domain, token, allowance, epochLength }), description),
};
