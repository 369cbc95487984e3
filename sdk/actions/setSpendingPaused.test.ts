import { parseEther } from "viem";
import { beforeEach, describe, expect, it } from "vitest";
import { NotWearerError, SpendingPausedError } from "../errors/validation.js";
import { expectNothingSent, loadActionsFixture, type ActionsFixture } from "../../test/fixtures/actions.js";
import { setSpendingPaused } from "./setSpendingPaused.js";
import { spendBudget } from "./spendBudget.js";

describe("setSpendingPaused", () => {
  let f: ActionsFixture;
  beforeEach(async () => {
    f = await loadActionsFixture();
  });

  it("pauses spending (spends are then refused) and resumes it", async () => {
    const { org, chain, client } = f;
    const { set } = await setSpendingPaused(client("community"), { paused: true });
    expect(set.args.paused).toBe(true);
    const spend = () => spendBudget(client("bob"), { domain: 1, token: org.token, to: chain.actors.bob, amount: parseEther("1") });
    await expectNothingSent(chain, chain.actors.bob, spend, SpendingPausedError);
    await setSpendingPaused(client("community"), { paused: false });
    await spend();
  });

  it("refuses without sending when the caller is not the community", async () => {
    const { chain, client } = f;
    await expectNothingSent(chain, chain.actors.alice, () => setSpendingPaused(client("alice"), { paused: true }), NotWearerError);
  });
});
