import { predictOpGovContracts } from "../../deploy/opgov.js";
import { getAddress, keccak256, type Address, type Hex } from "viem";
import { beforeEach, describe, expect, it } from "vitest";
import { HATS_V1_ADDRESS, SAFE_1_5_0_CANONICAL_ADDRESSES, SAFE_SINGLETON_FACTORY_ADDRESS } from "../../sdk/chains/addresses.js";
import { matchesRuntimeCode, readProjectArtifact, readSafeArtifact } from "../../deploy/local/artifacts.js";
import { bootstrapLocalChain } from "../../deploy/local/bootstrap.js";
import { HATS_COMPAT_ARTIFACT } from "../../deploy/local/hats.js";
import { planSafeDeployments, SAFE_ARTIFACT_PATHS } from "../../deploy/local/safe.js";
import { SAFE_SINGLETON_FACTORY_RUNTIME_CODE } from "../../deploy/local/singletonFactory.js";
import { getCanonicalSafeDeployment, SAFE_CONTRACT_NAMES } from "../../deploy/safeDeployments.js";
import { loadLocalChain, type LocalChain } from "../fixtures/chain.js";

/** `code` with every occurrence of `addresses` (as immutables embed them) zeroed, as in the artifact. */
function withoutAddresses(code: Hex, addresses: readonly Address[]): Hex {
  let masked = code.toLowerCase();
  for (const address of addresses) masked = masked.replaceAll(address.slice(2).toLowerCase(), "0".repeat(40));
  return masked as Hex;
}

async function codeAt(chain: LocalChain, address: Address): Promise<Hex> {
  return (await chain.publicClient.getCode({ address })) ?? "0x";
}

/** The state root a block mined now would have: equal roots, equal state (code, storage, balances, nonces). */
async function stateRootNow(chain: LocalChain): Promise<Hex> {
  await chain.testClient.mine({ blocks: 1 });
  return (await chain.publicClient.getBlock()).stateRoot;
}

describe("planSafeDeployments", () => {
  it("puts every Safe 1.5.0 contract at its canonical address through the singleton factory with the zero salt", () => {
    const plans = planSafeDeployments();
    expect(plans.map(({ name }) => name)).toEqual(SAFE_CONTRACT_NAMES);
    for (const { name, address } of plans) expect({ name, address }).toEqual({ name, address: SAFE_1_5_0_CANONICAL_ADDRESSES[name] });
  });
});

