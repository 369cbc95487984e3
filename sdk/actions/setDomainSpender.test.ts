import { beforeEach, describe, expect, it } from "vitest";
import { OpGovNotCellHatError } from "../errors/opgov.js";
import { NotWearerError, UnknownDomainError } from "../errors/validation.js";
import { expectNothingSent, loadActionsFixture, type ActionsFixture } from "../../test/fixtures/actions.js";
import { setDomainSpender } from "./setDomainSpender.js";

describe("setDomainSpender", () => {
  let f: ActionsFixture;
  beforeEach(async () => {
    f = await loadActionsFixture();
  });

  it("changes the spender hat to the cell hat", async () => {
    const { org, client } = f;
    const { set } = await setDomainSpender(client("alice"), { domain: 1, spenderHat: org.cells.a });
    expect(set.args).toEqual({ domain: 1, spenderHat: org.cells.a });
  });

  it("refuses without sending: unknown domain, not the owner's cell hat", async () => {
    const { org, chain, client } = f;
    await expectNothingSent(chain, chain.actors.alice, () => setDomainSpender(client("alice"), { domain: 42, spenderHat: org.cells.a }), UnknownDomainError);
    await expectNothingSent(chain, chain.actors.bob, () => setDomainSpender(client("bob"), { domain: 1, spenderHat: org.cells.a }), NotWearerError);
  });

  it("decodes a contract revert: a hat of another cell", async () => {
    const { org, chain, client } = f;
    const error = await expectNothingSent(chain, chain.actors.alice, () => setDomainSpender(client("alice"), { domain: 1, spenderHat: org.memberHats.c }), OpGovNotCellHatError);
    expect(error.args).toEqual({ cell: org.cells.a, hat: org.memberHats.c });
    expect(error.shortMessage).toMatch(/^Hat 0x[0-9a-f]{64} is not cell 0x[0-9a-f]{64}'s hat/);
  });
});
