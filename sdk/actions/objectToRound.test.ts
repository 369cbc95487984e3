import { zeroHash } from "viem";
import { beforeEach, describe, expect, it } from "vitest";
import { docHash } from "../../test/fixtures/org.js";
import { OpGovObjectorHatsMismatchError } from "../errors/opgov.js";
import { AlreadyObjectedError, InvalidParameterError, NotWearerError, RoundStateError, UnknownRoundError } from "../errors/validation.js";
import { bobObjects, expectNothingSent, HOUR, loadActionsFixture, proposePolicy, warp, type ActionsFixture } from "../../test/fixtures/actions.js";
import { objectToRound } from "./objectToRound.js";

describe("objectToRound", () => {
  let f: ActionsFixture;
  beforeEach(async () => {
    f = await loadActionsFixture();
  });

  it("objects under the first objector hat the caller wears", async () => {
    const { org, chain } = f;
    const proposed = await proposePolicy(f);
    const result = await bobObjects(f, proposed);
    expect(result.hat).toBe(org.memberHats.a);
    expect(result.revision).toBe(0);
    expect(result.raised.args).toMatchObject({ round: proposed.round, objector: chain.actors.bob, reasonUri: "ipfs://reason" });
  });

  it("refuses without sending: no reason, unknown round, not an objector, twice, after the window", async () => {
    const { chain, client } = f;
    const bob = chain.actors.bob;
    const proposed = await proposePolicy(f);
    const base = { round: proposed.round, objectorHats: proposed.content.objectorHats, reasonUri: "ipfs://r", reasonHash: docHash("r") };
    await expectNothingSent(chain, bob, () => objectToRound(client("bob"), { ...base, reasonHash: zeroHash }), InvalidParameterError);
    await expectNothingSent(chain, bob, () => objectToRound(client("bob"), { ...base, reasonUri: "" }), InvalidParameterError);
    await expectNothingSent(chain, bob, () => objectToRound(client("bob"), { ...base, round: docHash("nope") }), UnknownRoundError);
    await expectNothingSent(chain, chain.actors.carol, () => objectToRound(client("carol"), base), NotWearerError);
    await bobObjects(f, proposed);
    await expectNothingSent(chain, bob, () => objectToRound(client("bob"), base), AlreadyObjectedError);
    await warp(chain, HOUR);
    const late = await expectNothingSent(chain, chain.actors.alice, () => objectToRound(client("alice"), base), RoundStateError);
    expect(late.shortMessage).toContain("is Blocked; it must be Open");
  });

  it("decodes a contract revert: objector hats that are not the round's", async () => {
    const { org, chain, client } = f;
    const proposed = await proposePolicy(f);
    const error = await expectNothingSent(
      chain,
      chain.actors.bob,
      () => objectToRound(client("bob"), { round: proposed.round, objectorHats: [org.memberHats.a, org.memberHats.c], reasonUri: "ipfs://r", reasonHash: docHash("r") }),
      OpGovObjectorHatsMismatchError,
    );
    expect(error.args.round).toBe(proposed.round);
  });
});
