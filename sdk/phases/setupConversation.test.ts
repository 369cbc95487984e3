import { getAddress, parseAbi } from "viem";
import { beforeEach, describe, expect, it } from "vitest";
import { opgovAbi } from "../abis/opgov.js";
import type { LocalChain } from "../../test/fixtures/chain.js";
import { loadPhasesChain, threeCellSpec } from "../../test/fixtures/phases.js";
import { sdkClient } from "../../test/fixtures/sdk.js";
import type { ProgressEvent } from "../internal/write.js";
import { InvalidSpecError, TreasuryNotOperableError } from "./errors.js";
import { planConversation, setupConversation } from "./setupConversation.js";

const safeAbi = parseAbi(["function isModuleEnabled(address) view returns (bool)", "function getOwners() view returns (address[])"]);
const hatsAbi = parseAbi(["function isWearerOfHat(address, uint256) view returns (bool)"]);

describe("setupConversation", () => {
  let chain: LocalChain;
  let token: `0x${string}`;
  beforeEach(async () => {
    ({ chain, data: { token } } = await loadPhasesChain());
  });

  it("plans two transactions on an empty chain: the operator's batch, then one treasury transaction", async () => {
    const plan = await planConversation(sdkClient(chain, "operator"), threeCellSpec(chain, token));
    expect(plan.transactions.map((tx) => tx.via)).toEqual(["batch", "treasury"]);
    expect(plan.transactions[0]!.calls.map((c) => c.description)).toEqual([
      expect.stringMatching(/^mint the community's top hat/),
      expect.stringMatching(/^deploy the treasury Safe/),
    ]);
    expect(plan.transactions[1]!.calls.map((c) => c.description)).toEqual([
      expect.stringMatching(/^create opgov's root hat/),
      expect.stringMatching(/^mint the root hat/),
      expect.stringMatching(/^enable opgov/),
      expect.stringMatching(/^deploy the opgov instance/),
      expect.stringMatching(/^community act \(1 action\): create cell "ops"/),
    ]);
  });

  it("brings the DAO up as planned: top hat on the treasury, root hat on the instance, module enabled, anchor cell", async () => {
    const client = sdkClient(chain, "operator");
    const spec = threeCellSpec(chain, token);
    const plan = await planConversation(client, spec);
    const events: ProgressEvent[] = [];
    const result = await setupConversation(client, spec, { onProgress: (e) => events.push(e) });

    expect(result.transactions).toHaveLength(2);
    expect(events.map((e) => `${e.type} ${e.index}/${e.total}`)).toEqual(["sending 0/2", "sent 0/2", "sending 1/2", "sent 1/2"]);
    expect(result.resolved.instance).toBe(plan.resolved.instance);
    expect(result.resolved.cells.ops).toBe(plan.resolved.cells.ops);

    const { publicClient } = chain;
    const { treasury, instance, topHat, rootHat } = result.resolved;
    expect(await publicClient.readContract({ address: treasury, abi: safeAbi, functionName: "isModuleEnabled", args: [instance] })).toBe(true);
    expect(await publicClient.readContract({ address: chain.addresses.hats, abi: hatsAbi, functionName: "isWearerOfHat", args: [treasury, topHat] })).toBe(true);
    expect(await publicClient.readContract({ address: chain.addresses.hats, abi: hatsAbi, functionName: "isWearerOfHat", args: [instance, rootHat] })).toBe(true);
    const read = (functionName: "communityHat" | "treasury" | "cellCount") =>
      publicClient.readContract({ address: instance, abi: opgovAbi, functionName });
    expect(await read("communityHat")).toBe(topHat);
    expect(getAddress((await read("treasury")) as string)).toBe(treasury);
    expect(await read("cellCount")).toBe(1n);
    const anchor = await publicClient.readContract({ address: instance, abi: opgovAbi, functionName: "getCell", args: [result.resolved.cells.ops!] });
    expect(anchor.metadataUri).toBe("ipfs://cell-ops");
    expect(anchor.phase).toBe(0);
  });

  it("sends nothing when run again", async () => {
    const client = sdkClient(chain, "operator");
    const spec = threeCellSpec(chain, token);
    const first = await setupConversation(client, spec);
    const again = await setupConversation(client, spec);
    expect(again.transactions).toEqual([]);
    expect(again.resolved).toEqual(first.resolved);
    expect((await planConversation(client, spec)).transactions).toEqual([]);
  });

  it("finds the deployed instance from the factory's record, even after the spec's deploy-time section changed", async () => {
    const client = sdkClient(chain, "operator");
    const spec = threeCellSpec(chain, token);
    const first = await setupConversation(client, spec);
    const edited = { ...spec, opgov: { ...spec.opgov, constraints: { ...spec.opgov.constraints, maxWindow: 30 * 86_400 } } };
    const plan = await planConversation(client, edited);
    expect(plan.transactions).toEqual([]);
    expect(plan.resolved.instance).toBe(first.resolved.instance);
  });

  it("uses an existing treasury Safe and community hat: one treasury transaction", async () => {
    const spec = threeCellSpec(chain, token);
    // The operator's batch alone (treasury Safe and top hat), as another tool would have made them.
    const plan = await planConversation(sdkClient(chain, "operator"), spec);
    const batch = plan.transactions[0]!;
    await chain.publicClient.waitForTransactionReceipt({ hash: await chain.wallets.operator.sendTransaction(batch.request) });
    const existing = { ...spec, treasury: { address: plan.resolved.treasury }, community: { name: "ignored", hat: plan.resolved.topHat } };
    const rest = await planConversation(sdkClient(chain, "operator"), existing);
    expect(rest.transactions.map((tx) => tx.via)).toEqual(["treasury"]);
    const result = await setupConversation(sdkClient(chain, "operator"), existing);
    expect(result.transactions).toHaveLength(1);
    expect(result.resolved).toEqual(rest.resolved);
    expect(await chain.publicClient.readContract({ address: result.resolved.instance, abi: opgovAbi, functionName: "communityHat" })).toBe(plan.resolved.topHat);
  });

  it("refuses a community hat the treasury does not wear", async () => {
    const spec = threeCellSpec(chain, token);
    const made = await setupConversation(sdkClient(chain, "operator"), spec);
    const other = { ...spec, treasury: { ...spec.treasury, saltNonce: "78" }, community: { name: "x", hat: made.resolved.topHat } };
    await expect(planConversation(sdkClient(chain, "operator"), other)).rejects.toBeInstanceOf(InvalidSpecError);
  });

  it("refuses a treasury the operator cannot execute alone, sending nothing", async () => {
    const spec = threeCellSpec(chain, token);
    const bad = { ...spec, treasury: { ...spec.treasury, owners: [chain.actors.operator, chain.actors.alice], threshold: 2 } };
    const before = await chain.publicClient.getTransactionCount({ address: chain.actors.operator });
    await expect(setupConversation(sdkClient(chain, "operator"), bad)).rejects.toBeInstanceOf(TreasuryNotOperableError);
    expect(await chain.publicClient.getTransactionCount({ address: chain.actors.operator })).toBe(before);
  });
});
