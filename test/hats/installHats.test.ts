import hre from "hardhat";
import { describe, expect, it } from "vitest";
import { HatsSdk } from "./hatsSdk.js";
import { HATS_V1_ADDRESS, installHats } from "./installHats.js";

describe("installHats", () => {
  it("puts HatsCompat's runtime code at Hats' address, where it starts from empty storage", async () => {
    const { viem, provider } = await hre.network.create();
    const { address, code } = await installHats({ viem, provider });
    expect(address).toBe(HATS_V1_ADDRESS);
    expect(address).toBe(HatsSdk.HATS_V1);
    // No immutables: the deployed code is the compiled runtime code, byte for byte.
    expect(code).toBe((await hre.artifacts.readArtifact("HatsCompat")).deployedBytecode);
    const publicClient = await viem.getPublicClient();
    expect(await publicClient.getCode({ address: HATS_V1_ADDRESS })).toBe(code);
    const hats = await viem.getContractAt("HatsCompat", HATS_V1_ADDRESS);
    expect(await hats.read.lastTopHatId()).toBe(0);
    expect(await hats.read.name()).toBe("Hats Protocol v1");
    const sdk = new HatsSdk.HatsClient({ chainId: 31337, publicClient });
    expect(await sdk.getTreesCount()).toBe(0);
  });
});
