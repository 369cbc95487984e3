import { parseEther } from "viem";
import { beforeEach, describe, expect, it } from "vitest";
import { docHash } from "../../test/fixtures/org.js";
import { encodeAssignDomain, encodeCreateCell, encodeMovePhase, encodeSetBudget } from "../encoding/actions.js";
import { Phase } from "../encoding/types.js";
import { OpGovAllowanceAboveCapError } from "../errors/opgov.js";
import { InvalidActionDataError, InvalidParameterError, NotWearerError } from "../errors/validation.js";
import { expectNothingSent, loadActionsFixture, type ActionsFixture } from "../../test/fixtures/actions.js";
import { actAsCommunity } from "./actAsCommunity.js";

const rationale = { rationaleUri: "ipfs://why", rationaleHash: docHash("why") };

describe("actAsCommunity", () => {
  let f: ActionsFixture;
  beforeEach(async () => {
    f = await loadActionsFixture();
  });

  it("applies several actions in one transaction and returns what they created", async () => {
    const { chain, client } = f;
    const created = await actAsCommunity(client("community"), {
      actions: [encodeCreateCell({ parent: 0n, wearer: chain.actors.frank, metadataUri: "ipfs://d", metadataHash: docHash("d") })],
      ...rationale,
    });
    expect(created.cells).toHaveLength(1);
    const cell = created.cells[0]!;
    const grown = await actAsCommunity(client("community"), {
      actions: [
        encodeMovePhase({ cell, to: Phase.Formation }),
        encodeAssignDomain({ owner: cell, spenderHat: cell, descriptionUri: "ipfs://dd", descriptionHash: docHash("dd") }),
      ],
      ...rationale,
    });
    expect(grown.memberHats).toHaveLength(1);
    expect(grown.memberHats[0]!.cell).toBe(cell);
    expect(grown.domains).toEqual([4]);
    expect(grown.acted.args.by).toBe(chain.actors.community);
  });

  it("refuses without sending: not the community, no actions, undecodable action data", async () => {
    const { chain, client } = f;
    const one = [encodeMovePhase({ cell: f.org.cells.c, to: Phase.Coordination })];
    const error = await expectNothingSent(chain, chain.actors.alice, () => actAsCommunity(client("alice"), { actions: one, ...rationale }), NotWearerError);
    expect(error.hat).toBe(f.org.topHat);
    await expectNothingSent(chain, chain.actors.community, () => actAsCommunity(client("community"), { actions: [], ...rationale }), InvalidParameterError);
    await expectNothingSent(chain, chain.actors.community, () => actAsCommunity(client("community"), { actions: [{ kind: 1, data: "0x01" }], ...rationale }), InvalidActionDataError);
  });

  it("decodes a contract revert: an allowance above the community's cap", async () => {
    const { org, chain, client } = f;
    const error = await expectNothingSent(
      chain,
      chain.actors.community,
      () => actAsCommunity(client("community"), { actions: [encodeSetBudget({ domain: 3, token: org.token, allowance: parseEther("2000000"), epochLength: 0 })], ...rationale }),
      OpGovAllowanceAboveCapError,
    );
    expect(error.args).toMatchObject({ domain: 3, allowance: parseEther("2000000"), cap: parseEther("1000000") });
  });
});
