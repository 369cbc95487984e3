import { mkdtempSync, readFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPublicClient, erc20Abi, http, keccak256, parseEther, zeroHash } from "viem";
import { predictTestToken } from "../../deploy/local/testTokens.js";
import { afterAll, describe, expect, it } from "vitest";
import { opgovFactoryAbi } from "../../sdk/abis/opgovFactory.js";
import { MIN_REQUIRED_PARTIES } from "../fixtures/org.js";
import { HATS_V1_ADDRESS, SAFE_1_5_0_CANONICAL_ADDRESSES } from "../../sdk/chains/addresses.js";
import { parseDeploymentRecord } from "../../sdk/chains/deployments.js";
import { runOpgov, startOpgovNode as startNode } from "./run.js";

describe("opgov node", () => {
  const deployments = mkdtempSync(join(tmpdir(), "opgov-node-"));
  let node: Awaited<ReturnType<typeof startNode>> | undefined;
  afterAll(() => {
    if (node && node.child.exitCode === null) node.child.kill("SIGKILL");
  });

  it("serves a bootstrapped chain over HTTP, records it, and stops cleanly on Ctrl-C", async () => {
    node = await startNode(deployments);
    const client = createPublicClient({ transport: http(node.url, { retryCount: 0 }) });
    expect(await client.getChainId()).toBe(31337);

    // The Hats-compatible contract at Hats v1's canonical address, Safe 1.5.0, the opgov factory.
    const record = parseDeploymentRecord(JSON.parse(readFileSync(join(deployments, "31337.json"), "utf8")));
    const hatsCode = await client.getCode({ address: HATS_V1_ADDRESS });
    expect(hatsCode && keccak256(hatsCode)).toBe(record.codeHashes.hats);
    const factoryCode = await client.getCode({ address: record.opgov.factory });
    expect(factoryCode && keccak256(factoryCode)).toBe(record.codeHashes.factory);
    expect(await client.getCode({ address: SAFE_1_5_0_CANONICAL_ADDRESSES.safeProxyFactory })).not.toBe("0x");
    expect(node.output()).toContain(record.opgov.factory);

    // Funded dev accounts, with their public keys printed.
    expect(node.output()).toMatch(/#1 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 \(10000 ETH, 10000 TUSD\)\n\s+key 0x59c6995e/);
    expect(await client.getBalance({ address: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8" })).toBe(parseEther("10000"));

    // The TUSD test token at its deterministic address (the one the example spec names), recorded.
    expect(record.testTokens?.TUSD).toBe(predictTestToken());
    expect(node.output()).toContain(`TUSD (test token)  ${predictTestToken()}`);
    const tusd = { address: predictTestToken(), abi: erc20Abi } as const;
    expect(await client.readContract({ ...tusd, functionName: "symbol" })).toBe("TUSD");
    expect(await client.readContract({ ...tusd, functionName: "balanceOf", args: ["0x70997970C51812dc3A010C7d01b50e0d17dc79C8"] })).toBe(parseEther("10000"));

    // Batch requests and JSON-RPC errors come back as the protocol says.
    const response = await fetch(node.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([
        { jsonrpc: "2.0", id: 1, method: "eth_chainId", params: [] },
        { jsonrpc: "2.0", id: 2, method: "no_such_method", params: [] },
      ]),
    });
    const [chainId, unknown] = (await response.json()) as { id: number; result?: string; error?: { code: number } }[];
    expect(chainId).toEqual({ jsonrpc: "2.0", id: 1, result: "0x7a69" });
    expect(unknown!.id).toBe(2);
    expect(unknown!.error?.code).toBeTypeOf("number");

    // A revert keeps its data through the HTTP server, so viem decodes opgov's custom errors.
    const params = {
      treasury: "0x0000000000000000000000000000000000000001",
      communityHat: 1n,
      rootHat: 2n,
      constraints: { minWindow: 3600, maxWindow: 1_209_600, executionWindow: 604_800, spendingPaused: false, requiredParties: MIN_REQUIRED_PARTIES },
      tokens: [],
      caps: [],
    } as const;
    await expect(
      client.simulateContract({
        address: record.opgov.factory,
        abi: opgovFactoryAbi,
        functionName: "deploy",
        args: [params, zeroHash],
        account: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
      }),
    ).rejects.toThrow(/OpGovFactoryTreasuryNotContract/);

    node.child.kill("SIGINT");
    expect(await node.exited).toBe(0);
    expect(node.output()).toContain("Stopped.");
    await expect(client.getChainId()).rejects.toThrow();
  });

  it("exits 2 with a named error when the port is taken", async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
    const { port } = busy.address() as AddressInfo;
    try {
      const { code, stderr } = await runOpgov(["node", "--port", String(port), "--deployments", mkdtempSync(join(tmpdir(), "opgov-busy-"))]);
      expect(stderr).toContain(`BadArgumentError: Port ${port} on 127.0.0.1 is in use`);
      expect(code).toBe(2);
    } finally {
      await new Promise<void>((resolve) => busy.close(() => resolve()));
    }
  });
});
