import { beforeEach, describe, expect, it } from "vitest";
import { docHash } from "../../test/fixtures/org.js";
import { RoundStateError, UnknownRoundError } from "../errors/validation.js";
import { bobObjects, expectNothingSent, HOUR, loadActionsFixture, proposePolicy, warp, type ActionsFixture } from "../../test/fixtures/actions.js";
import { closeRound } from "./closeRound.js";

describe("closeRound", () => {
  let f: ActionsFixture;
  beforeEach(async () => {
    f = await loadActionsFixture();
  });

  it("closes a silent round as consented, and an objected one as blocked", async () => {
    const { chain, client } = f;
    const silent = await proposePolicy(f, "alice", "silent");
    const objected = await proposePolicy(f, "alice", "objected");
    await bobObjects(f, objected);
    await warp(chain, HOUR);
    const a = await closeRound(client("stranger"), { round: silent.round });
    expect(a).toMatchObject({ consented: true, objections: 0 });
    const b = await closeRound(client("stranger"), { round: objected.round });
    expect(b).toMatchObject({ consented: false, objections: 1 });
    expect(b.closed.args.round).toBe(objected.round);
  });

  it("refuses without sending: window still open, already closed, unknown round", async () => {
    const { chain, client } = f;
    const stranger = chain.actors.stranger;
    const proposed = await proposePolicy(f);
    const open = await expectNothingSent(chain, stranger, () => closeRound(client("stranger"), { round: proposed.round }), RoundStateError);
    expect(open.shortMessage).toContain("is Open");
    expect(open.details).toMatch(/ends \(or ended\) at \d{4}-\d\d-\d\dT/);
    await warp(chain, HOUR);
    await closeRound(client("stranger"), { round: proposed.round });
    await expectNothingSent(chain, stranger, () => closeRound(client("stranger"), { round: proposed.round }), RoundStateError);
    await expectNothingSent(chain, stranger, () => closeRound(client("stranger"), { round: docHash("none") }), UnknownRoundError);
  });
});
