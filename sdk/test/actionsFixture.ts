import { expect } from "vitest";
import type { Address, Hex } from "viem";
import { proposeRound } from "../actions/proposeRound.js";
import { objectToRound } from "../actions/objectToRound.js";
import { amendRound } from "../actions/amendRound.js";
import { encodePolicyDecision } from "../encoding/actions.js";
import type { RoundContent } from "../encoding/types.js";
import type { OpGovClient } from "../client.js";
import { sdkClient } from "../../test/fixtures/sdk.js";
import type { ActorName, LocalChain } from "../../test/fixtures/chain.js";
import { docHash, loadOrg, threeCells, type ThreeCells } from "../../test/fixtures/org.js";

// The shared setup of the write-action tests: the `threeCells` organisation, an SDK client per
// actor (test/fixtures/sdk.ts), and round helpers.

/** The organisation, its chain, and `client(actor)` for SDK clients sending as that actor. */
export type ActionsFixture = {
  chain: LocalChain;
  org: ThreeCells;
  client: (who: ActorName) => OpGovClient;
};

/** Loads (or reverts to) the `threeCells` organisation and returns SDK clients for it. */
export async function loadActionsFixture(): Promise<ActionsFixture> {
  const { chain, data: org } = await loadOrg(threeCells);
  const client = (who: ActorName) => sdkClient(chain, who, org);
  return { chain, org, client };
}

/**
 * Asserts that `run` throws an instance of `errorClass` and sends nothing (the sender's nonce does
 * not move); returns the error.
 */
export async function expectNothingSent<error extends Error>(
  chain: LocalChain,
  who: Address,
  run: () => Promise<unknown>,
  errorClass: abstract new (...args: never[]) => error,
): Promise<error> {
  const before = await chain.publicClient.getTransactionCount({ address: who });
  const caught = await run().then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(caught, `expected ${errorClass.name}`).toBeInstanceOf(errorClass);
  expect(await chain.publicClient.getTransactionCount({ address: who })).toBe(before);
  return caught as error;
}

/** Moves the chain's clock forward and mines a block. */
export async function warp(chain: LocalChain, seconds: number): Promise<void> {
  await chain.testClient.increaseTime({ seconds });
  await chain.testClient.mine({ blocks: 1 });
}

/** One hour, the community's minimum window in the fixture. */
export const HOUR = 3600;

/**
 * Proposes a policy decision in cell A (alice or bob, members of A, propose; members of A may
 * object) through the SDK; returns what proposeRound returns.
 */
export async function proposePolicy(f: ActionsFixture, who: ActorName = "alice", salt = "salt") {
  return proposeRound(f.client(who), {
    scope: f.org.cells.a,
    actions: [encodePolicyDecision({ uri: "ipfs://policy", contentHash: docHash("policy") })],
    window: HOUR,
    rationaleUri: "ipfs://why",
    rationaleHash: docHash("why"),
    salt: docHash(salt),
  });
}

/** Bob (a member of A) objects to a round proposed by {@link proposePolicy}. */
export async function bobObjects(f: ActionsFixture, round: { round: Hex; content: RoundContent }) {
  return objectToRound(f.client("bob"), {
    round: round.round,
    objectorHats: round.content.objectorHats,
    reasonUri: "ipfs://reason",
    reasonHash: docHash("reason"),
  });
}

/** Alice amends a round from {@link proposePolicy} with another policy text; returns what amendRound returns. */
export async function amendPolicy(f: ActionsFixture, round: { round: Hex; content: RoundContent }) {
  return amendRound(f.client("alice"), {
    round: round.round,
    current: round.content,
    actions: [encodePolicyDecision({ uri: "ipfs://policy-2", contentHash: docHash("policy-2") })],
    rationaleUri: "ipfs://why-2",
    rationaleHash: docHash("why-2"),
    window: HOUR,
  });
}
