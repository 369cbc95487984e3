import { parseEther } from "viem";
import { describe, expect, it } from "vitest";
import { action, docHash, NATIVE, Phase } from "../../../test/fixtures/org.js";
import { decodeAction } from "./decodeAction.js";

const who = "0x00000000000000000000000000000000000000AA" as const;

describe("decodeAction", () => {
  it("decodeAction decodes each action kind the fixtures encode", () => {
    const cases = [
      [action.allocation(3, NATIVE, who, parseEther("1")), { kind: "Allocation", domain: 3, token: NATIVE, recipient: who, amount: parseEther("1") }],
      [action.setBudget(2, who, 5n, 86_400), { kind: "SetBudget", domain: 2, allowance: 5n, epochLength: 86_400 }],
      [action.createCell(7n, who, "ipfs://c"), { kind: "CreateCell", parent: 7n, metadataUri: "ipfs://c", metadataHash: docHash("ipfs://c") }],
      [action.movePhase(9n, Phase.Completion), { kind: "MovePhase", cell: 9n, to: "Completion" }],
      [action.assignDomain(4n, 5n, "ipfs://d"), { kind: "AssignDomain", owner: 4n, spenderHat: 5n, descriptionUri: "ipfs://d", descriptionHash: docHash("ipfs://d") }],
      [action.delegateDomain(1, 4n, 6n, "ipfs://e"), { kind: "DelegateDomain", parent: 1, owner: 4n, spenderHat: 6n, descriptionUri: "ipfs://e" }],
      [action.policy("ipfs://p"), { kind: "PolicyDecision", uri: "ipfs://p", contentHash: docHash("ipfs://p") }],
    ] as const;
    for (const [raw, expected] of cases) expect(decodeAction(raw)).toMatchObject({ ...expected, raw });
  });

  it("decodeAction returns Unknown for an unknown kind or data that does not decode, and never throws", () => {
    expect(decodeAction({ kind: 7, data: "0x" })).toEqual({ kind: "Unknown", raw: { kind: 7, data: "0x" } });
    expect(decodeAction({ kind: 0, data: "0x1234" })).toEqual({ kind: "Unknown", raw: { kind: 0, data: "0x1234" } });
  });
});
