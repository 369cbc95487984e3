import { beforeEach, describe, expect, it } from "vitest";
import { as } from "../../test/fixtures/org.js";
import { InvalidAddressError, NotWearerError } from "../errors/validation.js";
import { expectNothingSent, loadActionsFixture, type ActionsFixture } from "../../test/fixtures/actions.js";
import { setCellSafe } from "./setCellSafe.js";

describe("setCellSafe", () => {
  let f: ActionsFixture;
  beforeEach(async () => {
    f = await loadActionsFixture();
  });

  it("records the cell's Safe", async () => {
    const { org, chain, client } = f;
    const { set } = await setCellSafe(client("alice"), { cell: org.cells.a, safe: org.treasury });
    expect(set.args).toEqual({ cell: org.cells.a, safe: org.treasury });
    const { opgov } = await as(chain, org, "stranger");
    expect((await opgov.read.getCell([org.cells.a])).safe).toBe(org.treasury);
  });

  it("refuses without sending: a bad checksum, not the cell hat's wearer", async () => {
    const { org, chain, client } = f;
    const badChecksum = org.treasury.replace(/[a-f]/, (c) => c.toUpperCase()).replace(/[A-F](?=[^A-F]*$)/, (c) => c.toLowerCase()) as `0x${string}`;
    const error = await expectNothingSent(chain, chain.actors.alice, () => setCellSafe(client("alice"), { cell: org.cells.a, safe: badChecksum }), InvalidAddressError);
    expect(error.parameter).toBe("safe");
    await expectNothingSent(chain, chain.actors.bob, () => setCellSafe(client("bob"), { cell: org.cells.a, safe: org.treasury }), NotWearerError);
  });
});
