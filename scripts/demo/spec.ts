import { parseEther, zeroAddress, type Address } from "viem";
import type { OrganizationSpec } from "../../sdk/index.js";
import type { DemoActor } from "./chain.js";

// The demo's organisation, "Riverside Commons": a community whose treasury Safe the operator runs
// (1-of-1 during setup), and three cells:
// - ops (the anchor circle): alice, bob and carol with a 2-of-3 Safe, which wears ops' cell hat
//   (so ops decides escalations from its sub-cells through a Safe transaction two of them sign);
//   bob is treasurer;
// - tooling, a sub-cell of ops: dave and erin with a 1-of-2 Safe; its budget is a slice of ops';
// - research, a top-level cell: frank and grace with a 1-of-2 Safe; a 7-day budget epoch.

/** Seconds in an hour and a day. */
export const HOUR = 3_600;
export const DAY = 86_400;

/** The demo's ERC-20 (deployed by the demo from `contracts/test/TestTokens.sol`). */
export const TOKEN = { name: "Test USD", symbol: "TUSD", decimals: 18 } as const;

/** The organisation spec of the demo. */
export function demoSpec(actors: Record<DemoActor, Address>, tusd: Address): OrganizationSpec {
  const { operator, alice, bob, carol, dave, erin, frank, grace } = actors;
  // The community's policy: a policy decision may be objected to by the cell's members and by its
  // parent circle (the protocol's minimum is the members alone).
  const constraints = { minWindow: HOUR, maxWindow: 14 * DAY, executionWindow: 7 * DAY, requiredParties: { policyDecision: ["parent", "members"] as const } };
  return {
    community: { name: "Riverside Commons" },
    treasury: { owners: [operator], threshold: 1, saltNonce: "1" },
    opgov: {
      salt: "riverside-commons",
      constraints,
      tokens: [
        { address: zeroAddress, capPerDomain: parseEther("100") },
        { address: tusd, capPerDomain: parseEther("1000000") },
      ],
    },
    anchor: "ops",
    cells: [
      {
        key: "ops",
        metadata: { uri: "ipfs://riverside/cells/ops" },
        members: [alice, bob, carol],
        safe: { threshold: 2, saltNonce: "1" },
        roles: [{ details: "ops: treasurer", maxSupply: 1, wearers: [bob] }],
        groupState: { uri: "ipfs://riverside/ops/state-v1" },
        phase: "coordination",
      },
      {
        key: "tooling",
        parent: "ops",
        metadata: { uri: "ipfs://riverside/cells/tooling" },
        members: [dave, erin],
        safe: { threshold: 1, saltNonce: "2" },
        groupState: { uri: "ipfs://riverside/tooling/state-v1" },
        phase: "organization",
      },
      {
        key: "research",
        metadata: { uri: "ipfs://riverside/cells/research" },
        members: [frank, grace],
        safe: { threshold: 1, saltNonce: "3" },
        groupState: { uri: "ipfs://riverside/research/state-v1" },
        phase: "organization",
      },
    ],
    domains: [
      {
        key: "ops-budget",
        owner: "ops",
        description: { uri: "ipfs://riverside/domains/operations" },
        budgets: [
          { token: tusd, allowance: parseEther("10000"), epochLength: 30 * DAY },
          { token: zeroAddress, allowance: parseEther("5"), epochLength: 30 * DAY },
        ],
      },
      {
        key: "tooling-budget",
        owner: "tooling",
        parent: "ops-budget",
        description: { uri: "ipfs://riverside/domains/tooling" },
        budgets: [{ token: tusd, allowance: parseEther("2000") }],
      },
      {
        key: "research-budget",
        owner: "research",
        description: { uri: "ipfs://riverside/domains/research" },
        budgets: [{ token: tusd, allowance: parseEther("1000"), epochLength: 7 * DAY }],
      },
    ],
  };
}
