import { beforeEach, describe, expect, it } from "vitest";
import { docHash } from "../../test/fixtures/org.js";
import { roundId } from "../encoding/roundId.js";
import { OpGovContentMismatchError } from "../errors/opgov.js";
import { NotWearerError, RoundContentMismatchError, WindowOutOfBoundsError } from "../errors/validation.js";
import { amendPolicy, bobObjects, expectNothingSent, HOUR, loadActionsFixture, proposePolicy, warp, type ActionsFixture } from "../../test/fixtures/actions.js";
import { amendRound } from "./amendRound.js";

describe("amendRound", () => {
  let f: ActionsFixture;
  beforeEach(async () => {
    f = await loadActionsFixture();
  });

  it("amends a blocked round: revision 1, a new window, the new content", async () => {
    const { chain } = f;
    const proposed = await proposePolicy(f);
    await bobObjects(f, proposed);
    await warp(chain, HOUR);
    const amended = await amendPolicy(f, proposed);
    expect(amended.revision).toBe(1);
    expect(amended.content.rationaleHash).toBe(docHash("why-2"));
    expect(amended.content.salt).toBe(proposed.content.salt);
    const block = await chain.publicClient.getBlock({ blockNumber: amended.receipt.blockNumber });
    expect(amended.deadline).toBe(Number(block.timestamp) + HOUR);
    expect(amended.amended.args).toMatchObject({ round: proposed.round, revision: 1, rationaleUri: "ipfs://why-2" });
  });

  it("refuses without sending: wrong content, window out of bounds, not a member", async () => {
    const { chain, client } = f;
    const proposed = await proposePolicy(f);
    const base = {
      round: proposed.round,
      current: proposed.content,
      actions: proposed.content.actions,
      rationaleUri: "ipfs://w",
      rationaleHash: docHash("w"),
      window: HOUR,
    };
    const wrong = { ...proposed.content, rationaleHash: docHash("other") };
    const mismatch = await expectNothingSent(chain, chain.actors.alice, () => amendRound(client("alice"), { ...base, current: wrong }), RoundContentMismatchError);
    expect(mismatch.shortMessage).toContain(roundId({ instance: f.org.opgov, content: wrong }));
    await expectNothingSent(chain, chain.actors.alice, () => amendRound(client("alice"), { ...base, window: 100 * 86_400 }), WindowOutOfBoundsError);
    await expectNothingSent(chain, chain.actors.carol, () => amendRound(client("carol"), base), NotWearerError);
  });

  it("decodes a contract revert: the old content of an amended round", async () => {
    const { chain, client } = f;
    const proposed = await proposePolicy(f);
    await amendPolicy(f, proposed);
    const error = await expectNothingSent(
      chain,
      chain.actors.alice,
      () =>
        amendRound(client("alice"), {
          round: proposed.round,
          current: proposed.content,
          actions: proposed.content.actions,
          rationaleUri: "ipfs://w",
          rationaleHash: docHash("w"),
          window: HOUR,
        }),
      OpGovContentMismatchError,
    );
    expect(error.args.actual).toBe(proposed.round);
  });
});
