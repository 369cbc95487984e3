import { beforeEach, describe, expect, it } from "vitest";
import { OpGovLimitReachedError } from "../errors/opgov.js";
import { InvalidParameterError, NotWearerError, UnknownCellError } from "../errors/validation.js";
import { expectNothingSent, loadActionsFixture, type ActionsFixture } from "../../test/fixtures/actions.js";
import { addRoleHat } from "./addRoleHat.js";

describe("addRoleHat", () => {
  let f: ActionsFixture;
  beforeEach(async () => {
    f = await loadActionsFixture();
  });

  it("creates a role hat under the cell hat and returns it", async () => {
    const { org, client } = f;
    const { hat, added } = await addRoleHat(client("alice"), { cell: org.cells.a, details: "treasurer", maxSupply: 1 });
    expect(hat >> 1n).not.toBe(0n);
    expect(added.args).toEqual({ cell: org.cells.a, hat });
  });

  it("refuses without sending: not the cell hat's wearer, unknown cell, bad max supply", async () => {
    const { org, chain, client } = f;
    const error = await expectNothingSent(chain, chain.actors.bob, () => addRoleHat(client("bob"), { cell: org.cells.a, details: "x", maxSupply: 1 }), NotWearerError);
    expect(error.hat).toBe(org.cells.a);
    await expectNothingSent(chain, chain.actors.alice, () => addRoleHat(client("alice"), { cell: 7n, details: "x", maxSupply: 1 }), UnknownCellError);
    await expectNothingSent(chain, chain.actors.alice, () => addRoleHat(client("alice"), { cell: org.cells.a, details: "x", maxSupply: -1 }), InvalidParameterError);
  });

  it("decodes a contract revert: the 17th role hat", async () => {
    const { org, chain, client } = f;
    for (let i = 0; i < 16; i++) await addRoleHat(client("alice"), { cell: org.cells.a, details: `role ${i}`, maxSupply: 1 });
    const error = await expectNothingSent(chain, chain.actors.alice, () => addRoleHat(client("alice"), { cell: org.cells.a, details: "one more", maxSupply: 1 }), OpGovLimitReachedError);
    expect(error.args.max).toBe(16n);
  });
});
