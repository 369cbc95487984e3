import hre from "hardhat";
import { describe, expect, it } from "vitest";
import { HATS_V1_ADDRESS } from "../../sdk/chains/addresses.js";
import { installHatsCompat } from "../../deploy/local/hats.js";
import { HatsSdk } from "./hatsSdk.js";

// The Hats tests run on the installation the local-chain bootstrap does (deploy/local/hats.ts);
// here, what they rely on from it.
describe("installHatsCompat, as the Hats tests use it", () => {
  it("puts HatsCompat at the address the Hats SDK talks to, with no trees yet", async () => {
    const { viem, provider } = await hre.network.create();
    const publicClient = await viem.getPublicClient();
    const [walletClient] = await viem.getWalletClients();
    const { address, status } = await installHatsCompat({ provider, publicClient, walletClient: walletClient! });
    expect(status).toBe("installed");
    expect(address).toBe(HATS_V1_ADDRESS);
    expect(address).toBe(HatsSdk.HATS_V1);
    const hats = await viem.getContractAt("HatsCompat", HATS_V1_ADDRESS);
    expect(await hats.read.lastTopHatId()).toBe(0);
    expect(await hats.read.name()).toBe("Hats Protocol v1");
    expect(await new HatsSdk.HatsClient({ chainId: 31337, publicClient }).getTreesCount()).toBe(0);
  });
});
