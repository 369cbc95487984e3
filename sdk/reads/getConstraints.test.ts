import { describe, expect, it } from "vitest";
import { as, DEFAULT_CONSTRAINTS, loadOrg, mined, MIN_REQUIRED_PARTIES, Parties, threeCells } from "../../test/fixtures/org.js";
import { sdkClient } from "../../test/fixtures/sdk.js";
import { getConstraints } from "./getConstraints.js";

describe("getConstraints", () => {
  it("getConstraints returns the windows and the protocol's minimum objector policy by action kind", async () => {
    const { chain, data: org } = await loadOrg(threeCells);
    const constraints = await getConstraints(sdkClient(chain, undefined, org));
    expect(constraints).toEqual({
      minWindow: DEFAULT_CONSTRAINTS.minWindow,
      maxWindow: DEFAULT_CONSTRAINTS.maxWindow,
      executionWindow: DEFAULT_CONSTRAINTS.executionWindow,
      spendingPaused: false,
      requiredParties: {
        Allocation: ["parentCircle"],
        SetBudget: ["parentCircle"],
        CreateCell: ["parentCircle"],
        MovePhase: ["parentCircle"],
        AssignDomain: ["parentCircle"],
        DelegateDomain: ["parentCircle"],
        PolicyDecision: ["cellMembers"],
      },
      requiredPartiesWord: MIN_REQUIRED_PARTIES,
    });
  });

  it("getConstraints reflects a pause and a stricter policy the community set", async () => {
    const { chain, data: org } = await loadOrg(threeCells);
    const { opgov } = await as(chain, org, "community");
    const policy = MIN_REQUIRED_PARTIES | (BigInt(Parties.Community) << 48n);
    await mined(chain, opgov.write.setConstraints([{ ...DEFAULT_CONSTRAINTS, requiredParties: policy }]));
    await mined(chain, opgov.write.setSpendingPaused([true]));
    const constraints = await getConstraints(sdkClient(chain, undefined, org));
    expect(constraints.spendingPaused).toBe(true);
    expect(constraints.requiredParties.PolicyDecision).toEqual(["cellMembers", "community"]);
  });
});
