import { beforeEach, describe, expect, it } from "vitest";
import { docHash } from "../../test/fixtures/org.js";
import { NotWearerError, StaleGroupStateError, UnknownCellError } from "../errors/validation.js";
import { expectNothingSent, loadActionsFixture, type ActionsFixture } from "../../test/fixtures/actions.js";
import { updateGroupState } from "./updateGroupState.js";

describe("updateGroupState", () => {
  let f: ActionsFixture;
  beforeEach(async () => {
    f = await loadActionsFixture();
  });

  it("updates the pointer (a member may) and returns the new version", async () => {
    const { org, client } = f;
    const first = await updateGroupState(client("bob"), { cell: org.cells.a, uri: "ipfs://s1", contentHash: docHash("s1") });
    expect(first.version).toBe(1);
    const second = await updateGroupState(client("alice"), { cell: org.cells.a, uri: "ipfs://s2", contentHash: docHash("s2"), expectedVersion: 1 });
    expect(second.version).toBe(2);
    expect(second.updated.args).toMatchObject({ oldVersion: 1, newVersion: 2, uri: "ipfs://s2" });
  });

  it("refuses without sending: a stale version, not a member, unknown cell", async () => {
    const { org, chain, client } = f;
    await updateGroupState(client("bob"), { cell: org.cells.a, uri: "ipfs://s1", contentHash: docHash("s1") });
    const stale = await expectNothingSent(
      chain,
      chain.actors.alice,
      () => updateGroupState(client("alice"), { cell: org.cells.a, uri: "ipfs://s2", contentHash: docHash("s2"), expectedVersion: 0 }),
      StaleGroupStateError,
    );
    expect(stale.shortMessage).toContain("is at version 1, not 0");
    await expectNothingSent(chain, chain.actors.eve, () => updateGroupState(client("eve"), { cell: org.cells.a, uri: "u", contentHash: docHash("u") }), NotWearerError);
    await expectNothingSent(chain, chain.actors.eve, () => updateGroupState(client("eve"), { cell: 99n, uri: "u", contentHash: docHash("u") }), UnknownCellError);
  });
});
