import hre from "hardhat";
import {
  type Abi,
  type Address,
  BaseError,
  ContractFunctionRevertedError,
  type Hash,
  getAddress,
  parseEventLogs,
} from "viem";
import { expect } from "vitest";
import { HatsSdk } from "./hatsSdk.js";
import { HATS_V1_ADDRESS } from "../../sdk/chains/addresses.js";
import { installHatsCompat } from "../../deploy/local/hats.js";

/** The id of the top hat of tree `domain`. */
export function topHatId(domain: number): bigint {
  return BigInt(domain) << 224n;
}

/** The id of child `index` of `admin` at local level `level` (1..14). */
export function childId(admin: bigint, level: number, index: number): bigint {
  return admin | (BigInt(index) << BigInt(16 * (14 - level)));
}

/**
 * One in-process Hardhat network with `HatsCompat` installed at Hats' address, named accounts, the
 * typed contract, the real Hats SDK client and the test modules. Call once per test file.
 */
export async function connectHats() {
  const { viem, provider, networkHelpers } = await hre.network.create();
  const publicClient = await viem.getPublicClient();
  const walletClients = await viem.getWalletClients();
  // The same installation the local-chain bootstrap does.
  await installHatsCompat({ provider, publicClient, walletClient: walletClients[0]! });
  const address = (i: number): Address => {
    const client = walletClients[i];
    if (client === undefined) throw new RangeError(`no wallet client ${i}`);
    return getAddress(client.account.address);
  };
  const accounts = {
    dao: address(0),
    alice: address(1),
    bob: address(2),
    carol: address(3),
    dave: address(4),
    erin: address(5),
    /** An EOA used as a humanistic toggle. */
    toggleEoa: address(6),
    /** An EOA used as a humanistic eligibility module. */
    eligibilityEoa: address(7),
  };
  const hats = await viem.getContractAt("HatsCompat", HATS_V1_ADDRESS);
  const sdk = new HatsSdk.HatsClient({
    chainId: 31337,
    publicClient,
    walletClient: walletClients[0],
  });

  /** Decoded Hats events of a mined transaction, in log order. */
  async function hatsEvents(hash: Hash) {
    const receipt = await publicClient.waitForTransactionReceipt({ hash });
    return parseEventLogs({ abi: hats.abi, logs: receipt.logs }).map((log) => ({
      eventName: log.eventName,
      args: log.args as Record<string, unknown>,
    }));
  }

  return { viem, provider, networkHelpers, publicClient, walletClients, accounts, hats, sdk, hatsEvents };
}

export type HatsConnection = Awaited<ReturnType<typeof connectHats>>;

/**
 * Builds the tree most tests start from and returns its ids:
 *
 *     top (dao)                                   no modules (a top hat)
 *     ├── cell (alice)          toggle, eligibility: the mock modules; mutable; max 3
 *     │   └── member (bob)      toggle, eligibility: the mock modules; mutable; max 10
 *     ├── humanistic (bob)      toggle: toggleEoa, eligibility: eligibilityEoa; mutable; max 5
 *     └── frozen (carol)        mock modules; immutable; max 1
 */
export async function buildTree(connection: HatsConnection) {
  const { viem, hats, accounts } = connection;
  const toggle = await viem.deployContract("ToggleModuleMock");
  const eligibility = await viem.deployContract("EligibilityModuleMock");
  const top = topHatId(1);
  await hats.write.mintTopHat([accounts.dao, "community", "ipfs://top"], { account: accounts.dao });
  const cell = childId(top, 1, 1);
  const member = childId(cell, 2, 1);
  const humanistic = childId(top, 1, 2);
  const frozen = childId(top, 1, 3);
  const mocks = [eligibility.address, toggle.address] as const;
  await hats.write.createHat([top, "cell", 3, ...mocks, true, ""], { account: accounts.dao });
  await hats.write.createHat([cell, "member", 10, ...mocks, true, ""], { account: accounts.dao });
  await hats.write.createHat([top, "humanistic", 5, accounts.eligibilityEoa, accounts.toggleEoa, true, ""], {
    account: accounts.dao,
  });
  await hats.write.createHat([top, "frozen", 1, ...mocks, false, "ipfs://frozen"], { account: accounts.dao });
  await hats.write.batchMintHats(
    [
      [cell, member, humanistic, frozen],
      [accounts.alice, accounts.bob, accounts.bob, accounts.carol],
    ],
    { account: accounts.dao },
  );
  return { toggle, eligibility, ids: { top, cell, member, humanistic, frozen } };
}

/** The custom error a failed call or transaction reverted with, decoded by viem. */
export async function revertOf(promise: Promise<unknown>): Promise<{ errorName: string; args: readonly unknown[] }> {
  const outcome = await promise.then(
    () => ({ ok: true as const }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  if (outcome.ok) throw new Error("expected a revert, but the call succeeded");
  const { error } = outcome;
  if (!(error instanceof BaseError)) throw error;
  const revert = error.walk((e) => e instanceof ContractFunctionRevertedError);
  if (!(revert instanceof ContractFunctionRevertedError) || revert.data === undefined) throw error;
  return { errorName: revert.data.errorName, args: revert.data.args ?? [] };
}

/** Asserts that `promise` reverts with exactly `errorName(...args)`. */
export async function expectRevert(promise: Promise<unknown>, errorName: string, args: readonly unknown[] = []) {
  expect(await revertOf(promise)).toEqual({ errorName, args });
}

/** Reads a custom error's name and arguments out of an ABI, for ABI-level assertions. */
export function abiEntry(abi: Abi, type: string, name: string) {
  return abi.filter((item) => item.type === type && "name" in item && item.name === name);
}
