import { beforeEach, describe, expect, it } from "vitest";
import { docHash } from "../../test/fixtures/org.js";
import { InvalidAddressError, InvalidParameterError } from "../errors/validation.js";
import { loadActionsFixture, type ActionsFixture } from "../../test/fixtures/actions.js";
import { predictInstance } from "./predictInstance.js";

describe("predictInstance", () => {
  let f: ActionsFixture;
  beforeEach(async () => {
    f = await loadActionsFixture();
  });

  it("gives the address the DAO's instance was deployed to, and another one for another salt", async () => {
    const { org, client } = f;
    expect(await predictInstance(client("stranger"), { params: org.factoryParams, salt: org.salt })).toBe(org.opgov);
    expect(await predictInstance(client("stranger"), { params: org.factoryParams, salt: docHash("other") })).not.toBe(org.opgov);
  });

  it("refuses bad parameters", async () => {
    const { org, client } = f;
    await expect(predictInstance(client("stranger"), { params: { ...org.factoryParams, treasury: "0x12" as `0x${string}` }, salt: org.salt })).rejects.toBeInstanceOf(InvalidAddressError);
    await expect(predictInstance(client("stranger"), { params: org.factoryParams, salt: "0x1234" })).rejects.toBeInstanceOf(InvalidParameterError);
  });
});
