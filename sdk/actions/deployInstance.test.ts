import { beforeEach, describe, expect, it } from "vitest";
import { docHash } from "../../test/fixtures/org.js";
import { OpGovHatOutsideTreeError } from "../errors/opgov.js";
import { InstanceExistsError, InvalidParameterError } from "../errors/validation.js";
import { expectNothingSent, loadActionsFixture, type ActionsFixture } from "../../test/fixtures/actions.js";
import { deployInstance } from "./deployInstance.js";
import { predictInstance, type InstanceParams } from "./predictInstance.js";

describe("deployInstance", () => {
  let f: ActionsFixture;
  let params: InstanceParams;
  beforeEach(async () => {
    f = await loadActionsFixture();
    params = f.org.factoryParams;
  });

  it("deploys at the predicted address", async () => {
    const { chain, client } = f;
    const salt = docHash("another");
    const predicted = await predictInstance(client("operator"), { params, salt });
    const { instance, hash, gasUsed } = await deployInstance(client("operator"), { params, salt });
    expect(instance).toBe(predicted);
    expect(hash).toMatch(/^0x/);
    expect(gasUsed).toBeGreaterThan(0n);
    expect(await chain.publicClient.getCode({ address: instance })).not.toBe("0x");
  });

  it("refuses without sending: an instance exists there, the treasury is not a contract, caps do not match tokens", async () => {
    const { org, chain, client } = f;
    const operator = chain.actors.operator;
    const exists = await expectNothingSent(chain, operator, () => deployInstance(client("operator"), { params, salt: org.salt }), InstanceExistsError);
    expect(exists.instance).toBe(org.opgov);
    await expectNothingSent(chain, operator, () => deployInstance(client("operator"), { params: { ...params, treasury: chain.actors.dave }, salt: docHash("x") }), InvalidParameterError);
    await expectNothingSent(chain, operator, () => deployInstance(client("operator"), { params: { ...params, caps: [] }, salt: docHash("x") }), InvalidParameterError);
  });

  it("decodes a revert of the instance's constructor: a root hat with no level free below it", async () => {
    const { chain, client } = f;
    const rootHat = (1n << 224n) | 1n; // level 14
    const error = await expectNothingSent(chain, chain.actors.operator, () => deployInstance(client("operator"), { params: { ...params, rootHat }, salt: docHash("deep") }), OpGovHatOutsideTreeError);
    expect(error.args.hat).toBe(rootHat);
  });
});
