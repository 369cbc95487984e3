import { beforeEach, describe, expect, it } from "vitest";
import { MissingInstanceError } from "../client.js";
import { OpGovContractError } from "../errors/contract.js";
import { OpGovUnknownCellError } from "../errors/opgov.js";
import type { LocalChain } from "../../test/fixtures/chain.js";
import { docHash, loadOrg } from "../../test/fixtures/org.js";
import { activeOrg, type ActiveOrg } from "../../test/fixtures/readsOrg.js";
import { sdkClient } from "../../test/fixtures/sdk.js";
import { getCell } from "./getCell.js";

describe("getCell", () => {
  let chain: LocalChain;
  let org: ActiveOrg;
  beforeEach(async () => {
    ({ chain, data: org } = await loadOrg(activeOrg));
  });

  it("getCell returns a sub-cell's parent, phase, hats, group state, metadata and domains", async () => {
    const cell = await getCell(sdkClient(chain, undefined, org), { cell: org.cells.b });
    expect(cell).toMatchObject({
      id: org.cells.b,
      parent: org.cells.a,
      phase: "Organization",
      safe: null,
      groupState: { version: 0, uri: "" },
      metadata: { uri: "ipfs://cell-b", hash: docHash("ipfs://cell-b") },
      activeChildren: 0,
      domains: [org.domains.b],
    });
    expect(cell.hats.cell.id).toBe(org.cells.b);
    expect(cell.hats.member?.id).toBe(org.memberHats.b);
    expect(cell.hats.roles).toEqual([]);
  });

  it("getCell shows hat ids in Hats' dotted form, the member hat one level under the cell hat", async () => {
    const cell = await getCell(sdkClient(chain, undefined, org), { cell: org.cells.a });
    expect(cell.parent).toBeNull();
    expect(cell.activeChildren).toBe(1);
    expect(cell.hats.cell.ip.split(".")).toHaveLength(3); // top hat . opgov root . cell A
    expect(cell.hats.member?.ip.startsWith(`${cell.hats.cell.ip}.`)).toBe(true);
    expect(cell.hats.cell.ip.startsWith(String(org.topHat >> 224n))).toBe(true);
  });

  it("getCell reports the group-state pointer after an update", async () => {
    const cell = await getCell(sdkClient(chain, undefined, org), { cell: org.cells.c });
    expect(cell.groupState).toEqual({ version: 1, uri: "ipfs://state-c-1", hash: docHash("state-c-1") });
  });

  it("getCell reads at an earlier block when given blockNumber", async () => {
    const now = await chain.publicClient.getBlockNumber({ cacheTime: 0 });
    const before = await getCell(sdkClient(chain, undefined, org), { cell: org.cells.c, blockNumber: now - 1n });
    expect(before.groupState.version).toBe(0);
  });

  it("getCell throws OpGovUnknownCellError (an OpGovContractError) for an unknown id", async () => {
    const error = await getCell(sdkClient(chain, undefined, org), { cell: 42n }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpGovUnknownCellError);
    expect(error).toBeInstanceOf(OpGovContractError);
    expect(error).toMatchObject({ name: "OpGovUnknownCellError", errorName: "OpGovUnknownCell", args: { cell: 42n } });
  });

  it("getCell throws MissingInstanceError when the client has no instance", async () => {
    await expect(getCell(sdkClient(chain, undefined), { cell: org.cells.a })).rejects.toBeInstanceOf(MissingInstanceError);
  });
});
