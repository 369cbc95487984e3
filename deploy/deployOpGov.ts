import { keccak256, type Address, type Hash, type Hex } from "viem";
import { HATS_V1_ADDRESS, MULTICALL3_ADDRESS, SAFE_1_5_0_CANONICAL_ADDRESSES, SAFE_SINGLETON_FACTORY_ADDRESS } from "../sdk/chains/addresses.js";
import { DEPLOYMENT_RECORD_VERSION, type OpGovDeploymentRecord } from "../sdk/chains/deployments.js";
import { OpgovDeployError } from "./errors.js";
import { bootstrapLocalChain } from "./local/bootstrap.js";
import { MissingAccountError } from "./local/errors.js";
import type { LocalChainClients } from "./local/rpc.js";
import { predictTestToken } from "./local/testTokens.js";
import { installOpGovContracts, OPGOV_DEPLOYMENT_SALT } from "./opgov.js";

/** Chain ids treated as development chains when `mode` is `"auto"` (Hardhat, Ganache/anvil's 1337). */
export const DEVELOPMENT_CHAIN_IDS: readonly number[] = [31337, 1337];

/** A live chain lacks a contract opgov builds on (and that opgov does not deploy itself). */
export class MissingPrerequisiteError extends OpgovDeployError {
  override name = "MissingPrerequisiteError";
  constructor({ chainId, missing }: { chainId: number; missing: readonly { name: string; address: Address }[] }) {
    super(`Chain ${chainId} lacks ${missing.length === 1 ? "a contract" : "contracts"} opgov needs.`, {
      metaMessages: missing.map(({ name, address }) => `${name}: no code at ${address}`),
      details:
        "opgov deploys through the Safe singleton factory and builds on Hats v1 and Safe 1.5.0 at their canonical " +
        "addresses; on a live chain these must already exist. On a development chain, deploy with mode \"local\".",
    });
  }
}

/** Parameters of {@link deployOpGov}. */
export type DeployOpGovParameters = LocalChainClients & {
  /**
   * `"local"`: a development node; installs the singleton factory, Safe 1.5.0, the
   * Hats-compatible contract and Multicall3 first (`bootstrapLocalChain`). `"live"`: checks that they exist and
   * deploys only opgov's contracts. `"auto"` (default): `"local"` on {@link DEVELOPMENT_CHAIN_IDS}.
   */
  mode?: "local" | "live" | "auto" | undefined;
  /** The project's artifacts folder; defaults to the repository's `artifacts/`. */
  artifactsDir?: string | undefined;
};

/** What {@link deployOpGov} returns. */
export type DeployOpGovReturnType = {
  /** The record to write to `deployments/<chainId>.json`. */
  record: OpGovDeploymentRecord;
  /** Transactions this call sent (none when everything was in place). */
  transactionHashes: Hash[];
  gasUsed: bigint;
};

async function codeHash(clients: Pick<LocalChainClients, "publicClient">, address: Address): Promise<Hex | undefined> {
  const code = await clients.publicClient.getCode({ address });
  return code && code !== "0x" ? keccak256(code) : undefined;
}

/**
 * Deploys opgov's factory and the implementations it shares (extension, lens) deterministically
 * through the Safe singleton factory (same addresses on every chain with the same Hats address),
 * skipping what is already there, and returns the chain's deployment record.
 *
 * Why not Hardhat Ignition: its CREATE2 strategy deploys through the CreateX factory, which local
 * chains lack and which would give addresses different from those `bootstrapLocalChain` and the
 * SDK rely on; the Safe contracts and Hats must also be put in place with `hardhat_setCode`, which
 * Ignition modules cannot express. Three CREATE2 calls with a fixed salt need no journal:
 * re-running is the recovery.
 *
 * @param parameters - `provider`, `publicClient`, `walletClient` (with an account that pays),
 *   optional `mode` and `artifactsDir`.
 * @returns The deployment record, the transactions sent and their gas.
 * @throws {MissingAccountError} When the wallet client has no account.
 * @throws {MissingPrerequisiteError} On a live chain without the singleton factory, Hats or Safe 1.5.0.
 * @throws {DeploymentFailedError} When a deployment reverts or leaves no code.
 * @example
 * ```ts
 * const { record } = await deployOpGov({ provider, publicClient, walletClient });
 * writeDeploymentRecord("deployments", record);
 * ```
 */
export async function deployOpGov(parameters: DeployOpGovParameters): Promise<DeployOpGovReturnType> {
  const { provider, publicClient, walletClient, artifactsDir, mode = "auto" } = parameters;
  if (!walletClient.account) throw new MissingAccountError();
  const chainId = await publicClient.getChainId();
  const local = mode === "local" || (mode === "auto" && DEVELOPMENT_CHAIN_IDS.includes(chainId));

  let opgov;
  let transactionHashes: Hash[];
  let gasUsed: bigint;
  if (local) {
    const { addresses, report } = await bootstrapLocalChain({ provider, publicClient, walletClient, artifactsDir });
    opgov = addresses.opgov;
    transactionHashes = report.transactionHashes;
    gasUsed = report.gasUsed;
  } else {
    const required: { name: string; address: Address }[] = [
      { name: "Safe singleton factory", address: SAFE_SINGLETON_FACTORY_ADDRESS },
      { name: "Hats v1", address: HATS_V1_ADDRESS },
      ...Object.entries(SAFE_1_5_0_CANONICAL_ADDRESSES).map(([name, address]) => ({ name: `Safe 1.5.0 ${name}`, address })),
    ];
    const missing = [];
    for (const contract of required) if (!(await codeHash({ publicClient }, contract.address))) missing.push(contract);
    if (missing.length) throw new MissingPrerequisiteError({ chainId, missing });
    const installed = await installOpGovContracts({ publicClient, walletClient }, { hats: HATS_V1_ADDRESS, artifactsDir });
    opgov = installed.addresses;
    transactionHashes = installed.transactionHashes;
    gasUsed = installed.gasUsed;
  }

  const multicall3 = (await codeHash({ publicClient }, MULTICALL3_ADDRESS)) ? MULTICALL3_ADDRESS : undefined;
  // The TUSD test token is recorded when `opgov node` installed it (see `installTestToken`).
  const tusd = local ? predictTestToken(artifactsDir) : undefined;
  const testTokens = tusd && (await codeHash({ publicClient }, tusd)) ? { TUSD: tusd } : undefined;
  const block = await publicClient.getBlock({ blockTag: "latest" });
  const hashes = {} as Record<"hats" | "factory" | "extension" | "lens", Hex>;
  for (const [name, address] of [["hats", HATS_V1_ADDRESS], ["factory", opgov.factory], ["extension", opgov.extension], ["lens", opgov.lens]] as const) {
    const hash = await codeHash({ publicClient }, address);
    if (!hash) throw new MissingPrerequisiteError({ chainId, missing: [{ name, address }] });
    hashes[name] = hash;
  }
  return {
    record: {
      version: DEPLOYMENT_RECORD_VERSION,
      chainId,
      local,
      hats: HATS_V1_ADDRESS,
      safe: SAFE_1_5_0_CANONICAL_ADDRESSES,
      opgov,
      ...(multicall3 === undefined ? {} : { multicall3 }),
      codeHashes: hashes,
      block: { number: block.number, hash: block.hash },
      salt: OPGOV_DEPLOYMENT_SALT,
      ...(testTokens === undefined ? {} : { testTokens }),
    },
    transactionHashes,
    gasUsed,
  };
}
