import { beforeEach, describe, expect, it } from "vitest";
import { docHash } from "../../test/fixtures/org.js";
import { OpGovContentMismatchError } from "../errors/opgov.js";
import { NoStandingObjectionError, NotWearerError, RoundStateError } from "../errors/validation.js";
import { amendPolicy, bobObjects, expectNothingSent, HOUR, loadActionsFixture, proposePolicy, warp, type ActionsFixture } from "../../test/fixtures/actions.js";
import { escalateRound } from "./escalateRound.js";
import { executeRound } from "./executeRound.js";
import { resolveEscalation } from "./resolveEscalation.js";

describe("resolveEscalation", () => {
  let f: ActionsFixture;
  beforeEach(async () => {
    f = await loadActionsFixture();
  });

  async function escalated(amend = false) {
    const proposed = await proposePolicy(f);
    await bobObjects(f, proposed);
    const current = amend ? (await amendPolicy(f, proposed)).content : proposed.content;
    await warp(f.chain, HOUR);
    await escalateRound(f.client("bob"), { round: proposed.round, content: current });
    return { proposed, current };
  }
  const rationale = { rationaleUri: "ipfs://decision", rationaleHash: docHash("decision") };

  it("accepts, dismissing the objection; the round is then executable", async () => {
    const { chain, client } = f;
    const { proposed } = await escalated();
    const result = await resolveEscalation(client("community"), { ...proposed, accept: true, dismissed: [chain.actors.bob], ...rationale });
    expect(result.accepted).toBe(true);
    expect(result.resolved.args).toMatchObject({ round: proposed.round, accepted: true, resolver: chain.actors.community });
    await executeRound(client("stranger"), proposed);
  });

  it("refuses without sending: not the resolver, a dismissed account without objection, not escalated", async () => {
    const { chain, client } = f;
    const community = chain.actors.community;
    const unescalated = await proposePolicy(f, "alice", "other");
    await expectNothingSent(chain, community, () => resolveEscalation(client("community"), { ...unescalated, accept: true, ...rationale }), RoundStateError);
    const { proposed } = await escalated();
    await expectNothingSent(chain, chain.actors.alice, () => resolveEscalation(client("alice"), { ...proposed, accept: false, ...rationale }), NotWearerError);
    const error = await expectNothingSent(
      chain,
      community,
      () => resolveEscalation(client("community"), { ...proposed, accept: true, dismissed: [chain.actors.alice], ...rationale }),
      NoStandingObjectionError,
    );
    expect(error.objector).toBe(chain.actors.alice);
  });

  it("decodes a contract revert: an amended round resolved with its old content", async () => {
    const { chain, client } = f;
    const { proposed } = await escalated(true);
    await expectNothingSent(chain, chain.actors.community, () => resolveEscalation(client("community"), { ...proposed, accept: false, ...rationale }), OpGovContentMismatchError);
  });
});
