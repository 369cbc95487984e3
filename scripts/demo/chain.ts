import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { getAddress, type Address } from "viem";
import { bootstrapLocalChain, type BootstrapReport } from "../../deploy/local/bootstrap.js";
import { createOpGovClient, type OpGovClient, type OpGovDeployment } from "../../sdk/index.js";
import { BuildFailedError, DemoChainError } from "./errors.js";

// The demo's chain: Hardhat 3's in-process network (EDR), created programmatically from this
// repository's config and brought to opgov's starting state with `bootstrapLocalChain` (Safe
// 1.5.0, the Hats-compatible contract at Hats v1's address, Multicall3, opgov's factory). The
// contracts are compiled first when their artifacts are missing (a fresh clone).

/** The repository root (where `hardhat.config.ts` lives). */
export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The people of the demo, in the order of Hardhat's development accounts. */
export const DEMO_ACTORS = ["deployer", "operator", "alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"] as const;

/** One of the demo's people. */
export type DemoActor = (typeof DEMO_ACTORS)[number];

/** What the artifacts check looks for: the contracts the bootstrap and the demo deploy. */
const REQUIRED_ARTIFACTS = ["contracts/OpGov.sol/OpGov.json", "contracts/OpGovFactory.sol/OpGovFactory.json", "contracts/test/TestTokens.sol/TestToken.json"];

/**
 * Compiles the contracts (`hardhat build`) when an artifact the demo needs is missing; a no-op
 * otherwise.
 *
 * @param log - where to say that it compiles.
 * @returns whether it compiled.
 * @throws {BuildFailedError} when the compiler fails.
 * @example
 * ```ts
 * ensureArtifacts((line) => console.log(line));
 * ```
 */
export function ensureArtifacts(log: (line: string) => void): boolean {
  const missing = REQUIRED_ARTIFACTS.filter((path) => !existsSync(join(PROJECT_ROOT, "artifacts", path)));
  if (missing.length === 0) return false;
  log(`  · compiling the contracts (no artifacts yet: ${missing.length} missing) …`);
  try {
    execFileSync(process.execPath, [join(PROJECT_ROOT, "node_modules/hardhat/dist/src/cli.js"), "build", "--quiet"], { cwd: PROJECT_ROOT, stdio: ["ignore", "ignore", "pipe"] });
  } catch (cause) {
    const stderr = (cause as { stderr?: Buffer }).stderr?.toString().trim();
    throw new BuildFailedError(stderr, cause);
  }
  return true;
}

type Hre = Awaited<ReturnType<typeof import("hardhat/hre").createHardhatRuntimeEnvironment>>;
type Connection = Awaited<ReturnType<Hre["network"]["create"]>>;
type Viem = Connection["viem"];
/** The in-process network's viem wallet client (a node-managed development account). */
export type DemoWalletClient = Awaited<ReturnType<Viem["getWalletClients"]>>[number];

/** The running demo chain. */
export type DemoChain = {
  connection: Connection;
  publicClient: Awaited<ReturnType<Viem["getPublicClient"]>>;
  testClient: Awaited<ReturnType<Viem["getTestClient"]>>;
  wallets: Record<DemoActor, DemoWalletClient>;
  actors: Record<DemoActor, Address>;
  /** The shared opgov contracts, as the SDK takes them. */
  deployment: OpGovDeployment;
  /** What the bootstrap sent. */
  bootstrap: BootstrapReport;
  /** An SDK client acting as `who`, pointed at `instance` if given. */
  client(who: DemoActor, instance?: Address): OpGovClient;
  /** Moves the chain's clock forward and mines a block. */
  advance(seconds: number): Promise<void>;
  /** Closes the network. */
  close(): Promise<void>;
};

/**
 * Starts Hardhat's in-process network from this repository's config and bootstraps it.
 *
 * @returns the chain, its clients, the actors and the deployment.
 * @throws {DemoChainError} when the network cannot be created or has too few accounts.
 * @example
 * ```ts
 * const chain = await startDemoChain();
 * const alice = chain.client("alice", instance);
 * await chain.close();
 * ```
 */
export async function startDemoChain(): Promise<DemoChain> {
  let connection: Connection;
  try {
    const { createHardhatRuntimeEnvironment, importUserConfig } = await import("hardhat/hre");
    const config = await importUserConfig(join(PROJECT_ROOT, "hardhat.config.ts"));
    const hre = await createHardhatRuntimeEnvironment(config, {}, PROJECT_ROOT);
    connection = await hre.network.create();
  } catch (cause) {
    throw new DemoChainError("Hardhat's in-process network could not be created.", cause);
  }
  try {
    const [publicClient, testClient, walletClients] = await Promise.all([
      connection.viem.getPublicClient(),
      connection.viem.getTestClient(),
      connection.viem.getWalletClients(),
    ]);
    if (walletClients.length < DEMO_ACTORS.length)
      throw new DemoChainError(`the network has ${walletClients.length} development accounts; the demo needs ${DEMO_ACTORS.length}.`);
    const wallets = Object.fromEntries(DEMO_ACTORS.map((name, i) => [name, walletClients[i]!])) as Record<DemoActor, DemoWalletClient>;
    const actors = Object.fromEntries(DEMO_ACTORS.map((name) => [name, getAddress(wallets[name].account.address)])) as Record<DemoActor, Address>;

    const { addresses, report } = await bootstrapLocalChain({ provider: connection.provider, publicClient, walletClient: wallets.deployer });
    const { chainId, hats, safe, opgov, multicall3 } = addresses;
    const deployment: OpGovDeployment = { chainId, hats, safe, opgov: { factory: opgov.factory, extension: opgov.extension, lens: opgov.lens, cellSafeSetup: opgov.cellSafeSetup }, multicall3 };

    return {
      connection,
      publicClient,
      testClient,
      wallets,
      actors,
      deployment,
      bootstrap: report,
      client: (who, instance) =>
        createOpGovClient({ publicClient: publicClient as never, walletClient: wallets[who] as never, deployment, instance }),
      advance: async (seconds) => {
        await testClient.increaseTime({ seconds });
        await testClient.mine({ blocks: 1 });
      },
      close: () => connection.close(),
    };
  } catch (error) {
    await connection.close();
    throw error;
  }
}
