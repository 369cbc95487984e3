import { getAddress, parseEther, zeroAddress, type Address } from "viem";
import { beforeEach, describe, expect, it } from "vitest";
import { opgovAbi } from "../abis/opgov.js";
import type { LocalChain } from "../../test/fixtures/chain.js";
import { docHash, HOUR, mined } from "../../test/fixtures/org.js";
import { loadPhasesChain, threeCellSpec } from "../../test/fixtures/phases.js";
import { sdkClient } from "../../test/fixtures/sdk.js";
import { executeRound } from "../actions/executeRound.js";
import { proposeRound } from "../actions/proposeRound.js";
import { spendBudget } from "../actions/spendBudget.js";
import { encodeAllocation, encodePolicyDecision } from "../encoding/actions.js";
import { NotWearerError } from "../errors/validation.js";
import { completeCell } from "./completeCell.js";
import { setupConversation } from "./setupConversation.js";
import { setupFormation } from "./setupFormation.js";
import { setupOrganization } from "./setupOrganization.js";

// One organisation through all five phases: a community and three cells (ops, its sub-cell
// tooling, research), every step through the SDK: phase setups, then coordination with its actions.

describe("five phases end to end", () => {
  let chain: LocalChain;
  let token: Address;
  beforeEach(async () => {
    ({ chain, data: { token } } = await loadPhasesChain());
  });

  it("conversation → formation → organization → coordination → completion", async () => {
    const spec = threeCellSpec(chain, token);
    const operator = sdkClient(chain, "operator");
    const steps: string[] = [];
    const onProgress = (e: { type: string; step: string }) => e.type === "sent" && steps.push(e.step);

    // Conversation, Formation, Organization.
    const conversation = await setupConversation(operator, spec, { onProgress });
    const formation = await setupFormation(operator, spec, { onProgress });
    const organization = await setupOrganization(operator, spec, { onProgress });
    expect([conversation, formation, organization].map((r) => r.transactions.length)).toEqual([2, 1, 1]);
    expect(steps).toHaveLength(4);
    console.log(
      "three-cell setup, gas per operator transaction:",
      JSON.stringify(Object.fromEntries([["conversation", conversation], ["formation", formation], ["organization", organization]].map(([name, r]) => [name as string, (r as typeof conversation).transactions.map((tx) => `${tx.via} ${tx.gasUsed}`)]))),
    );
    const { instance, treasury, cells, cellSafes, domains } = organization.resolved;

    // The treasury gets funds.
    const tokenAbi = [{ type: "function", name: "mint", stateMutability: "nonpayable", inputs: [{ name: "to", type: "address" }, { name: "amount", type: "uint256" }], outputs: [] }] as const;
    await mined(chain, chain.wallets.deployer.writeContract({ address: token, abi: tokenAbi, functionName: "mint", args: [treasury, parseEther("100000")] }));

    // Coordination: ops' member alice spends from ops' domain to the tooling Safe; tooling's
    // member carol spends from its delegated domain; research proposes an allocation that
    // passes in silence and executes; tooling proposes a policy decision and leaves it open.
    const as = (who: "alice" | "carol" | "eve" | "stranger") => sdkClient(chain, who, { opgov: instance });
    await spendBudget(as("alice"), { domain: domains["ops-budget"]!, token, to: cellSafes.tooling!, amount: parseEther("100") });
    await spendBudget(as("carol"), { domain: domains["tooling-budget"]!, token, to: chain.actors.dave, amount: parseEther("50") });

    const grant = await proposeRound(as("eve"), {
      scope: cells.research!,
      actions: [encodeAllocation({ domain: domains["research-budget"]!, token, recipient: chain.actors.frank, amount: parseEther("300") })],
      window: HOUR,
      rationaleUri: "ipfs://grant",
      rationaleHash: docHash("ipfs://grant"),
    });
    const open = await proposeRound(as("carol"), {
      scope: cells.tooling!,
      actions: [encodePolicyDecision({ uri: "ipfs://tooling-policy", contentHash: docHash("ipfs://tooling-policy") })],
      window: HOUR,
      rationaleUri: "ipfs://policy",
      rationaleHash: docHash("ipfs://policy"),
    });
    await chain.testClient.increaseTime({ seconds: HOUR + 1 });
    await chain.testClient.mine({ blocks: 1 });
    await executeRound(as("stranger"), { round: grant.round, content: grant.content });
    const balanceOf = [{ type: "function", name: "balanceOf", stateMutability: "view", inputs: [{ name: "a", type: "address" }], outputs: [{ name: "", type: "uint256" }] }] as const;
    expect(await chain.publicClient.readContract({ address: token, abi: balanceOf, functionName: "balanceOf", args: [chain.actors.frank] })).toBe(parseEther("300"));

    // Completion of the sub-cell: hats off, its slice back to ops' domain, and the report.
    const done = await completeCell(operator, { spec, cell: "tooling" });
    expect(done.transactions).toHaveLength(1);
    console.log("completion of a sub-cell, gas:", String(done.transactions[0]!.gasUsed));
    expect(done.holdings).toEqual({
      cell: cells.tooling,
      safe: cellSafes.tooling,
      balances: [{ token: getAddress(token), amount: parseEther("100") }],
      unfinishedRounds: [{ round: open.round, state: "Consented" }],
      returnedSlices: [{ domain: domains["tooling-budget"], parent: domains["ops-budget"], token: getAddress(token), amount: parseEther("2000") }],
      hatsOff: true,
    });
    const opsBudget = await chain.publicClient.readContract({ address: instance, abi: opgovAbi, functionName: "getBudget", args: [domains["ops-budget"]!, token] });
    expect(opsBudget.delegated).toBe(0n);
    // The completed cell's member wears no active hat any more: the SDK refuses before sending.
    const refused = await spendBudget(as("carol"), { domain: domains["tooling-budget"]!, token, to: chain.actors.dave, amount: 1n }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(NotWearerError);

    // Completing again sends nothing and still reports the Safe's holdings.
    const again = await completeCell(operator, { spec, cell: "tooling" });
    expect(again.transactions).toEqual([]);
    expect(again.holdings.balances).toEqual([{ token: getAddress(token), amount: parseEther("100") }]);
    expect(again.holdings.safe).not.toBe(zeroAddress);
  });
});
