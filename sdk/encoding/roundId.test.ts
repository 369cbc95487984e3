import { parseEther } from "viem";
import { beforeEach, describe, expect, it } from "vitest";
import { as, docHash } from "../../test/fixtures/org.js";
import { loadActionsFixture, type ActionsFixture } from "../../test/fixtures/actions.js";
import { encodeAllocation, encodePolicyDecision, encodeSetBudget } from "./actions.js";
import { roundId } from "./roundId.js";
import type { RoundContent } from "./types.js";

describe("roundId", () => {
  let f: ActionsFixture;
  beforeEach(async () => {
    f = await loadActionsFixture();
  });

  it("equals the lens's roundCommitment, for one action and for several", async () => {
    const { chain, org } = f;
    const { opgov } = await as(chain, org, "stranger");
    const contents: RoundContent[] = [
      { scope: org.cells.a, salt: docHash("s1"), objectorHats: [org.topHat], actions: [encodePolicyDecision({ uri: "ipfs://p", contentHash: docHash("p") })], rationaleHash: docHash("r") },
      {
        scope: org.cells.b,
        salt: docHash("s2"),
        objectorHats: [org.memberHats.a, org.memberHats.b, org.memberHats.c],
        actions: [
          encodeAllocation({ domain: 2, token: org.token, recipient: chain.actors.dave, amount: parseEther("5") }),
          encodeSetBudget({ domain: 2, token: org.token, allowance: parseEther("1"), epochLength: 0 }),
        ],
        rationaleHash: docHash("r2"),
      },
    ];
    for (const content of contents) {
      expect(roundId({ instance: org.opgov, content })).toBe(await opgov.read.roundCommitment([content]));
    }
    // The commitment includes the instance: another instance gives another id.
    expect(roundId({ instance: org.treasury, content: contents[0]! })).not.toBe(roundId({ instance: org.opgov, content: contents[0]! }));
  });
});
