import { custom, parseEther, zeroAddress, type Address } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalNode, type LocalNode } from "../../deploy/local/node.js";
import { setupConversation } from "../phases/setupConversation.js";
import { getCell } from "../reads/getCell.js";
import { getConstraints } from "../reads/getConstraints.js";
import { HATS_V1_ADDRESS, MULTICALL3_ADDRESS, SAFE_1_5_0_CANONICAL_ADDRESSES } from "./addresses.js";
import { ChainIdMismatchError, ChainUnreachableError, createOpGovClientForChain, DeploymentCodeMissingError, getCanonicalContracts } from "./createOpGovClientForChain.js";
import { DeploymentNotFoundError } from "./deployments.js";

// A real node over HTTP: `startLocalNode` (deploy/local/node.ts) serves the bootstrapped
// in-process chain on a free port; the SDK only gets its URL and its deployment record as data.

const HOUR = 3600;
const DAY = 86_400;

describe("createOpGovClientForChain", () => {
  let node: LocalNode;
  beforeAll(async () => {
    node = await startLocalNode({ port: 0 });
  });
  afterAll(async () => {
    await node?.close();
  });

  it("reads the chain id from the node, picks its record and batches reads through Multicall3", async () => {
    const client = await createOpGovClientForChain({ rpcUrl: node.url, deploymentRecords: [node.record] });
    expect(client.deployment).toBe(node.record);
    expect(client.publicClient.chain?.id).toBe(31337);
    expect(client.publicClient.chain?.contracts?.multicall3?.address).toBe(node.record.multicall3 ?? MULTICALL3_ADDRESS);
    expect(client.walletClient).toBeUndefined();
    expect(await client.publicClient.getBlockNumber()).toBeGreaterThan(0n);
  });

  it("sets up a DAO's Conversation phase through the node with a local account, then reads it back", async () => {
    const dev = node.accounts.find((account) => account.privateKey !== undefined)!;
    const account = privateKeyToAccount(dev.privateKey!);
    const client = await createOpGovClientForChain({ rpcUrl: node.url, chainId: 31337, deploymentRecords: { 31337: node.record }, account });
    expect(client.walletClient?.account.address).toBe(account.address);
    const member = node.accounts[1]!.address;
    const { resolved } = await setupConversation(client, {
      community: { name: "HTTP DAO" },
      treasury: { owners: [account.address], threshold: 1, saltNonce: "7" },
      opgov: { salt: "http-dao", constraints: { minWindow: HOUR, maxWindow: 14 * DAY, executionWindow: 7 * DAY }, tokens: [{ address: zeroAddress, capPerDomain: parseEther("10") }] },
      anchor: "core",
      cells: [{ key: "core", metadata: { uri: "ipfs://core" }, members: [member] }],
    });
    const dao = await createOpGovClientForChain({ rpcUrl: node.url, deploymentRecords: [node.record], instance: resolved.instance });
    expect((await getConstraints(dao, {})).maxWindow).toBe(14 * DAY);
    expect((await getCell(dao, { cell: resolved.cells.core! })).id).toBe(resolved.cells.core);
  });

  it("throws DeploymentNotFoundError when the records have none for the node's chain", async () => {
    const error = await createOpGovClientForChain({ rpcUrl: node.url, deploymentRecords: [{ ...node.record, chainId: 1 }] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeploymentNotFoundError);
    expect(error).toMatchObject({ chainId: 31337 });
  });

  it("throws ChainIdMismatchError when the node is on another chain than expected", async () => {
    const error = await createOpGovClientForChain({ rpcUrl: node.url, chainId: 11155111, deploymentRecords: [node.record] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChainIdMismatchError);
    expect(error).toMatchObject({ expected: 11155111, actual: 31337 });
  });

  it("throws DeploymentCodeMissingError naming each recorded contract without code", async () => {
    const nowhere: Address = "0x000000000000000000000000000000000000dEaD";
    const record = { ...node.record, opgov: { ...node.record.opgov, factory: nowhere } };
    const error = await createOpGovClientForChain({ rpcUrl: node.url, deploymentRecords: [record] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeploymentCodeMissingError);
    expect((error as DeploymentCodeMissingError).missing).toEqual([{ name: "opgov.factory", address: nowhere }]);
    await expect(createOpGovClientForChain({ rpcUrl: node.url, deploymentRecords: [record], checkCode: false })).resolves.toBeDefined();
  });

  it("throws ChainUnreachableError without an endpoint, or when the endpoint does not answer", async () => {
    await expect(createOpGovClientForChain({ deploymentRecords: [node.record] })).rejects.toBeInstanceOf(ChainUnreachableError);
    const dead = custom({ request: async () => Promise.reject(new Error("connection refused")) }, { retryCount: 0 });
    await expect(createOpGovClientForChain({ transport: dead, deploymentRecords: [node.record] })).rejects.toBeInstanceOf(ChainUnreachableError);
  });
});

describe("getCanonicalContracts", () => {
  it("gives Hats v1's and Safe 1.5.0's canonical addresses for any chain", () => {
    expect(getCanonicalContracts(10)).toEqual({ chainId: 10, hats: HATS_V1_ADDRESS, safe: SAFE_1_5_0_CANONICAL_ADDRESSES });
  });
});
