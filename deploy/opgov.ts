import { encodeAbiParameters, keccak256, stringToHex, type Address, type Hash, type Hex } from "viem";
import { readProjectArtifact } from "./local/artifacts.js";
import type { LocalChainClients } from "./local/rpc.js";
import { deployDeterministic, getDeterministicAddress } from "./local/singletonFactory.js";

/** The salt every opgov singleton is deployed with: the same addresses on every chain. */
export const OPGOV_DEPLOYMENT_SALT: Hex = keccak256(stringToHex("opgov.v1"));

/** Where the shared opgov contracts live (the same on every chain with the Safe singleton factory). */
export type OpGovContractAddresses = {
  lens: Address;
  extension: Address;
  factory: Address;
  /** The cell Safes' setup hook (`Safe.setup`'s `to`, run by delegatecall); holds no state. */
  cellSafeSetup: Address;
};

/** What `installOpGovContracts` did for each contract. */
export type OpGovInstallStatus = { readonly [name in keyof OpGovContractAddresses]: "installed" | "present" };

function initCodes(hats: Address, artifactsDir?: string) {
  const lensArtifact = readProjectArtifact("contracts/OpGovLens.sol:OpGovLens", artifactsDir);
  const extensionArtifact = readProjectArtifact("contracts/OpGovExtension.sol:OpGovExtension", artifactsDir);
  const factoryArtifact = readProjectArtifact("contracts/OpGovFactory.sol:OpGovFactory", artifactsDir);
  const lensInit = lensArtifact.bytecode;
  const lens = getDeterministicAddress(lensInit, OPGOV_DEPLOYMENT_SALT);
  const extensionInit = (extensionArtifact.bytecode +
    encodeAbiParameters([{ type: "address" }], [lens]).slice(2)) as Hex;
  const extension = getDeterministicAddress(extensionInit, OPGOV_DEPLOYMENT_SALT);
  const factoryInit = (factoryArtifact.bytecode +
    encodeAbiParameters([{ type: "address" }, { type: "address" }], [hats, extension]).slice(2)) as Hex;
  const factory = getDeterministicAddress(factoryInit, OPGOV_DEPLOYMENT_SALT);
  const cellSafeSetupInit = readProjectArtifact("contracts/CellSafeSetup.sol:CellSafeSetup", artifactsDir).bytecode;
  const cellSafeSetup = getDeterministicAddress(cellSafeSetupInit, OPGOV_DEPLOYMENT_SALT);
  return [
    { name: "lens", address: lens, initCode: lensInit, contract: "OpGovLens" },
    { name: "extension", address: extension, initCode: extensionInit, contract: "OpGovExtension" },
    { name: "factory", address: factory, initCode: factoryInit, contract: "OpGovFactory" },
    { name: "cellSafeSetup", address: cellSafeSetup, initCode: cellSafeSetupInit, contract: "CellSafeSetup" },
  ] as const;
}

/**
 * The addresses the opgov singletons have (or will have) on any chain, for a Hats deployment at
 * `hats`. Pure: computes CREATE2 addresses from the compiled artifacts.
 *
 * @param hats - Hats Protocol v1's address (canonical on every chain).
 * @returns The lens, extension, factory and cell-Safe setup hook addresses.
 * @example
 * ```ts
 * const { factory } = predictOpGovContracts(HATS_V1_ADDRESS);
 * ```
 */
export function predictOpGovContracts(hats: Address, artifactsDir?: string): OpGovContractAddresses {
  const [lens, extension, factory, cellSafeSetup] = initCodes(hats, artifactsDir);
  return { lens: lens.address, extension: extension.address, factory: factory.address, cellSafeSetup: cellSafeSetup.address };
}

/**
 * Deploys the opgov lens, extension, factory and cell-Safe setup hook (`CellSafeSetup`) through the Safe singleton factory with
 * `OPGOV_DEPLOYMENT_SALT`, skipping those already there: same addresses on every chain.
 *
 * @param clients - `publicClient`, and `walletClient` paying for the deployments.
 * @param parameters - `hats` (Hats v1's address) and optionally `artifactsDir`.
 * @returns The addresses, what was done to each, and the transactions sent.
 * @throws {DeploymentFailedError} When a deployment reverts or leaves no code.
 * @throws {ArtifactNotFoundError} When the contracts are not compiled (`npx hardhat build`).
 * @example
 * ```ts
 * const { addresses } = await installOpGovContracts(clients, { hats: HATS_V1_ADDRESS });
 * ```
 */
export async function installOpGovContracts(
  clients: Pick<LocalChainClients, "publicClient" | "walletClient">,
  { hats, artifactsDir }: { hats: Address; artifactsDir?: string | undefined },
): Promise<{
  addresses: OpGovContractAddresses;
  status: OpGovInstallStatus;
  transactionHashes: Hash[];
  gasUsed: bigint;
}> {
  const plan = initCodes(hats, artifactsDir);
  const status: Record<string, "installed" | "present"> = {};
  const transactionHashes: Hash[] = [];
  let gasUsed = 0n;
  for (const step of plan) {
    const code = await clients.publicClient.getCode({ address: step.address });
    if (code && code !== "0x") {
      status[step.name] = "present";
      continue;
    }
    const { receipt } = await deployDeterministic(clients, {
      contract: step.contract,
      initCode: step.initCode,
      salt: OPGOV_DEPLOYMENT_SALT,
    });
    transactionHashes.push(receipt.transactionHash);
    gasUsed += receipt.gasUsed;
    status[step.name] = "installed";
  }
  return {
    addresses: { lens: plan[0].address, extension: plan[1].address, factory: plan[2].address, cellSafeSetup: plan[3].address },
    status: status as OpGovInstallStatus,
    transactionHashes,
    gasUsed,
  };
}
