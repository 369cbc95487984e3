import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseAbi, type Address } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KEYS, startCliChain, type CliChain } from "./orgChain.js";

// Acting through Safes from the CLI: the example spec with a 2-of-2 treasury (the operator and
// account #2) and ops' Safe at 2-of-2 (alice and account #4), which wears ops' cell hat and so
// decides escalations of the events sub-cell. Co-signers' keys come from files.

/** Hardhat's public development keys of the co-signers (never use them on a live chain). */
const TREASURY_COSIGNER = "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a"; // account #2
const OPS_COSIGNER = "0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a"; // account #4
const HOUR = 3600;

let env: CliChain;
let spec: string;
let opsSafe: Address;
const keyFile = (name: string, key: string) => {
  const path = join(env.dir, name);
  writeFileSync(path, `${key}\n`);
  return path;
};
const org = (args: string[], key?: string) => env.opgov([...args, "--spec", spec], key);
const roundOf = (stdout: string) => /Proposed round (0x[0-9a-f]{64})/.exec(stdout)![1]!;
const safeNonce = (safe: Address) => env.chain.publicClient.readContract({ address: safe, abi: parseAbi(["function nonce() view returns (uint256)"]), functionName: "nonce" });

beforeAll(async () => {
  env = await startCliChain();
  spec = env.writeSpec("organisation.yaml", (doc) => {
    doc.community.treasury.threshold = 2;
    doc.cells[0].safe.threshold = 2;
  });
});
afterAll(async () => env?.server.close());

describe("opgov apply with a treasury above threshold 1", () => {
  it("needs the co-signers (exit 8 without), and applies with --co-signer-key-file", async () => {
    expect(privateKeyToAccount(TREASURY_COSIGNER).address).toBe("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");
    const alone = await env.opgov(["apply", spec], KEYS.operator);
    expect(alone.code, alone.stderr).toBe(8);
    expect(alone.stderr).toContain("TreasuryNotOperableError");
    const applied = await env.opgov(["apply", spec, "--co-signer-key-file", keyFile("treasury-cosigner.key", TREASURY_COSIGNER)], KEYS.operator);
    expect(applied.code, applied.stderr).toBe(0);
    opsSafe = /cell ops: 0x[0-9a-f]+, Safe (0x[0-9a-fA-F]{40})/.exec(applied.stdout)![1]! as Address;
    const again = await env.opgov(["apply", spec, "--co-signer-key-file", keyFile("treasury-cosigner.key", TREASURY_COSIGNER)], KEYS.operator);
    expect(again.stdout).toMatch(/^Nothing to send/m);
  });
});

describe("opgov resolve --via-safe: ops' Safe decides an escalation of its sub-cell", () => {
  let round: string;
  beforeAll(async () => {
    const proposed = await org(["propose", "policy", "--cell", "events", "--uri", "ipfs://coc", "--window", "1h", "--rationale", "ipfs://why"], KEYS.carol);
    expect(proposed.code, proposed.stderr).toBe(0);
    round = roundOf(proposed.stdout);
    expect((await org(["object", round, "--reason", "ipfs://no"], KEYS.alice)).code).toBe(0);
    await env.chain.testClient.increaseTime({ seconds: HOUR + 1 });
    await env.chain.testClient.mine({ blocks: 1 });
    expect((await org(["escalate", round], KEYS.carol)).code).toBe(0);
  });

  it("refuses, sending nothing: alice alone (not the resolver), the Safe below its threshold, a co-signer who is no owner", async () => {
    const before = await safeNonce(opsSafe);
    const decide = ["resolve", round, "--accept", "--rationale", "ipfs://ok"];
    const alone = await org(decide, KEYS.alice);
    expect(alone.code).toBe(8);
    expect(alone.stderr).toContain("NotWearerError");
    const threshold = await org([...decide, "--via-safe", opsSafe], KEYS.alice);
    expect(threshold.code).toBe(8);
    expect(threshold.stderr).toMatch(/SafeThresholdNotMetError: The Safe 0x[0-9a-fA-F]{40} needs 2 owner signature\(s\) and 1 owner\(s\) would sign\./);
    const stranger = await org([...decide, "--via-safe", opsSafe, "--co-signer-key-file", keyFile("carol.key", KEYS.carol)], KEYS.alice);
    expect(stranger.code).toBe(8);
    expect(stranger.stderr).toContain("NotSafeOwnerError");
    const noSafe = await org([...decide, "--co-signer-key-file", keyFile("ops-cosigner.key", OPS_COSIGNER)], KEYS.alice);
    expect(noSafe.code).toBe(2);
    expect(noSafe.stderr).toMatch(/--co-signer-key-file signs a Safe transaction: pass --via-safe ADDRESS too/);
    // The action's own checks come first: an account that is no Safe fails them as the actor.
    const carol = privateKeyToAccount(KEYS.carol).address;
    const notTheSafe = await org([...decide, "--via-safe", carol], KEYS.alice);
    expect(notTheSafe.code).toBe(8);
    expect(notTheSafe.stderr).toContain(`NotWearerError: ${carol} does not wear the resolver hat`);
    expect(await safeNonce(opsSafe)).toBe(before);
  });

  it("accepts through the Safe with alice executing and account #4 co-signing; the round then executes", async () => {
    const resolved = await org(["resolve", round, "--accept", "--rationale", "ipfs://ok", "--via-safe", opsSafe, "--co-signer-key-file", keyFile("ops-cosigner.key", OPS_COSIGNER)], KEYS.alice);
    expect(resolved.code, resolved.stderr).toBe(0);
    expect(resolved.stdout).toMatch(/accepted \(now executable\)/);
    const alice = privateKeyToAccount(KEYS.alice).address;
    const cosigner = privateKeyToAccount(OPS_COSIGNER).address;
    expect(resolved.stdout).toContain(`as Safe ${opsSafe} (Safe tx `);
    expect(resolved.stdout).toContain(`signed by ${alice}, ${cosigner}`);
    const executed = await org(["execute", round], KEYS.stranger);
    expect(executed.code, executed.stderr).toBe(0);
  });

  it("propose --via-safe checks the Safe's hat: ops' Safe wears the cell hat, not the member hat (exit 8)", async () => {
    const proposed = await org(
      ["propose", "policy", "--cell", "ops", "--uri", "ipfs://p", "--window", "1h", "--rationale", "ipfs://why", "--via-safe", opsSafe, "--co-signer-key-file", keyFile("ops-cosigner.key", OPS_COSIGNER)],
      KEYS.alice,
    );
    expect(proposed.code).toBe(8);
    expect(proposed.stderr).toContain(`NotWearerError: ${opsSafe} does not wear the member hat`);
  });

  it("lists the options in the commands' help", async () => {
    for (const command of ["spend", "propose", "object", "withdraw", "amend", "escalate", "resolve", "execute"]) {
      const { stdout } = await env.opgov([command, "--help"]);
      expect(stdout, command).toContain("--via-safe ADDRESS");
      expect(stdout, command).toContain("--co-signer-key-file PATH");
    }
    expect((await env.opgov(["apply", "--help"])).stdout).toContain("--co-signer-key-file PATH");
  });
});
