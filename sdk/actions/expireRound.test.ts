import { beforeEach, describe, expect, it } from "vitest";
import { OpGovContentMismatchError } from "../errors/opgov.js";
import { RoundStateError } from "../errors/validation.js";
import { amendPolicy, expectNothingSent, HOUR, loadActionsFixture, proposePolicy, warp, type ActionsFixture } from "../../test/fixtures/actions.js";
import { expireRound } from "./expireRound.js";

const WEEK = 7 * 86_400; // the fixture's execution window

describe("expireRound", () => {
  let f: ActionsFixture;
  beforeEach(async () => {
    f = await loadActionsFixture();
  });

  it("expires a consented round whose execution window passed", async () => {
    const { chain, client } = f;
    const proposed = await proposePolicy(f);
    await warp(chain, HOUR + WEEK);
    const result = await expireRound(client("stranger"), proposed);
    expect(result.expired.args.round).toBe(proposed.round);
  });

  it("refuses without sending a round that can still execute", async () => {
    const { chain, client } = f;
    const proposed = await proposePolicy(f);
    await warp(chain, HOUR);
    const error = await expectNothingSent(chain, chain.actors.stranger, () => expireRound(client("stranger"), proposed), RoundStateError);
    expect(error.shortMessage).toContain("is Consented");
  });

  it("decodes a contract revert: an amended round expired with its old content", async () => {
    const { chain, client } = f;
    const proposed = await proposePolicy(f);
    await amendPolicy(f, proposed);
    await warp(chain, HOUR + WEEK);
    await expectNothingSent(chain, chain.actors.stranger, () => expireRound(client("stranger"), proposed), OpGovContentMismatchError);
  });
});
