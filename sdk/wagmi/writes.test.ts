import { readdirSync } from "node:fs";
import { parseEther } from "viem";
import { beforeEach, describe, expect, it } from "vitest";
import { HOUR, loadActionsFixture, warp, type ActionsFixture } from "../../test/fixtures/actions.js";
import { docHash } from "../../test/fixtures/org.js";
import { loadPhasesChain, threeCellSpec } from "../../test/fixtures/phases.js";
import { localDeployment, sdkClient } from "../../test/fixtures/sdk.js";
import { wagmiConfig } from "../../test/fixtures/wagmi.js";
import { encodeAllocation, encodePolicyDecision } from "../encoding/actions.js";
import { NotWearerError } from "../errors/validation.js";
import type { ProgressEvent } from "../internal/write.js";
import { planDao as sdkPlanDao } from "../phases/setupDao.js";
import { getRound } from "../reads/getRound.js";
import * as sdk from "../index.js";
import * as wagmi from "./index.js";
import { executeRound, getBudget, objectToRound, planDao, proposeRound, setupDao, spendBudget, withdrawObjection } from "./index.js";

// The SDK's write actions through a wagmi config: the in-process chain behind a `custom`
// transport, a test connector "connected" as one actor (test/fixtures/wagmi.ts).

describe("opgov/wagmi's coverage", () => {
  it("wraps every SDK action of sdk/actions, every phase setup and plan, and every read, under the SDK's name", () => {
    const actions = readdirSync(new URL("../actions/", import.meta.url))
      .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && file !== "types.ts")
      .map((file) => file.slice(0, -3));
    const phases = ["setupConversation", "planConversation", "setupFormation", "planFormation", "setupOrganization", "planOrganization", "setupDao", "planDao", "completeCell", "planCompletion"];
    const reads = ["getCell", "getCellTree", "getDomain", "getBudget", "getBudgets", "getConstraints", "getRound", "getObjections", "getHistory", "getDashboard"];
    const names = [...actions, ...phases, ...reads];
    expect(actions.length).toBeGreaterThanOrEqual(22);
    for (const name of names) {
      expect({ name, sdk: typeof (sdk as Record<string, unknown>)[name] }).toEqual({ name, sdk: "function" });
      expect({ name, wagmi: typeof (wagmi as Record<string, unknown>)[name] }).toEqual({ name, wagmi: "function" });
      expect({ name, same: (wagmi as Record<string, unknown>)[name] === (sdk as Record<string, unknown>)[name] }).toEqual({ name, same: false });
    }
  });
});

describe("wagmi write actions", () => {
  let f: ActionsFixture;
  beforeEach(async () => {
    f = await loadActionsFixture();
  });

  it("spendBudget sends from the connected account and returns the SDK's result", async () => {
    const { chain, org } = f;
    const config = await wagmiConfig(chain, "bob");
    const tusd = await chain.connection.viem.getContractAt("TestToken", org.token);
    const spent = await spendBudget(config, { instance: org.opgov, domain: 1, token: org.token, to: chain.actors.stranger, amount: parseEther("250") });
    expect(spent.receipt.from.toLowerCase()).toBe(chain.actors.bob.toLowerCase());
    expect(spent.spent.args).toMatchObject({ domain: 1, spender: chain.actors.bob, amount: parseEther("250") });
    expect(spent.remaining).toBe(parseEther("7750"));
    expect(await tusd.read.balanceOf([chain.actors.stranger])).toBe(parseEther("250"));
    const budget = await getBudget(config, { instance: org.opgov, domain: 1, token: org.token });
    expect(budget.remaining).toBe(spent.remaining);
  });

  it("spendBudget refuses, with the SDK's named error and nothing sent, when the connected account lacks the spender hat", async () => {
    const { chain, org } = f;
    const config = await wagmiConfig(chain, "stranger");
    const before = await chain.publicClient.getTransactionCount({ address: chain.actors.stranger });
    const error = await spendBudget(config, { instance: org.opgov, domain: 1, token: org.token, to: chain.actors.stranger, amount: 1n }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotWearerError);
    expect(await chain.publicClient.getTransactionCount({ address: chain.actors.stranger })).toBe(before);
  });

  it("proposeRound, objectToRound, withdrawObjection and executeRound walk a round to execution, each from its own connected account", async () => {
    const { chain, org } = f;
    const [alice, bob, stranger] = await Promise.all([wagmiConfig(chain, "alice"), wagmiConfig(chain, "bob"), wagmiConfig(chain, "stranger")]);
    const tusd = await chain.connection.viem.getContractAt("TestToken", org.token);
    const proposed = await proposeRound(alice, {
      instance: org.opgov,
      scope: org.cells.a,
      actions: [
        encodeAllocation({ domain: 1, token: org.token, recipient: chain.actors.frank, amount: parseEther("42") }),
        encodePolicyDecision({ uri: "ipfs://policy", contentHash: docHash("policy") }),
      ],
      window: HOUR,
      rationaleUri: "ipfs://why",
      rationaleHash: docHash("why"),
    });
    expect(proposed.proposed.args.proposer).toBe(chain.actors.alice);

    const objected = await objectToRound(bob, {
      instance: org.opgov,
      round: proposed.round,
      objectorHats: proposed.content.objectorHats,
      reasonUri: "ipfs://reason",
      reasonHash: docHash("reason"),
    });
    expect(objected.receipt.from.toLowerCase()).toBe(chain.actors.bob.toLowerCase());
    expect((await getRound(sdkClient(chain, undefined, org), { round: proposed.round })).objections).toHaveLength(1);

    await withdrawObjection(bob, { instance: org.opgov, round: proposed.round });
    await warp(chain, HOUR);
    const executed = await executeRound(stranger, { instance: org.opgov, round: proposed.round, content: proposed.content });
    expect(executed.executed.args).toMatchObject({ round: proposed.round, executor: chain.actors.stranger });
    expect(await tusd.read.balanceOf([chain.actors.frank])).toBe(parseEther("42"));
  });
});

describe("wagmi phase setups", () => {
  it("setupDao brings the three-cell organisation on-chain from the connected operator, as planned, reporting progress", async () => {
    const { chain, data } = await loadPhasesChain();
    const spec = threeCellSpec(chain, data.token);
    const deployment = localDeployment(chain);
    const config = await wagmiConfig(chain, "operator");
    const plan = await planDao(config, { spec, deployment, operator: chain.actors.operator });
    expect(plan).toEqual(await sdkPlanDao(sdkClient(chain, "operator"), spec));
    const progress: ProgressEvent[] = [];
    const result = await setupDao(config, { spec, deployment, onProgress: (event) => progress.push(event) });
    expect(result.transactions.map((tx) => tx.description)).toEqual(plan.transactions.map((tx) => tx.description));
    expect(result.resolved).toEqual(plan.resolved);
    expect(progress.filter((event) => event.type === "sent")).toHaveLength(plan.transactions.length);
    expect((await planDao(config, { spec, deployment, operator: chain.actors.operator })).transactions).toEqual([]);
  });
});
