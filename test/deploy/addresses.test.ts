import { getAddress } from "viem";
import { describe, expect, it } from "vitest";
import { HATS_V1_ADDRESS, SAFE_1_5_0_CANONICAL_ADDRESSES, SAFE_SINGLETON_FACTORY_ADDRESS } from "../../sdk/chains/addresses.js";
import { getCanonicalSafeDeployment, getSafeAddresses, getSafeChainIds, SAFE_CONTRACT_NAMES } from "../../deploy/safeDeployments.js";

describe("SAFE_1_5_0_CANONICAL_ADDRESSES", () => {
  it("lists exactly the canonical address safe-deployments gives for each Safe 1.5.0 contract", () => {
    expect(Object.keys(SAFE_1_5_0_CANONICAL_ADDRESSES).sort()).toEqual([...SAFE_CONTRACT_NAMES].sort());
    for (const name of SAFE_CONTRACT_NAMES)
      expect({ name, address: SAFE_1_5_0_CANONICAL_ADDRESSES[name] }).toEqual({ name, address: getCanonicalSafeDeployment(name)?.address });
  });
});

describe("getSafeAddresses", () => {
  it("returns the canonical addresses on Ethereum mainnet and Sepolia", () => {
    expect(getSafeAddresses(1)).toEqual(SAFE_1_5_0_CANONICAL_ADDRESSES);
    expect(getSafeAddresses(11155111)).toEqual(SAFE_1_5_0_CANONICAL_ADDRESSES);
  });

  it("returns undefined for a chain safe-deployments does not list, such as the local chain", () => {
    expect(getSafeAddresses(31337)).toBeUndefined();
  });
});

describe("getSafeChainIds", () => {
  it("lists the chains with every Safe 1.5.0 contract, in ascending order", () => {
    const chainIds = getSafeChainIds();
    expect(chainIds).toContain(1);
    expect(chainIds).toContain(10);
    expect(chainIds).toContain(8453);
    expect(chainIds).not.toContain(31337);
    expect([...chainIds].sort((a, b) => a - b)).toEqual(chainIds);
  });
});

describe("constants", () => {
  it("are EIP-55 checksummed addresses", () => {
    for (const address of [HATS_V1_ADDRESS, SAFE_SINGLETON_FACTORY_ADDRESS, ...Object.values(SAFE_1_5_0_CANONICAL_ADDRESSES)])
      expect(getAddress(address)).toBe(address);
  });
});