describe("bootstrapLocalChain", () => {
  let chain: LocalChain;
  beforeEach(async () => {
    chain = await loadLocalChain();
  });

  it("installs the Safe Singleton Factory's runtime code at its canonical address", async () => {
    expect(chain.addresses.singletonFactory).toBe(SAFE_SINGLETON_FACTORY_ADDRESS);
    expect(await codeAt(chain, SAFE_SINGLETON_FACTORY_ADDRESS)).toBe(SAFE_SINGLETON_FACTORY_RUNTIME_CODE);
  });

  it("returns the canonical Safe 1.5.0 address of every Safe contract", () => {
    expect(chain.addresses.safe).toEqual(SAFE_1_5_0_CANONICAL_ADDRESSES);
  });

  it("leaves each Safe contract with the artifact's runtime code, differing only by the addresses its immutables hold", async () => {
    const { safe } = chain.addresses;
    // Immutables: MultiSend, SimulateTxAccessor and SafeToL2Setup keep their own address (to refuse
    // being called other than by delegatecall); SafeMigration its own and its three constructor arguments.
    const immutables: Partial<Record<string, readonly Address[]>> = {
      multiSend: [safe.multiSend],
      simulateTxAccessor: [safe.simulateTxAccessor],
      safeToL2Setup: [safe.safeToL2Setup],
      safeMigration: [safe.safeMigration, safe.safe, safe.safeL2, safe.compatibilityFallbackHandler],
    };
    const differing: string[] = [];
    for (const name of SAFE_CONTRACT_NAMES) {
      const code = await codeAt(chain, safe[name]);
      const { deployedBytecode } = readSafeArtifact(SAFE_ARTIFACT_PATHS[name]);
      if (code !== deployedBytecode) differing.push(name);
      expect({ name, code: withoutAddresses(code, immutables[name] ?? []) }).toEqual({ name, code: deployedBytecode.toLowerCase() });
    }
    expect(differing).toEqual(Object.keys(immutables));
  });

  it("leaves each Safe contract with the runtime code hash safe-deployments lists for its canonical deployment", async () => {
    for (const name of SAFE_CONTRACT_NAMES) {
      const code = await codeAt(chain, chain.addresses.safe[name]);
      expect({ name, codeHash: keccak256(code) }).toEqual({ name, codeHash: getCanonicalSafeDeployment(name)?.codeHash });
    }
  });

  it("installs HatsCompat's runtime code at Hats v1's canonical address", async () => {
    expect(chain.addresses.hats).toBe(HATS_V1_ADDRESS);
    const code = await codeAt(chain, HATS_V1_ADDRESS);
    expect(matchesRuntimeCode(code, readProjectArtifact(HATS_COMPAT_ARTIFACT))).toBe(true);
  });

  it("returns the chain id and the opgov contracts at their predicted addresses, wired together", async () => {
    expect(chain.addresses.chainId).toBe(31337);
    const { lens, extension, factory } = chain.addresses.opgov;
    expect(chain.addresses.opgov).toEqual(predictOpGovContracts(HATS_V1_ADDRESS));
    const read = (address: `0x${string}`, name: string) =>
      chain.publicClient.readContract({
        address,
        abi: [{ type: "function", name, inputs: [], outputs: [{ type: "address" }], stateMutability: "view" }],
        functionName: name,
      });
    expect(await read(extension, "LENS")).toBe(lens);
    expect(await read(factory, "EXTENSION")).toBe(extension);
    expect(await read(factory, "HATS")).toBe(HATS_V1_ADDRESS);
  });

  it("installs CellSafeSetup (the cell Safes' setup hook) at its predicted address", async () => {
    const code = await codeAt(chain, chain.addresses.opgov.cellSafeSetup);
    expect(matchesRuntimeCode(code, readProjectArtifact("contracts/CellSafeSetup.sol:CellSafeSetup"))).toBe(true);
  });

  it("reported installing everything with one transaction per Safe contract, one for HatsCompat, one for Multicall3Compat and four for opgov (lens, extension, factory, CellSafeSetup)", () => {
    const { bootstrapReport: report } = chain;
    expect(report.singletonFactory).toBe("installed");
    expect(Object.values(report.safe)).toEqual(SAFE_CONTRACT_NAMES.map(() => "installed"));
    expect(report.hats).toBe("installed");
    expect(report.multicall3).toBe("installed");
    expect(report.opgov).toEqual({ lens: "installed", extension: "installed", factory: "installed", cellSafeSetup: "installed" });
    expect(report.transactionHashes).toHaveLength(SAFE_CONTRACT_NAMES.length + 1 + 1 + 4);
    console.info(`bootstrap: ${report.transactionHashes.length} transactions, ${report.gasUsed.toLocaleString("en")} gas`);
  });

  it("sends no transaction and changes no state when run a second time", async () => {
    const deployer = chain.actors.deployer;
    const blockBefore = await chain.publicClient.getBlockNumber();
    const nonceBefore = await chain.publicClient.getTransactionCount({ address: deployer });
    const snapshot = await chain.testClient.snapshot();
    const rootWithout = await stateRootNow(chain);
    await chain.testClient.revert({ id: snapshot });

    const started = performance.now();
    const again = await bootstrapLocalChain({ provider: chain.provider, publicClient: chain.publicClient, walletClient: chain.wallets.deployer });
    const elapsed = performance.now() - started;

    expect(again.addresses).toEqual(chain.addresses);
    expect(again.report).toEqual({
      singletonFactory: "present",
      safe: Object.fromEntries(SAFE_CONTRACT_NAMES.map((name) => [name, "present"])),
      hats: "present",
      multicall3: "present",
      opgov: { lens: "present", extension: "present", factory: "present", cellSafeSetup: "present" },
      transactionHashes: [],
      gasUsed: 0n,
    });
    expect(await chain.publicClient.getBlockNumber()).toBe(blockBefore);
    expect(await chain.publicClient.getTransactionCount({ address: deployer })).toBe(nonceBefore);
    expect(await stateRootNow(chain)).toBe(rootWithout);
    console.info(`bootstrap on a bootstrapped chain: ${elapsed.toFixed(0)} ms, no transaction`);
  });

  it("gives every test the bootstrapped state back", async () => {
    const { alice, stranger } = chain.actors;
    const balance = await chain.publicClient.getBalance({ address: stranger });
    await chain.wallets.alice.sendTransaction({ to: stranger, value: 1n });
    await chain.testClient.setCode({ address: SAFE_SINGLETON_FACTORY_ADDRESS, bytecode: "0x" });
    const started = performance.now();
    const reloaded = await loadLocalChain();
    const elapsed = performance.now() - started;
    expect(await reloaded.publicClient.getBalance({ address: stranger })).toBe(balance);
    expect(await codeAt(reloaded, SAFE_SINGLETON_FACTORY_ADDRESS)).toBe(SAFE_SINGLETON_FACTORY_RUNTIME_CODE);
    expect(getAddress(alice)).toBe(alice);
    console.info(`loadLocalChain after the first: ${elapsed.toFixed(1)} ms`);
  });
});
