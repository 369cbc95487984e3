import { concatHex, getContractAddress, keccak256, type Address, type Hex, type TransactionReceipt } from "viem";
import { SAFE_SINGLETON_FACTORY_ADDRESS } from "../../sdk/chains/addresses.js";
import { DeploymentFailedError, UnexpectedCodeError } from "./errors.js";
import { sendAndWait, setCode, type LocalChainClients } from "./rpc.js";

/**
 * Runtime code of the Safe Singleton Factory: the deterministic-deployment proxy program
 * (the same 69 bytes as Arachnid's): `CREATE2(callvalue, calldata[32:], salt = calldata[0:32])`,
 * returning the new address, reverting when creation fails.
 */
export const SAFE_SINGLETON_FACTORY_RUNTIME_CODE: Hex =
  "0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe03601600081602082378035828234f58015156039578182fd5b8082525050506014600cf3";

/** The salt of every canonical Safe 1.5.0 deployment (hardhat-deploy's `deterministicDeployment: true`). */
export const SAFE_DEPLOYMENT_SALT: Hex = `0x${"00".repeat(32)}`;

/** Whether a step found its contract already in place or installed it. */
export type InstallStatus = "installed" | "present";

/**
 * Puts the Safe Singleton Factory's code at its canonical address unless it is already there.
 *
 * @param clients - `provider` (for `hardhat_setCode`) and `publicClient`.
 * @returns `"present"` when the factory was already installed, else `"installed"`.
 * @throws {SetCodeUnsupportedError} When the factory is missing and the node refuses `hardhat_setCode`.
 * @throws {UnexpectedCodeError} When other code sits at the factory's address.
 * @example
 * ```ts
 * await installSingletonFactory({ provider: conn.provider, publicClient });
 * ```
 */
export async function installSingletonFactory({ provider, publicClient }: Pick<LocalChainClients, "provider" | "publicClient">): Promise<InstallStatus> {
  const address = SAFE_SINGLETON_FACTORY_ADDRESS;
  const code = await publicClient.getCode({ address });
  if (code === SAFE_SINGLETON_FACTORY_RUNTIME_CODE) return "present";
  if (code && code !== "0x")
    throw new UnexpectedCodeError({
      contract: "SafeSingletonFactory",
      address,
      expectedCodeHash: keccak256(SAFE_SINGLETON_FACTORY_RUNTIME_CODE),
      actualCodeHash: keccak256(code),
    });
  await setCode(provider, address, SAFE_SINGLETON_FACTORY_RUNTIME_CODE);
  return "installed";
}

/**
 * The address the singleton factory deploys `initCode` to with `salt`.
 *
 * @param initCode - Init code including encoded constructor arguments.
 * @param salt - 32-byte salt; defaults to the Safe deployments' zero salt.
 * @returns The CREATE2 address.
 * @example
 * ```ts
 * const address = getDeterministicAddress(readSafeArtifact("Safe.sol/Safe.json").bytecode);
 * ```
 */
export function getDeterministicAddress(initCode: Hex, salt: Hex = SAFE_DEPLOYMENT_SALT): Address {
  return getContractAddress({ opcode: "CREATE2", from: SAFE_SINGLETON_FACTORY_ADDRESS, salt, bytecode: initCode });
}

/**
 * Deploys `initCode` through the singleton factory and checks that code landed at the expected
 * address.
 *
 * @param clients - `publicClient` and `walletClient` (pays for the transaction).
 * @param parameters - `contract` (for errors), `initCode`, optional `salt`.
 * @returns The address, the receipt and the runtime code left there.
 * @throws {DeploymentFailedError} When the transaction reverts or leaves no code.
 * @example
 * ```ts
 * const { address } = await deployDeterministic(clients, { contract: "Safe", initCode });
 * ```
 */
export async function deployDeterministic(
  clients: Pick<LocalChainClients, "publicClient" | "walletClient">,
  { contract, initCode, salt = SAFE_DEPLOYMENT_SALT }: { contract: string; initCode: Hex; salt?: Hex },
): Promise<{ address: Address; receipt: TransactionReceipt; code: Hex }> {
  const address = getDeterministicAddress(initCode, salt);
  const receipt = await sendAndWait(clients, { to: SAFE_SINGLETON_FACTORY_ADDRESS, data: concatHex([salt, initCode]) }, contract);
  const code = await clients.publicClient.getCode({ address });
  if (!code || code === "0x")
    throw new DeploymentFailedError({ contract, address, details: `Transaction ${receipt.transactionHash} left no code there.` });
  return { address, receipt, code };
}
