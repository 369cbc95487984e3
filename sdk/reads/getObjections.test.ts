import { beforeEach, describe, expect, it } from "vitest";
import type { LocalChain } from "../../test/fixtures/chain.js";
import { docHash, loadOrg } from "../../test/fixtures/org.js";
import { activeOrg, type ActiveOrg } from "../../test/fixtures/readsOrg.js";
import { sdkClient } from "../../test/fixtures/sdk.js";
import { getObjections } from "./getObjections.js";

describe("getObjections", () => {
  let chain: LocalChain;
  let org: ActiveOrg;
  beforeEach(async () => {
    ({ chain, data: org } = await loadOrg(activeOrg));
  });

  it("getObjections lists a withdrawn objection with its hat, reason and status", async () => {
    const objections = await getObjections(sdkClient(chain, undefined, org), { round: org.rounds.withdrawn.id });
    expect(objections).toHaveLength(1);
    expect(objections[0]).toMatchObject({
      round: org.rounds.withdrawn.id,
      objector: chain.actors.frank,
      status: "Withdrawn",
      revision: 0,
      reason: { uri: "ipfs://reason-frank", hash: docHash("hmm") },
    });
    expect(objections[0]?.hat.id).toBe(org.memberHats.c);
    expect(objections[0]?.since).toBeGreaterThan(0);
  });

  it("getObjections filters by status", async () => {
    const client = sdkClient(chain, undefined, org);
    expect(await getObjections(client, { round: org.rounds.withdrawn.id, status: ["Standing"] })).toEqual([]);
    const standing = await getObjections(client, { round: org.rounds.blocked.id, status: ["Standing"] });
    expect(standing.map((o) => o.objector)).toEqual([chain.actors.bob]);
  });

  it("getObjections of a round nobody objected to is empty", async () => {
    expect(await getObjections(sdkClient(chain, undefined, org), { round: org.rounds.executed.id })).toEqual([]);
  });
});
