import { beforeEach, describe, expect, it } from "vitest";
import type { LocalChain } from "../../test/fixtures/chain.js";
import { baseOrg, loadOrg } from "../../test/fixtures/org.js";
import { activeOrg, type ActiveOrg } from "../../test/fixtures/readsOrg.js";
import { sdkClient } from "../../test/fixtures/sdk.js";
import { getCellTree } from "./getCellTree.js";

describe("getCellTree", () => {
  let chain: LocalChain;
  let org: ActiveOrg;
  beforeEach(async () => {
    ({ chain, data: org } = await loadOrg(activeOrg));
  });

  it("getCellTree nests B under A, with C a second root, in creation order", async () => {
    const { roots, cells } = await getCellTree(sdkClient(chain, undefined, org));
    expect(cells.map((c) => c.id)).toEqual([org.cells.a, org.cells.b, org.cells.c]);
    expect(roots.map((r) => [r.id, r.depth, r.phase])).toEqual([
      [org.cells.a, 0, "Coordination"],
      [org.cells.c, 0, "Organization"],
    ]);
    const [a, c] = roots;
    expect(a?.children.map((n) => [n.id, n.depth, n.phase, n.hats.member?.id])).toEqual([[org.cells.b, 1, "Organization", org.memberHats.b]]);
    expect(c?.children).toEqual([]);
    expect(c?.domains).toEqual([org.domains.c]);
  });

  it("getCellTree of an organisation without cells is empty", async () => {
    const { chain: fresh, data: empty } = await loadOrg(baseOrg);
    expect(await getCellTree(sdkClient(fresh, undefined, empty))).toEqual({ roots: [], cells: [] });
  });
});
