import { concatHex, encodeAbiParameters, keccak256, type Address, type Hash, type Hex } from "viem";
import type { SafeContractAddresses, SafeContractName } from "../../sdk/chains/addresses.js";
import { getCanonicalSafeDeployment, SAFE_CONTRACT_NAMES } from "../safeDeployments.js";
import { readSafeArtifact } from "./artifacts.js";
import { CanonicalAddressMismatchError, DeploymentFailedError, SafeDeploymentNotListedError, UnexpectedCodeError } from "./errors.js";
import type { LocalChainClients } from "./rpc.js";
import { deployDeterministic, getDeterministicAddress, type InstallStatus } from "./singletonFactory.js";

/** Where each Safe 1.5.0 contract's artifact sits below `build/artifacts/contracts/`. */
export const SAFE_ARTIFACT_PATHS: { readonly [name in SafeContractName]: string } = {
  safe: "Safe.sol/Safe.json",
  safeL2: "SafeL2.sol/SafeL2.json",
  safeProxyFactory: "proxies/SafeProxyFactory.sol/SafeProxyFactory.json",
  multiSend: "libraries/MultiSend.sol/MultiSend.json",
  multiSendCallOnly: "libraries/MultiSendCallOnly.sol/MultiSendCallOnly.json",
  compatibilityFallbackHandler: "handler/CompatibilityFallbackHandler.sol/CompatibilityFallbackHandler.json",
  signMessageLib: "libraries/SignMessageLib.sol/SignMessageLib.json",
  createCall: "libraries/CreateCall.sol/CreateCall.json",
  simulateTxAccessor: "accessors/SimulateTxAccessor.sol/SimulateTxAccessor.json",
  safeToL2Setup: "libraries/SafeToL2Setup.sol/SafeToL2Setup.json",
  tokenCallbackHandler: "handler/TokenCallbackHandler.sol/TokenCallbackHandler.json",
  extensibleFallbackHandler: "handler/ExtensibleFallbackHandler.sol/ExtensibleFallbackHandler.json",
  safeMigration: "libraries/SafeMigration.sol/SafeMigration.json",
};

/** One planned Safe deployment: what to send and where it must land. */
export type SafeDeploymentPlan = {
  name: SafeContractName;
  /** The contract's name in safe-deployments. */
  contractName: string;
  initCode: Hex;
  address: Address;
  /** keccak256 of the canonical runtime code. */
  codeHash: Hex;
};

/**
 * Plans the Safe 1.5.0 deployments: reads each artifact, appends constructor arguments (only
 * SafeMigration has some: the Safe and SafeL2 singletons and the compatibility fallback handler),
 * computes the CREATE2 address through the singleton factory and checks it against the canonical
 * address in safe-deployments. Sends nothing.
 *
 * @returns One plan per contract, in deployment order.
 * @throws {ArtifactNotFoundError} When an artifact is missing.
 * @throws {SafeDeploymentNotListedError} When safe-deployments lists no canonical deployment.
 * @throws {CanonicalAddressMismatchError} When a contract would not land at its canonical address.
 * @example
 * ```ts
 * for (const { contractName, address } of planSafeDeployments()) console.log(contractName, address);
 * ```
 */
export function planSafeDeployments(): SafeDeploymentPlan[] {
  const plans: SafeDeploymentPlan[] = [];
  const planned: Partial<Record<SafeContractName, Address>> = {};
  for (const name of SAFE_CONTRACT_NAMES) {
    const artifact = readSafeArtifact(SAFE_ARTIFACT_PATHS[name]);
    const canonical = getCanonicalSafeDeployment(name);
    if (!canonical) throw new SafeDeploymentNotListedError({ contract: artifact.contractName });
    let initCode = artifact.bytecode;
    if (name === "safeMigration") {
      const { safe, safeL2, compatibilityFallbackHandler } = planned as SafeContractAddresses;
      const args = encodeAbiParameters([{ type: "address" }, { type: "address" }, { type: "address" }], [safe, safeL2, compatibilityFallbackHandler]);
      initCode = concatHex([initCode, args]);
    }
    const address = getDeterministicAddress(initCode);
    if (address !== canonical.address)
      throw new CanonicalAddressMismatchError({ contract: canonical.contractName, computed: address, canonical: canonical.address });
    planned[name] = address;
    plans.push({ name, contractName: canonical.contractName, initCode, address, codeHash: canonical.codeHash });
  }
  return plans;
}

/** What `installSafeContracts` did. */
export type InstallSafeContractsReturnType = {
  addresses: SafeContractAddresses;
  status: { readonly [name in SafeContractName]: InstallStatus };
  transactionHashes: Hash[];
  gasUsed: bigint;
};

/**
 * Deploys every Safe 1.5.0 contract missing from the chain through the Safe Singleton Factory
 * (which must already be installed), at its canonical address, and checks each runtime code hash
 * against safe-deployments. Contracts already in place are left alone.
 *
 * @param clients - `publicClient` and `walletClient` (pays for the deployments).
 * @returns The addresses, what was installed, and the transactions sent.
 * @throws {CanonicalAddressMismatchError} When a contract would not land at its canonical address.
 * @throws {UnexpectedCodeError} When a canonical address holds other code.
 * @throws {DeploymentFailedError} When a deployment reverts or its runtime code is not the canonical one.
 * @example
 * ```ts
 * await installSingletonFactory(clients);
 * const { addresses } = await installSafeContracts(clients);
 * ```
 */
export async function installSafeContracts(
  clients: Pick<LocalChainClients, "publicClient" | "walletClient">,
): Promise<InstallSafeContractsReturnType> {
  const plans = planSafeDeployments();
  const codes = await Promise.all(plans.map(({ address }) => clients.publicClient.getCode({ address })));
  const status: Partial<Record<SafeContractName, InstallStatus>> = {};
  const transactionHashes: Hash[] = [];
  let gasUsed = 0n;
  for (const [index, plan] of plans.entries()) {
    const existing = codes[index];
    if (existing && existing !== "0x") {
      if (keccak256(existing) !== plan.codeHash)
        throw new UnexpectedCodeError({ contract: plan.contractName, address: plan.address, expectedCodeHash: plan.codeHash, actualCodeHash: keccak256(existing) });
      status[plan.name] = "present";
      continue;
    }
    const { receipt, code } = await deployDeterministic(clients, { contract: plan.contractName, initCode: plan.initCode });
    transactionHashes.push(receipt.transactionHash);
    gasUsed += receipt.gasUsed;
    if (keccak256(code) !== plan.codeHash)
      throw new DeploymentFailedError({
        contract: plan.contractName,
        address: plan.address,
        details: `Runtime code hash ${keccak256(code)}, canonical ${plan.codeHash}.`,
      });
    status[plan.name] = "installed";
  }
  const addresses = Object.fromEntries(plans.map(({ name, address }) => [name, address])) as SafeContractAddresses;
  return { addresses, status: status as InstallSafeContractsReturnType["status"], transactionHashes, gasUsed };
}
