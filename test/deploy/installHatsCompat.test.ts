import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseAbi } from "viem";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { HATS_V1_ADDRESS } from "../../sdk/chains/addresses.js";
import { DEFAULT_ARTIFACTS_DIR, matchesRuntimeCode, readProjectArtifact } from "../../deploy/local/artifacts.js";
import { DeploymentFailedError } from "../../deploy/local/errors.js";
import { installHatsCompat } from "../../deploy/local/hats.js";
import { createChain, type ChainClients } from "../fixtures/chain.js";

// installHatsCompat runs the creation code in place at Hats' address. ConstructorProbe stands in
// for HatsCompat (copied under HatsCompat's artifact path in a temporary artifacts folder): its
// constructor writes storage and sets immutables from address(this) and msg.sender, which a
// deploy-elsewhere-and-copy-the-code install would get wrong.

const probeAbi = parseAbi([
  "function self() view returns (address)",
  "function creator() view returns (address)",
  "function deployer() view returns (address)",
  "function label() view returns (string)",
]);
const PROBE = "contracts/test/deploy/ConstructorProbe.sol:ConstructorProbe";

let chain: ChainClients;
let clean: `0x${string}`;
const dirs: string[] = [];

/** A temporary artifacts folder whose HatsCompat artifact is `write`'s. */
function artifactsWith(write: (path: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "opgov-artifacts-"));
  dirs.push(dir);
  mkdirSync(join(dir, "contracts/local/HatsCompat.sol"), { recursive: true });
  write(join(dir, "contracts/local/HatsCompat.sol/HatsCompat.json"));
  return dir;
}

beforeAll(async () => {
  chain = await createChain();
  clean = await chain.testClient.snapshot();
});
beforeEach(async () => {
  await chain.testClient.revert({ id: clean });
  clean = await chain.testClient.snapshot();
});
afterAll(async () => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  await chain.connection.close();
});

function clients() {
  return { provider: chain.provider, publicClient: chain.publicClient, walletClient: chain.wallets.deployer };
}

describe("installHatsCompat", () => {
  it("leaves the storage and immutables a real deployment at Hats' address would", async () => {
    const artifactsDir = artifactsWith((path) => copyFileSync(join(DEFAULT_ARTIFACTS_DIR, "contracts/test/deploy/ConstructorProbe.sol/ConstructorProbe.json"), path));
    const result = await installHatsCompat(clients(), { artifactsDir, constructorArgs: ["opgov"] });
    expect(result).toMatchObject({ address: HATS_V1_ADDRESS, status: "installed" });
    expect(result.transactionHashes).toHaveLength(1);

    const read = (functionName: "self" | "creator" | "deployer" | "label") =>
      chain.publicClient.readContract({ address: HATS_V1_ADDRESS, abi: probeAbi, functionName });
    expect(await read("self")).toBe(HATS_V1_ADDRESS);
    expect(await read("creator")).toBe(chain.actors.deployer);
    expect(await read("deployer")).toBe(chain.actors.deployer);
    expect(await read("label")).toBe("opgov");
    const code = await chain.publicClient.getCode({ address: HATS_V1_ADDRESS });
    expect(matchesRuntimeCode(code ?? "0x", readProjectArtifact(PROBE))).toBe(true);
  });

  it("does nothing when the contract is already installed", async () => {
    const artifactsDir = artifactsWith((path) => copyFileSync(join(DEFAULT_ARTIFACTS_DIR, "contracts/test/deploy/ConstructorProbe.sol/ConstructorProbe.json"), path));
    await installHatsCompat(clients(), { artifactsDir, constructorArgs: ["opgov"] });
    const block = await chain.publicClient.getBlockNumber();
    const again = await installHatsCompat(clients(), { artifactsDir, constructorArgs: ["opgov"] });
    expect(again).toEqual({ address: HATS_V1_ADDRESS, status: "present", transactionHashes: [], gasUsed: 0n });
    expect(await chain.publicClient.getBlockNumber()).toBe(block);
  });

  it("throws DeploymentFailedError and leaves Hats' address empty when the constructor reverts", async () => {
    // Init code PUSH1 0 PUSH1 0 REVERT.
    const artifactsDir = artifactsWith((path) =>
      writeFileSync(path, JSON.stringify({ contractName: "HatsCompat", abi: [], bytecode: "0x60006000fd", deployedBytecode: "0x00" })),
    );
    const error = await installHatsCompat(clients(), { artifactsDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeploymentFailedError);
    expect(error).toMatchObject({ contract: "HatsCompat", shortMessage: `Deploying HatsCompat at ${HATS_V1_ADDRESS} failed.` });
    expect((error as DeploymentFailedError).details).toBe("Its constructor reverted.");
    expect(await chain.publicClient.getCode({ address: HATS_V1_ADDRESS })).toBeUndefined();
    expect(await chain.publicClient.getBlockNumber()).toBe(0n);
  });
});
