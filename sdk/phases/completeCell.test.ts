import type { Address } from "viem";
import { beforeEach, describe, expect, it } from "vitest";
import { opgovAbi } from "../abis/opgov.js";
import type { LocalChain } from "../../test/fixtures/chain.js";
import { loadPhasesChain, threeCellSpec } from "../../test/fixtures/phases.js";
import { sdkClient } from "../../test/fixtures/sdk.js";
import { OpGovContractError } from "../errors/contract.js";
import { completeCell, planCompletion } from "./completeCell.js";
import { InvalidSpecError, SetupTransactionError } from "./errors.js";
import { setupDao } from "./setupDao.js";

describe("completeCell", () => {
  let chain: LocalChain;
  let token: Address;
  beforeEach(async () => {
    ({ chain, data: { token } } = await loadPhasesChain());
  });

  it("plans one community act, and nothing once the cell is complete", async () => {
    const client = sdkClient(chain, "operator");
    const spec = threeCellSpec(chain, token);
    await setupDao(client, spec);
    const plan = await planCompletion(client, { spec, cell: "research" });
    expect(plan.transactions).toHaveLength(1);
    expect(plan.transactions[0]!.calls.map((c) => c.description)).toEqual([
      'community act (1 action): complete cell "research" (hats off, allowances zero)',
    ]);
    const done = await completeCell(client, { spec, cell: "research" });
    expect(done.holdings.hatsOff).toBe(true);
    expect(done.holdings.returnedSlices).toEqual([]); // a root domain: its allowance is zeroed, nothing returns
    const budget = await chain.publicClient.readContract({ address: done.resolved.instance, abi: opgovAbi, functionName: "getBudget", args: [done.resolved.domains["research-budget"]!, token] });
    expect(budget.allowance).toBe(0n);
    expect((await planCompletion(client, { spec, cell: "research" })).transactions).toEqual([]);
  });

  it("refuses a cell with an active sub-cell, with opgov's named error", async () => {
    const client = sdkClient(chain, "operator");
    const spec = threeCellSpec(chain, token);
    const { resolved } = await setupDao(client, spec);
    const error = await completeCell(client, { spec, cell: "ops" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SetupTransactionError);
    const cause = (error as SetupTransactionError).cause;
    expect(cause).toBeInstanceOf(OpGovContractError);
    expect((cause as OpGovContractError).errorName).toBe("OpGovCellHasActiveSubCells");
    expect((cause as OpGovContractError).args).toEqual({ cell: resolved.cells.ops, activeSubCells: 1n });
  });

  it("refuses an unknown cell key before sending anything", async () => {
    const client = sdkClient(chain, "operator");
    const spec = threeCellSpec(chain, token);
    await setupDao(client, spec);
    await expect(completeCell(client, { spec, cell: "nope" })).rejects.toBeInstanceOf(InvalidSpecError);
  });
});
