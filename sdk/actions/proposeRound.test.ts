import { parseEther } from "viem";
import { beforeEach, describe, expect, it } from "vitest";
import { as, docHash } from "../../test/fixtures/org.js";
import { encodeAllocation, encodePolicyDecision } from "../encoding/actions.js";
import { roundId } from "../encoding/roundId.js";
import { RoundState } from "../encoding/types.js";
import { OpGovActionOutOfScopeError } from "../errors/opgov.js";
import { InvalidAmountError, InvalidParameterError, NotWearerError, RoundExistsError, UnknownCellError, WindowOutOfBoundsError } from "../errors/validation.js";
import { expectNothingSent, HOUR, loadActionsFixture, proposePolicy, type ActionsFixture } from "../../test/fixtures/actions.js";
import { proposeRound } from "./proposeRound.js";

describe("proposeRound", () => {
  let f: ActionsFixture;
  beforeEach(async () => {
    f = await loadActionsFixture();
  });

  it("proposes with the required objectors first and returns the id, content and deadline", async () => {
    const { org, chain, client } = f;
    const result = await proposeRound(client("alice"), {
      scope: org.cells.b,
      actions: [encodeAllocation({ domain: 2, token: org.token, recipient: chain.actors.dave, amount: parseEther("10") })],
      window: 2 * HOUR,
      rationaleUri: "ipfs://why",
      rationaleHash: docHash("why"),
      addedObjectorHats: [org.memberHats.c],
    }).catch((e: unknown) => e);
    // alice is not a member of B: refused before sending.
    expect(result).toBeInstanceOf(NotWearerError);

    const proposed = await proposeRound(client("dave"), {
      scope: org.cells.b,
      actions: [encodeAllocation({ domain: 2, token: org.token, recipient: chain.actors.dave, amount: parseEther("10") })],
      window: 2 * HOUR,
      rationaleUri: "ipfs://why",
      rationaleHash: docHash("why"),
      addedObjectorHats: [org.memberHats.c],
    });
    expect(proposed.content.objectorHats).toEqual([org.memberHats.a, org.memberHats.c]); // parent circle, then added
    expect(proposed.round).toBe(roundId({ instance: org.opgov, content: proposed.content }));
    const block = await chain.publicClient.getBlock({ blockNumber: proposed.receipt.blockNumber });
    expect(proposed.deadline).toBe(Number(block.timestamp) + 2 * HOUR);
    expect(proposed.proposed.args.proposer).toBe(chain.actors.dave);
    expect(proposed.gasUsed).toBeGreaterThan(0n);
    const { opgov } = await as(chain, org, "stranger");
    expect(await opgov.read.roundState([proposed.round])).toBe(RoundState.Open);
  });

  it("refuses bad input and failing pre-checks without sending", async () => {
    const { org, chain, client } = f;
    const alice = chain.actors.alice;
    const base = {
      scope: org.cells.a,
      actions: [encodePolicyDecision({ uri: "ipfs://p", contentHash: docHash("p") })],
      window: HOUR,
      rationaleUri: "ipfs://why",
      rationaleHash: docHash("why"),
    };
    const window = await expectNothingSent(chain, alice, () => proposeRound(client("alice"), { ...base, window: 60 }), WindowOutOfBoundsError);
    expect(window.shortMessage).toBe("The objection window 60 s (1 min) is outside the community's bounds 3600 s (1 h) to 1209600 s (14 d).");
    await expectNothingSent(chain, alice, () => proposeRound(client("alice"), { ...base, scope: 12345n }), UnknownCellError);
    await expectNothingSent(chain, chain.actors.stranger, () => proposeRound(client("stranger"), base), NotWearerError);
    await expectNothingSent(chain, alice, () => proposeRound(client("alice"), { ...base, actions: [] }), InvalidParameterError);
    await expectNothingSent(
      chain,
      alice,
      () => proposeRound(client("alice"), { ...base, actions: [encodeAllocation({ domain: 1, token: org.token, recipient: alice, amount: 0n })] }),
      InvalidAmountError,
    );
    const first = await proposePolicy(f, "alice", "same");
    const again = await expectNothingSent(chain, alice, () => proposePolicy(f, "alice", "same"), RoundExistsError);
    expect(again.round).toBe(first.round);
  });

  it("decodes a contract revert: an allocation charged to another cell's domain", async () => {
    const { org, chain, client } = f;
    const error = await expectNothingSent(
      chain,
      chain.actors.alice,
      () =>
        proposeRound(client("alice"), {
          scope: org.cells.a,
          actions: [encodeAllocation({ domain: 3, token: org.token, recipient: chain.actors.alice, amount: 1n })],
          window: HOUR,
          rationaleUri: "ipfs://why",
          rationaleHash: docHash("why"),
        }),
      OpGovActionOutOfScopeError,
    );
    expect(error.args).toEqual({ scope: org.cells.a, index: 0n, kind: 0 });
    expect(error.shortMessage).toContain("Action 0 (Allocation)");
  });
});
