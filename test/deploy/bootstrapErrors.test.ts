import { createWalletClient, custom, keccak256 } from "viem";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { HATS_V1_ADDRESS, SAFE_1_5_0_CANONICAL_ADDRESSES, SAFE_SINGLETON_FACTORY_ADDRESS } from "../../sdk/chains/addresses.js";
import { OpgovDeployError } from "../../deploy/errors.js";
import { bootstrapLocalChain } from "../../deploy/local/bootstrap.js";
import { ArtifactNotFoundError, MissingAccountError, SetCodeUnsupportedError, UnexpectedCodeError } from "../../deploy/local/errors.js";
import { HATS_COMPAT_ARTIFACT } from "../../deploy/local/hats.js";
import type { Eip1193Provider } from "../../deploy/local/rpc.js";
import { installSafeContracts } from "../../deploy/local/safe.js";
import { installSingletonFactory, SAFE_SINGLETON_FACTORY_RUNTIME_CODE } from "../../deploy/local/singletonFactory.js";
import { SAFE_CONTRACT_NAMES } from "../../deploy/safeDeployments.js";
import { createChain, type ChainClients } from "../fixtures/chain.js";

// These tests start from an empty chain (nothing installed), restored before each test.
let chain: ChainClients;
let clean: `0x${string}`;
beforeAll(async () => {
  chain = await createChain();
  clean = await chain.testClient.snapshot();
});
beforeEach(async () => {
  await chain.testClient.revert({ id: clean });
  clean = await chain.testClient.snapshot();
});
afterAll(async () => {
  await chain.connection.close();
});

function clients(overrides: Partial<Parameters<typeof bootstrapLocalChain>[0]> = {}): Parameters<typeof bootstrapLocalChain>[0] {
  return { provider: chain.provider, publicClient: chain.publicClient, walletClient: chain.wallets.deployer, ...overrides };
}

/** A provider like a live node's: everything but `hardhat_setCode`, which it does not know. */
function withoutSetCode(): Eip1193Provider {
  return {
    request: async (args) => {
      if (args.method === "hardhat_setCode")
        throw Object.assign(new Error(`the method ${args.method} does not exist/is not available`), { code: -32601 });
      return chain.provider.request(args);
    },
  };
}

describe("bootstrapLocalChain on a chain without hardhat_setCode", () => {
  it("throws SetCodeUnsupportedError naming the factory address, with the node's error as cause", async () => {
    const error = await bootstrapLocalChain(clients({ provider: withoutSetCode() })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SetCodeUnsupportedError);
    expect(error).toBeInstanceOf(OpgovDeployError);
    expect(error).toMatchObject({
      name: "SetCodeUnsupportedError",
      shortMessage: "The provider does not support hardhat_setCode.",
      cause: { code: -32601 },
    });
    expect((error as SetCodeUnsupportedError).details).toContain(SAFE_SINGLETON_FACTORY_ADDRESS);
  });

  it("needs no hardhat_setCode once the factory is there, and fails only at the Hats step", async () => {
    await installSingletonFactory({ provider: chain.provider, publicClient: chain.publicClient });
    await installSafeContracts(clients());
    const error = await bootstrapLocalChain(clients({ provider: withoutSetCode() })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SetCodeUnsupportedError);
    expect((error as SetCodeUnsupportedError).details).toContain(HATS_V1_ADDRESS);
  });
});

describe("bootstrapLocalChain without artifacts", () => {
  it("throws ArtifactNotFoundError naming HatsCompat and telling to run `npx hardhat build`", async () => {
    const error = await bootstrapLocalChain(clients({ artifactsDir: "/nonexistent/artifacts" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArtifactNotFoundError);
    expect(error).toMatchObject({ name: "ArtifactNotFoundError", artifact: HATS_COMPAT_ARTIFACT, shortMessage: `Artifact ${HATS_COMPAT_ARTIFACT} not found.` });
    expect((error as ArtifactNotFoundError).details).toContain("Run `npx hardhat build` first.");
    expect((error as ArtifactNotFoundError).details).toContain("/nonexistent/artifacts/contracts/local/HatsCompat.sol/HatsCompat.json");
  });
});

describe("bootstrapLocalChain with a wallet client without account", () => {
  it("throws MissingAccountError before changing anything", async () => {
    const walletClient = createWalletClient({ transport: custom(chain.provider) });
    const error = await bootstrapLocalChain(clients({ walletClient })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingAccountError);
    expect(await chain.publicClient.getCode({ address: SAFE_SINGLETON_FACTORY_ADDRESS })).toBeUndefined();
  });
});

describe("bootstrapLocalChain on a chain with other code at a canonical address", () => {
  it("throws UnexpectedCodeError naming the Safe contract whose address is taken", async () => {
    const squatter = "0x6000" as const;
    await chain.testClient.setCode({ address: SAFE_1_5_0_CANONICAL_ADDRESSES.multiSend, bytecode: squatter });
    const error = await bootstrapLocalChain(clients()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedCodeError);
    expect(error).toMatchObject({ name: "UnexpectedCodeError", contract: "MultiSend", address: SAFE_1_5_0_CANONICAL_ADDRESSES.multiSend });
    expect((error as UnexpectedCodeError).details).toContain(keccak256(squatter));
  });

  it("throws UnexpectedCodeError when the singleton factory's address holds other code", async () => {
    await chain.testClient.setCode({ address: SAFE_SINGLETON_FACTORY_ADDRESS, bytecode: "0x00" });
    const error = await bootstrapLocalChain(clients()).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "UnexpectedCodeError", contract: "SafeSingletonFactory", address: SAFE_SINGLETON_FACTORY_ADDRESS });
  });

  it("keeps other code at the Hats address (as the real Hats v1 on a fork) and reports it as kept", async () => {
    const other = "0x600160005260206000f3" as const;
    await chain.testClient.setCode({ address: HATS_V1_ADDRESS, bytecode: other });
    const { report } = await bootstrapLocalChain(clients());
    expect(report.hats).toBe("kept");
    expect(await chain.publicClient.getCode({ address: HATS_V1_ADDRESS })).toBe(other);
  });
});

describe("bootstrapLocalChain on a partly bootstrapped chain", () => {
  it("installs only what is missing", async () => {
    await installSingletonFactory({ provider: chain.provider, publicClient: chain.publicClient });
    const first = await installSafeContracts(clients());
    expect(first.transactionHashes).toHaveLength(SAFE_CONTRACT_NAMES.length);

    const { report } = await bootstrapLocalChain(clients());
    expect(report.singletonFactory).toBe("present");
    expect(Object.values(report.safe)).toEqual(SAFE_CONTRACT_NAMES.map(() => "present"));
    expect(report.hats).toBe("installed");
    expect(report.multicall3).toBe("installed");
    expect(report.opgov).toEqual({ lens: "installed", extension: "installed", factory: "installed", cellSafeSetup: "installed" });
    expect(report.transactionHashes).toHaveLength(1 + 1 + 4);
    expect(await chain.publicClient.getCode({ address: SAFE_SINGLETON_FACTORY_ADDRESS })).toBe(SAFE_SINGLETON_FACTORY_RUNTIME_CODE);
  });
});
