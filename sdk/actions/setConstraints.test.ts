import { beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_CONSTRAINTS } from "../../test/fixtures/org.js";
import { OpGovPolicyBelowMinimumError } from "../errors/opgov.js";
import { InvalidParameterError, NotWearerError } from "../errors/validation.js";
import { expectNothingSent, loadActionsFixture, type ActionsFixture } from "../../test/fixtures/actions.js";
import { setConstraints } from "./setConstraints.js";

describe("setConstraints", () => {
  let f: ActionsFixture;
  beforeEach(async () => {
    f = await loadActionsFixture();
  });

  it("sets the network constraints", async () => {
    const { client } = f;
    const constraints = { ...DEFAULT_CONSTRAINTS, maxWindow: 21 * 86_400 };
    const { set } = await setConstraints(client("community"), { constraints });
    expect(set.args.constraints).toEqual(constraints);
  });

  it("refuses without sending: zero or inverted windows, not the community", async () => {
    const { chain, client } = f;
    const community = chain.actors.community;
    await expectNothingSent(chain, community, () => setConstraints(client("community"), { constraints: { ...DEFAULT_CONSTRAINTS, minWindow: 0 } }), InvalidParameterError);
    await expectNothingSent(chain, community, () => setConstraints(client("community"), { constraints: { ...DEFAULT_CONSTRAINTS, maxWindow: 60 } }), InvalidParameterError);
    await expectNothingSent(chain, chain.actors.alice, () => setConstraints(client("alice"), { constraints: DEFAULT_CONSTRAINTS }), NotWearerError);
  });

  it("decodes a contract revert: a policy below the protocol minimum", async () => {
    const { chain, client } = f;
    const error = await expectNothingSent(
      chain,
      chain.actors.community,
      () => setConstraints(client("community"), { constraints: { ...DEFAULT_CONSTRAINTS, requiredParties: 0n } }),
      OpGovPolicyBelowMinimumError,
    );
    expect(error.args).toEqual({ kind: 0, parties: 0, minimum: 1 });
    expect(error.shortMessage).toContain("for Allocation");
  });
});
