import { parseEther } from "viem";
import { beforeEach, describe, expect, it } from "vitest";
import { as } from "../../test/fixtures/org.js";
import { OpGovNotManagedHatError } from "../errors/opgov.js";
import { NotHatAdminError, NotWearerError } from "../errors/validation.js";
import { expectNothingSent, loadActionsFixture, type ActionsFixture } from "../../test/fixtures/actions.js";
import { setWearerStanding } from "./setWearerStanding.js";
import { spendBudget } from "./spendBudget.js";

describe("setWearerStanding", () => {
  let f: ActionsFixture;
  beforeEach(async () => {
    f = await loadActionsFixture();
  });

  it("revokes a member (the cell hat's wearer is the member hat's admin); the member loses its powers at once", async () => {
    const { org, chain, client } = f;
    const { set } = await setWearerStanding(client("alice"), { hat: org.memberHats.a, wearer: chain.actors.bob, eligible: false });
    expect(set.args).toEqual({ hat: org.memberHats.a, wearer: chain.actors.bob, eligible: false, by: chain.actors.alice });
    const { hats } = await as(chain, org, "stranger");
    expect(await hats.read.isWearerOfHat([chain.actors.bob, org.memberHats.a])).toBe(false);
    await expectNothingSent(
      chain,
      chain.actors.bob,
      () => spendBudget(client("bob"), { domain: 1, token: org.token, to: chain.actors.bob, amount: parseEther("1") }),
      NotWearerError,
    );
  });

  it("refuses without sending when the caller is not an admin of the hat", async () => {
    const { org, chain, client } = f;
    const error = await expectNothingSent(chain, chain.actors.bob, () => setWearerStanding(client("bob"), { hat: org.memberHats.a, wearer: chain.actors.alice, eligible: false }), NotHatAdminError);
    expect(error.account).toBe(chain.actors.bob);
  });

  it("decodes a contract revert: a hat whose eligibility module is not opgov", async () => {
    const { org, chain, client } = f;
    const error = await expectNothingSent(
      chain,
      chain.actors.community,
      () => setWearerStanding(client("community"), { hat: org.rootHat, wearer: org.opgov, eligible: false }),
      OpGovNotManagedHatError,
    );
    expect(error.args.hat).toBe(org.rootHat);
  });
});
