import { beforeEach, describe, expect, it } from "vitest";
import type { LocalChain } from "../../test/fixtures/chain.js";
import { loadOrg } from "../../test/fixtures/org.js";
import { activeOrg, type ActiveOrg } from "../../test/fixtures/readsOrg.js";
import { sdkClient } from "../../test/fixtures/sdk.js";
import { wagmiConfig } from "../../test/fixtures/wagmi.js";
import * as sdk from "../index.js";
import { opgovAbi } from "../abis/opgov.js";
import { getBudget, getCell, getCellTree, getConstraints, getDashboard, getDomain, getHistory, getObjections, getRound, opgovContract, WagmiChainNotConfiguredError } from "./index.js";
import { readContract } from "@wagmi/core";

describe("wagmi read actions", () => {
  let chain: LocalChain;
  let org: ActiveOrg;
  beforeEach(async () => {
    ({ chain, data: org } = await loadOrg(activeOrg));
  });

  it("each wagmi read returns what the SDK action returns, through a wagmi config over the chain's provider", async () => {
    const config = await wagmiConfig(chain);
    const client = sdkClient(chain, undefined, org);
    const instance = org.opgov;
    expect(await getCell(config, { instance, cell: org.cells.b })).toEqual(await sdk.getCell(client, { cell: org.cells.b }));
    expect(await getCellTree(config, { instance })).toEqual(await sdk.getCellTree(client));
    expect(await getDomain(config, { instance, domain: 2 })).toEqual(await sdk.getDomain(client, { domain: 2 }));
    expect(await getBudget(config, { instance, domain: 1, token: org.token })).toEqual(await sdk.getBudget(client, { domain: 1, token: org.token }));
    expect(await getConstraints(config, { instance })).toEqual(await sdk.getConstraints(client));
    const round = org.rounds.blocked.id;
    expect(await getRound(config, { instance, round })).toEqual(await sdk.getRound(client, { round }));
    expect(await getObjections(config, { instance, round })).toEqual(await sdk.getObjections(client, { round }));
    expect(await getHistory(config, { instance, categories: ["spend"] })).toEqual(await sdk.getHistory(client, { categories: ["spend"] }));
    const dashboard = await getDashboard(config, { instance, chainId: chain.addresses.chainId });
    expect(dashboard).toEqual(await sdk.getDashboard(client, { blockNumber: dashboard.blockNumber }));
  });

  it("a wagmi read without an instance throws MissingInstanceError; on an unconfigured chain WagmiChainNotConfiguredError", async () => {
    const config = await wagmiConfig(chain);
    await expect(getCell(config, { cell: org.cells.a })).rejects.toBeInstanceOf(sdk.MissingInstanceError);
    await expect(getCell(config, { instance: org.opgov, cell: org.cells.a, chainId: 1 as never })).rejects.toBeInstanceOf(WagmiChainNotConfiguredError);
  });

  it("opgovContract gives wagmi's readContract a typed contract config", async () => {
    const config = await wagmiConfig(chain);
    const contract = opgovContract(org.opgov);
    expect(contract.abi).toBe(opgovAbi);
    const view = await readContract(config, { ...contract, functionName: "getCell", args: [org.cells.c] });
    expect(view.id).toBe(org.cells.c);
  });
});
