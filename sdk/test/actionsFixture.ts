import { expect } from "vitest";
import type { Address } from "viem";
import { createOpGovClient, type OpGovClient } from "../client.js";
import type { ActorName, LocalChain } from "../../test/fixtures/chain.js";
import { loadOrg, threeCells, type ThreeCells } from "../../test/fixtures/org.js";

// The shared setup of the write-action tests: the `threeCells` organisation and an SDK client
// per actor.

/** The organisation, its chain, and `client(actor)` for SDK clients sending as that actor. */
export type ActionsFixture = {
  chain: LocalChain;
  org: ThreeCells;
  client: (who: ActorName) => OpGovClient;
};

/** Loads (or reverts to) the `threeCells` organisation and returns SDK clients for it. */
export async function loadActionsFixture(): Promise<ActionsFixture> {
  const { chain, data: org } = await loadOrg(threeCells);
  const deployment = {
    chainId: chain.addresses.chainId,
    hats: chain.addresses.hats,
    safe: chain.addresses.safe,
    opgov: chain.addresses.opgov,
  };
  const client = (who: ActorName) =>
    createOpGovClient({ publicClient: chain.publicClient, walletClient: chain.wallets[who], deployment, instance: org.opgov });
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
