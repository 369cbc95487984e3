import { beforeEach, describe, expect, it } from "vitest";
import { OpGovContentMismatchError } from "../errors/opgov.js";
import { NotWearerError, RoundStateError } from "../errors/validation.js";
import { amendPolicy, bobObjects, expectNothingSent, HOUR, loadActionsFixture, proposePolicy, warp, type ActionsFixture } from "../../test/fixtures/actions.js";
import { escalateRound } from "./escalateRound.js";

describe("escalateRound", () => {
  let f: ActionsFixture;
  beforeEach(async () => {
    f = await loadActionsFixture();
  });

  it("escalates a blocked round of a top-level cell to the community (by the objector)", async () => {
    const { org, chain, client } = f;
    const proposed = await proposePolicy(f);
    await bobObjects(f, proposed);
    await warp(chain, HOUR);
    const result = await escalateRound(client("bob"), proposed);
    expect(result.resolverHat).toBe(org.topHat);
    expect(result.escalated.args).toEqual({ round: proposed.round, by: chain.actors.bob, resolverHat: org.topHat });
  });

  it("refuses without sending: round not blocked, caller neither member nor objector", async () => {
    const { chain, client } = f;
    const proposed = await proposePolicy(f);
    await bobObjects(f, proposed);
    await expectNothingSent(chain, chain.actors.bob, () => escalateRound(client("bob"), proposed), RoundStateError);
    await warp(chain, HOUR);
    await expectNothingSent(chain, chain.actors.carol, () => escalateRound(client("carol"), proposed), NotWearerError);
  });

  it("decodes a contract revert: an amended round escalated with its old content", async () => {
    const { chain, client } = f;
    const proposed = await proposePolicy(f);
    await bobObjects(f, proposed);
    await amendPolicy(f, proposed);
    await warp(chain, HOUR);
    await expectNothingSent(chain, chain.actors.bob, () => escalateRound(client("bob"), proposed), OpGovContentMismatchError);
  });
});
