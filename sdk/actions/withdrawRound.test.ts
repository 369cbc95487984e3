import { beforeEach, describe, expect, it } from "vitest";
import { OpGovContentMismatchError } from "../errors/opgov.js";
import { NotWearerError, RoundStateError } from "../errors/validation.js";
import { amendPolicy, expectNothingSent, loadActionsFixture, proposePolicy, type ActionsFixture } from "../../test/fixtures/actions.js";
import { withdrawRound } from "./withdrawRound.js";

describe("withdrawRound", () => {
  let f: ActionsFixture;
  beforeEach(async () => {
    f = await loadActionsFixture();
  });

  it("withdraws an open round (any member of the proposing cell may)", async () => {
    const { chain, client } = f;
    const proposed = await proposePolicy(f);
    const result = await withdrawRound(client("bob"), proposed);
    expect(result.withdrawn.args).toEqual({ round: proposed.round, by: chain.actors.bob });
  });

  it("refuses without sending: not a member, already withdrawn", async () => {
    const { chain, client } = f;
    const proposed = await proposePolicy(f);
    await expectNothingSent(chain, chain.actors.eve, () => withdrawRound(client("eve"), proposed), NotWearerError);
    await withdrawRound(client("alice"), proposed);
    const again = await expectNothingSent(chain, chain.actors.alice, () => withdrawRound(client("alice"), proposed), RoundStateError);
    expect(again.shortMessage).toContain("is Withdrawn");
  });

  it("decodes a contract revert: an amended round withdrawn with its old content", async () => {
    const { chain, client } = f;
    const proposed = await proposePolicy(f);
    await amendPolicy(f, proposed);
    await expectNothingSent(chain, chain.actors.alice, () => withdrawRound(client("alice"), proposed), OpGovContentMismatchError);
  });
});
