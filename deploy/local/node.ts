import { fileURLToPath } from "node:url";
import { formatEther, getAddress, toHex, type Address, type Hex } from "viem";
import { mnemonicToAccount } from "viem/accounts";
import type { OpGovDeploymentRecord } from "../../sdk/chains/deployments.js";
import { deployOpGov } from "../deployOpGov.js";
import { serveJsonRpc } from "./server.js";
import { DEV_ACCOUNT_TUSD, installTestToken } from "./testTokens.js";

/** Hardhat's default development mnemonic: its accounts are public knowledge, never use them on a live chain. */
export const HARDHAT_DEV_MNEMONIC = "test test test test test test test test test test test junk";

/** The repository root (where `hardhat.config.ts` lives). */
const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** A funded development account of the local node. */
export type DevAccount = {
  address: Address;
  /** The private key, when the account comes from Hardhat's public development mnemonic. */
  privateKey: Hex | undefined;
  balance: bigint;
  /** TUSD held (each development account gets {@link DEV_ACCOUNT_TUSD} at start). */
  tusd: bigint;
};

/** A running local node. */
export type LocalNode = {
  url: string;
  port: number;
  chainId: number;
  /** The chain's deployment record (write it with `writeDeploymentRecord`). */
  record: OpGovDeploymentRecord;
  accounts: DevAccount[];
  /** Stops the HTTP server and the chain. */
  close(): Promise<void>;
};

/**
 * Starts a persistent local chain: Hardhat 3's in-process network (EDR, chain 31337), bootstrapped
 * with the Safe singleton factory, Safe 1.5.0, the Hats-compatible contract at Hats v1's address
 * and the opgov contracts, plus the TUSD test token (10,000 to each development account; its
 * address in the record's `testTokens`), served as JSON-RPC over HTTP.
 *
 * @param options - `host` (default `127.0.0.1`) and `port` (default 8545; `0` picks a free one).
 * @returns The node: URL, chain id, deployment record, funded accounts, `close`.
 * @throws {ArtifactNotFoundError} When the contracts are not compiled (`npx hardhat build`).
 * @throws A Node `EADDRINUSE` error when the port is taken (the chain is closed again).
 * @example
 * ```ts
 * const node = await startLocalNode({ port: 8545 });
 * console.log(node.url, node.record.opgov.factory);
 * await node.close();
 * ```
 */
export async function startLocalNode({ host, port }: { host?: string; port?: number } = {}): Promise<LocalNode> {
  // Hardhat is loaded only here: the rest of the CLI never pays for it.
  const { createHardhatRuntimeEnvironment, importUserConfig } = await import("hardhat/hre");
  const config = await importUserConfig(`${PROJECT_ROOT}hardhat.config.ts`);
  const hre = await createHardhatRuntimeEnvironment(config, {}, PROJECT_ROOT);
  const connection = await hre.network.create();
  const publicClient = await connection.viem.getPublicClient();
  const [walletClient] = await connection.viem.getWalletClients();
  if (!walletClient) throw new RangeError("The local network has no accounts configured.");

  const deployed = await deployOpGov({ provider: connection.provider, publicClient, walletClient, mode: "local" });
  const addresses = (await connection.provider.request({ method: "eth_accounts" })) as Address[];
  const tusd = await installTestToken({ publicClient, walletClient }, { mintTo: addresses });
  const record: OpGovDeploymentRecord = { ...deployed.record, testTokens: { TUSD: tusd.address } };

  const known = new Map<string, Hex>();
  for (let index = 0; index < addresses.length; index++) {
    const account = mnemonicToAccount(HARDHAT_DEV_MNEMONIC, { addressIndex: index });
    const key = account.getHdKey().privateKey;
    if (key) known.set(account.address.toLowerCase(), toHex(key));
  }
  const accounts: DevAccount[] = [];
  for (const address of addresses)
    accounts.push({
      address: getAddress(address),
      privateKey: known.get(address.toLowerCase()),
      balance: await publicClient.getBalance({ address }),
      tusd: DEV_ACCOUNT_TUSD,
    });

  let server;
  try {
    server = await serveJsonRpc(connection.provider, { ...(host === undefined ? {} : { host }), ...(port === undefined ? {} : { port }) });
  } catch (error) {
    await connection.close();
    throw error;
  }
  return {
    url: server.url,
    port: server.port,
    chainId: record.chainId,
    record,
    accounts,
    close: async () => {
      await server.close();
      await connection.close();
    },
  };
}

/** `1000 ETH` for a balance in wei. */
export const formatBalance = (wei: bigint): string => `${formatEther(wei)} ETH`;
