import { beforeEach, describe, expect, it } from "vitest";
import { docHash } from "../../test/fixtures/org.js";
import { NoStandingObjectionError, UnknownRoundError } from "../errors/validation.js";
import { bobObjects, expectNothingSent, HOUR, loadActionsFixture, proposePolicy, warp, type ActionsFixture } from "../../test/fixtures/actions.js";
import { closeRound } from "./closeRound.js";
import { withdrawObjection } from "./withdrawObjection.js";

describe("withdrawObjection", () => {
  let f: ActionsFixture;
  beforeEach(async () => {
    f = await loadActionsFixture();
  });

  it("withdraws a standing objection; a blocked round then consents", async () => {
    const { chain, client } = f;
    const proposed = await proposePolicy(f);
    await bobObjects(f, proposed);
    await warp(chain, HOUR);
    const result = await withdrawObjection(client("bob"), { round: proposed.round });
    expect(result.withdrawn.args).toEqual({ round: proposed.round, objector: chain.actors.bob });
    const closed = await closeRound(client("stranger"), { round: proposed.round });
    expect(closed.consented).toBe(true);
  });

  it("refuses without sending: no standing objection, unknown round", async () => {
    const { chain, client } = f;
    const proposed = await proposePolicy(f);
    const error = await expectNothingSent(chain, chain.actors.alice, () => withdrawObjection(client("alice"), { round: proposed.round }), NoStandingObjectionError);
    expect(error.objector).toBe(chain.actors.alice);
    const unknown = await expectNothingSent(chain, chain.actors.bob, () => withdrawObjection(client("bob"), { round: docHash("x") }), UnknownRoundError);
    expect(unknown.round).toBe(docHash("x"));
  });
});
