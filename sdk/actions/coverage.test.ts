import { describe, expect, it } from "vitest";
import { opgovAbi } from "../abis/opgov.js";
import { opgovFactoryAbi } from "../abis/opgovFactory.js";
import * as sdk from "../index.js";

/** The SDK action for each state-changing contract function. */
const actionFor: Record<string, string> = {
  spend: "spendBudget",
  propose: "proposeRound",
  object: "objectToRound",
  withdrawObjection: "withdrawObjection",
  amend: "amendRound",
  close: "closeRound",
  execute: "executeRound",
  addRoleHat: "addRoleHat",
  updateGroupState: "updateGroupState",
  setCellSafe: "setCellSafe",
  setWearerStanding: "setWearerStanding",
  setDomainSpender: "setDomainSpender",
  withdraw: "withdrawRound",
  escalate: "escalateRound",
  resolve: "resolveEscalation",
  expire: "expireRound",
  act: "actAsCommunity",
  setConstraints: "setConstraints",
  setTokenPolicy: "setTokenPolicy",
  setSpendingPaused: "setSpendingPaused",
  setTreasuryPull: "setTreasuryPull",
  deploy: "deployInstance",
  predict: "predictInstance",
};

describe("write actions", () => {
  it("cover every state-changing function of opgovAbi and the factory, and are exported from the SDK", () => {
    const writes = [...opgovAbi, ...opgovFactoryAbi]
      .filter((item) => item.type === "function" && ["nonpayable", "payable"].includes(item.stateMutability as string))
      .map((item) => (item as { name: string }).name);
    expect(writes.filter((name) => !(name in actionFor))).toEqual([]);
    for (const action of Object.values(actionFor)) expect(typeof (sdk as Record<string, unknown>)[action], action).toBe("function");
  });
});
