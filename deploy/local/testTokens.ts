import { concatHex, encodeAbiParameters, encodeFunctionData, keccak256, parseAbi, parseEther, parseUnits, stringToHex, type Address, type Hash, type Hex } from "viem";
import { readProjectArtifact } from "./artifacts.js";
import { DeploymentFailedError, MissingAccountError } from "./errors.js";
import type { LocalChainClients } from "./rpc.js";
import { deployDeterministic, getDeterministicAddress } from "./singletonFactory.js";

// The test ERC-20 of a local chain: the project's `TestToken` as "Test USD" (TUSD), deployed
// through the Safe singleton factory with a fixed salt, so it has the same address on every
// fresh local chain (the address the example organisation spec names). Its `mint` is open to
// anyone: it is a test token, for development chains only.

/** The project's test ERC-20, by fully qualified name. */
export const TEST_TOKEN_ARTIFACT = "contracts/test/TestTokens.sol:TestToken";

/** The CREATE2 salt of the local test token. */
export const TEST_TOKEN_SALT: Hex = keccak256(stringToHex("opgov.local.TestToken.TUSD"));

/** How much TUSD each development account gets when `opgov node` starts. */
export const DEV_ACCOUNT_TUSD = parseUnits("10000", 18);

/** What `apply` gives a new treasury on a local chain: TUSD minted, ETH sent by the operator. */
export const LOCAL_TREASURY_FUNDS = { tusd: parseUnits("100000", 18), eth: parseEther("10") } as const;

const MINT_ABI = parseAbi(["function mint(address to, uint256 amount)", "function balanceOf(address) view returns (uint256)"]);

/** The TUSD test token's init code (bytecode and constructor arguments). */
export function testTokenInitCode(artifactsDir?: string): Hex {
  const { bytecode } = readProjectArtifact(TEST_TOKEN_ARTIFACT, artifactsDir);
  return concatHex([bytecode, encodeAbiParameters([{ type: "string" }, { type: "string" }], ["Test USD", "TUSD"])]);
}

/**
 * The address of the local TUSD test token (the same on every chain that has the singleton factory).
 *
 * @example
 * ```ts
 * const tusd = predictTestToken();
 * ```
 */
export function predictTestToken(artifactsDir?: string): Address {
  return getDeterministicAddress(testTokenInitCode(artifactsDir), TEST_TOKEN_SALT);
}

/** What {@link installTestToken} did. */
export type InstallTestTokenReturnType = { address: Address; deployed: boolean; transactionHashes: Hash[] };

/**
 * Deploys the TUSD test token through the singleton factory unless it is there, and mints
 * `amount` to each of `mintTo` (once: an account that already holds TUSD gets nothing).
 *
 * @param clients - `publicClient`, `walletClient` (pays); the singleton factory must be installed.
 * @param parameters - `mintTo` (accounts), `amount` (default {@link DEV_ACCOUNT_TUSD}), `artifactsDir`.
 * @example
 * ```ts
 * const { address } = await installTestToken(clients, { mintTo: accounts });
 * ```
 */
export async function installTestToken(
  clients: Pick<LocalChainClients, "publicClient" | "walletClient">,
  { mintTo = [], amount = DEV_ACCOUNT_TUSD, artifactsDir }: { mintTo?: readonly Address[]; amount?: bigint; artifactsDir?: string } = {},
): Promise<InstallTestTokenReturnType> {
  const initCode = testTokenInitCode(artifactsDir);
  const address = getDeterministicAddress(initCode, TEST_TOKEN_SALT);
  const transactionHashes: Hash[] = [];
  const code = await clients.publicClient.getCode({ address });
  const deployed = !code || code === "0x";
  if (deployed) transactionHashes.push((await deployDeterministic(clients, { contract: "TestToken (TUSD)", initCode, salt: TEST_TOKEN_SALT })).receipt.transactionHash);
  for (const to of mintTo) {
    if ((await clients.publicClient.readContract({ address, abi: MINT_ABI, functionName: "balanceOf", args: [to] })) > 0n) continue;
    transactionHashes.push(await send(clients, { to: address, data: encodeFunctionData({ abi: MINT_ABI, functionName: "mint", args: [to, amount] }) }));
  }
  return { address, deployed, transactionHashes };
}

/** What {@link fundLocalTreasury} sent: the amounts, zero when the treasury already held some. */
export type FundLocalTreasuryReturnType = { tusd: bigint; eth: bigint; transactionHashes: Hash[] };

/**
 * Funds a treasury on a local chain, once: mints {@link LOCAL_TREASURY_FUNDS}' TUSD when it holds
 * none and `tusd` is given, and sends its ETH from the wallet's account when it holds none and
 * `eth` is true.
 *
 * @example
 * ```ts
 * await fundLocalTreasury(clients, { treasury, tusd: record.testTokens?.TUSD, eth: true });
 * ```
 */
export async function fundLocalTreasury(
  clients: Pick<LocalChainClients, "publicClient" | "walletClient">,
  { treasury, tusd, eth }: { treasury: Address; tusd?: Address | undefined; eth: boolean },
): Promise<FundLocalTreasuryReturnType> {
  const result: FundLocalTreasuryReturnType = { tusd: 0n, eth: 0n, transactionHashes: [] };
  if (tusd && (await clients.publicClient.readContract({ address: tusd, abi: MINT_ABI, functionName: "balanceOf", args: [treasury] })) === 0n) {
    result.transactionHashes.push(await send(clients, { to: tusd, data: encodeFunctionData({ abi: MINT_ABI, functionName: "mint", args: [treasury, LOCAL_TREASURY_FUNDS.tusd] }) }));
    result.tusd = LOCAL_TREASURY_FUNDS.tusd;
  }
  if (eth && (await clients.publicClient.getBalance({ address: treasury })) === 0n) {
    result.transactionHashes.push(await send(clients, { to: treasury, value: LOCAL_TREASURY_FUNDS.eth }));
    result.eth = LOCAL_TREASURY_FUNDS.eth;
  }
  return result;
}

async function send({ publicClient, walletClient }: Pick<LocalChainClients, "publicClient" | "walletClient">, tx: { to: Address; data?: Hex; value?: bigint }): Promise<Hash> {
  const account = walletClient.account;
  if (!account) throw new MissingAccountError();
  const hash = await walletClient.sendTransaction({ account, chain: walletClient.chain ?? null, ...tx });
  const receipt = await publicClient.waitForTransactionReceipt({ hash });
  if (receipt.status !== "success") throw new DeploymentFailedError({ contract: "TestToken (TUSD)", address: tx.to, details: `Transaction ${hash} reverted.` });
  return hash;
}
