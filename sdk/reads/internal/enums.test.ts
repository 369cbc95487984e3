import { describe, expect, it } from "vitest";
import { ActionKind, ObjectionStatus, Parties, Phase, RoundState, RoundStatus } from "../../encoding/types.js";
import { ACTION_KINDS, OBJECTION_STATUSES, PARTIES, PHASES, ROUND_STATES, ROUND_STATUSES } from "./enums.js";

// The reads' name tables (by value) and sdk/encoding's constants (by name) mirror the same
// Solidity enums; they must never disagree.

describe("reads' enum name tables", () => {
  it.each([
    ["Phase", Phase, PHASES],
    ["ActionKind", ActionKind, ACTION_KINDS],
    ["RoundState", RoundState, ROUND_STATES],
    ["RoundStatus", RoundStatus, ROUND_STATUSES],
    ["ObjectionStatus", ObjectionStatus, OBJECTION_STATUSES],
  ] as const)("%s: the table names each value as sdk/encoding does", (_name, values, names) => {
    expect(Object.entries(values).map(([name, value]) => [names[value], value])).toEqual(Object.entries(values));
    expect(names).toHaveLength(Object.keys(values).length);
  });

  it("Parties: the table's bits are sdk/encoding's", () => {
    expect(PARTIES.map(([, bit]) => bit)).toEqual([Parties.ParentCircle, Parties.CellMembers, Parties.Community]);
  });
});
