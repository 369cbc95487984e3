import { parseEther, zeroAddress } from "viem";
import { describe, expect, it } from "vitest";
import { action, docHash } from "../../test/fixtures/org.js";
import { InvalidActionDataError } from "../errors/validation.js";
import {
  decodeAction,
  encodeAllocation,
  encodeAssignDomain,
  encodeCreateCell,
  encodeDelegateDomain,
  encodeMovePhase,
  encodePolicyDecision,
  encodeSetBudget,
} from "./actions.js";
import { ActionKind, Phase } from "./types.js";

const alice = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const cell = 0x0000000100010001000000000000000000000000000000000000000000000000n;

describe("action encoders", () => {
  it("encode every kind exactly as the contracts' tests do, and decode back", () => {
    const cases = [
      [encodeAllocation({ domain: 1, token: zeroAddress, recipient: alice, amount: parseEther("2") }), action.allocation(1, zeroAddress, alice, parseEther("2"))],
      [encodeSetBudget({ domain: 2, token: alice, allowance: 5n, epochLength: 86_400 }), action.setBudget(2, alice, 5n, 86_400)],
      [encodeCreateCell({ parent: cell, wearer: alice, metadataUri: "ipfs://c", metadataHash: docHash("ipfs://c") }), action.createCell(cell, alice, "ipfs://c")],
      [encodeMovePhase({ cell, to: Phase.Formation }), action.movePhase(cell, Phase.Formation)],
      [encodeAssignDomain({ owner: cell, spenderHat: cell + 1n, descriptionUri: "ipfs://d", descriptionHash: docHash("ipfs://d") }), action.assignDomain(cell, cell + 1n, "ipfs://d")],
      [
        encodeDelegateDomain({ parent: 1, owner: cell, spenderHat: cell, descriptionUri: "ipfs://e", descriptionHash: docHash("ipfs://e") }),
        action.delegateDomain(1, cell, cell, "ipfs://e"),
      ],
      [encodePolicyDecision({ uri: "ipfs://p", contentHash: docHash("ipfs://p") }), action.policy("ipfs://p")],
    ] as const;
    for (const [ours, theirs] of cases) expect(ours).toEqual(theirs);

    expect(decodeAction(cases[0][0])).toEqual({
      kind: ActionKind.Allocation,
      name: "Allocation",
      args: { domain: 1, token: zeroAddress, recipient: alice, amount: parseEther("2") },
    });
    expect(decodeAction(cases[3][0])).toEqual({ kind: ActionKind.MovePhase, name: "MovePhase", args: { cell, to: Phase.Formation } });
    expect(decodeAction(cases[5][0]).args).toEqual({
      parent: 1,
      owner: cell,
      spenderHat: cell,
      descriptionUri: "ipfs://e",
      descriptionHash: docHash("ipfs://e"),
    });
    for (const [ours] of cases) expect(decodeAction(ours).kind).toBe(ours.kind);
  });

  it("refuses an unknown kind or data that does not decode", () => {
    expect(() => decodeAction({ kind: 7, data: "0x" })).toThrow(InvalidActionDataError);
    expect(() => decodeAction({ kind: ActionKind.SetBudget, data: "0x1234" })).toThrow(InvalidActionDataError);
  });
});
