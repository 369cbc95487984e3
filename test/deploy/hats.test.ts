import type { HatsClient } from "@hatsprotocol/sdk-v1-core";
import type { Hash } from "viem";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { loadLocalChain, type LocalChain } from "../fixtures/chain.js";
import { HatsSdk } from "../hats/hatsSdk.js";

// The real Hats SDK (@hatsprotocol/sdk-v1-core, which always talks to 0x3bc1…d137) against the
// HatsCompat the bootstrap installed. The SDK is loaded from its ES module build, as bundlers load
// it (see test/hats/hatsSdk.ts), so its named errors work. Gas is printed for information.

const TOP_HAT_1 = 1n << 224n;
const FIRST_CHILD_OF_TOP_HAT_1 = TOP_HAT_1 | (1n << 208n);

const gas: Record<string, bigint> = {};
afterAll(() => {
  console.info(["gas, HatsCompat via HatsClient:", ...Object.entries(gas).map(([what, used]) => `  ${what}: ${used.toLocaleString("en")}`)].join("\n"));
});

function hatsClient(chain: LocalChain, actor: "community" | "operator"): HatsClient {
  return new HatsSdk.HatsClient({ chainId: chain.addresses.chainId, publicClient: chain.publicClient, walletClient: chain.wallets[actor] });
}

async function gasOf(chain: LocalChain, hash: Hash): Promise<bigint> {
  return (await chain.publicClient.getTransactionReceipt({ hash })).gasUsed;
}

describe("HatsClient on the bootstrapped chain", () => {
  let chain: LocalChain;
  beforeEach(async () => {
    chain = await loadLocalChain();
  });

  it("mints a top hat to the community, then creates a child hat and mints it to alice", async () => {
    const { community, alice, bob } = chain.actors;
    const hats = hatsClient(chain, "community");

    const top = await hats.mintTopHat({ account: community, target: community, details: "opgov community", imageURI: "ipfs://top" });
    expect(top).toMatchObject({ status: "success", hatId: TOP_HAT_1 });
    gas["mintTopHat"] = await gasOf(chain, top.transactionHash);
    expect(await hats.isWearerOfHat({ wearer: community, hatId: TOP_HAT_1 })).toBe(true);
    expect(await hats.isAdminOfHat({ user: community, hatId: TOP_HAT_1 })).toBe(true);

    const child = await hats.createHat({
      account: community,
      admin: TOP_HAT_1,
      details: "cell: stewards",
      maxSupply: 3,
      eligibility: community,
      toggle: community,
      mutable: true,
      imageURI: "ipfs://stewards",
    });
    expect(child).toMatchObject({ status: "success", hatId: FIRST_CHILD_OF_TOP_HAT_1 });
    gas["createHat (child of a top hat)"] = await gasOf(chain, child.transactionHash);

    const minted = await hats.mintHat({ account: community, hatId: FIRST_CHILD_OF_TOP_HAT_1, wearer: alice });
    expect(minted.status).toBe("success");
    gas["mintHat"] = await gasOf(chain, minted.transactionHash);

    expect(await hats.viewHat(FIRST_CHILD_OF_TOP_HAT_1)).toEqual({
      details: "cell: stewards",
      maxSupply: 3,
      supply: 1,
      eligibility: community,
      toggle: community,
      imageUri: "ipfs://stewards",
      numChildren: 0,
      mutable: true,
      active: true,
    });
    expect(await hats.isWearerOfHat({ wearer: alice, hatId: FIRST_CHILD_OF_TOP_HAT_1 })).toBe(true);
    expect(await hats.isWearerOfHat({ wearer: bob, hatId: FIRST_CHILD_OF_TOP_HAT_1 })).toBe(false);
    expect(await hats.isAdminOfHat({ user: community, hatId: FIRST_CHILD_OF_TOP_HAT_1 })).toBe(true);
    expect(await hats.isAdminOfHat({ user: alice, hatId: FIRST_CHILD_OF_TOP_HAT_1 })).toBe(false);
    expect((await hats.viewHat(TOP_HAT_1)).numChildren).toBe(1);
  });

  it("refuses, with the SDK's NotAdminError, a child hat created by a non-admin", async () => {
    const { community, operator } = chain.actors;
    await hatsClient(chain, "community").mintTopHat({ account: community, target: community, details: "opgov community" });
    const create = hatsClient(chain, "operator").createHat({
      account: operator,
      admin: TOP_HAT_1,
      details: "not allowed",
      maxSupply: 1,
      eligibility: operator,
      toggle: operator,
      mutable: true,
    });
    await expect(create).rejects.toBeInstanceOf(HatsSdk.NotAdminError);
    expect((await hatsClient(chain, "community").viewHat(TOP_HAT_1)).numChildren).toBe(0);
  });

  it("reverts with Hats' NotAdmin(user, hatId) when a non-admin calls createHat directly", async () => {
    const { community, operator } = chain.actors;
    await hatsClient(chain, "community").mintTopHat({ account: community, target: community, details: "opgov community" });
    const create = chain.publicClient.simulateContract({
      account: operator,
      address: chain.addresses.hats,
      abi: HatsSdk.HATS_ABI,
      functionName: "createHat",
      args: [TOP_HAT_1, "not allowed", 1, operator, operator, true, ""],
    });
    // Like Hats v1, the admin check is on the id the new hat would get.
    await expect(create).rejects.toMatchObject({
      cause: { name: "ContractFunctionRevertedError", data: { errorName: "NotAdmin", args: [operator, FIRST_CHILD_OF_TOP_HAT_1] } },
    });
  });

  it("starts every test without hats: the tree of an earlier test is gone", async () => {
    const hats = hatsClient(chain, "community");
    expect(await hats.isWearerOfHat({ wearer: chain.actors.community, hatId: TOP_HAT_1 })).toBe(false);
    expect((await hats.viewHat(TOP_HAT_1)).maxSupply).toBe(0);
  });
});
