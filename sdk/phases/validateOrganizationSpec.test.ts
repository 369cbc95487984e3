import { describe, expect, it } from "vitest";
import { InvalidSpecError } from "./errors.js";
import type { OrganizationSpec } from "./types.js";
import { validateOrganizationSpec } from "./validateOrganizationSpec.js";

const A = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const B = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
const TOKEN = "0x0000000000000000000000000000000000000000";

const spec = (): OrganizationSpec => ({
  community: { name: "DAO" },
  treasury: { owners: [A], threshold: 1, saltNonce: "1" },
  opgov: { salt: "dao", constraints: { minWindow: 3600, maxWindow: 86_400, executionWindow: 86_400 }, tokens: [{ address: TOKEN, capPerDomain: 10n }] },
  anchor: "ops",
  cells: [
    { key: "ops", metadata: { uri: "ipfs://ops" }, members: [A, B], safe: { threshold: 2, saltNonce: "1" }, roles: [{ details: "lead", maxSupply: 1 }] },
    { key: "sub", parent: "ops", metadata: { uri: "ipfs://sub" } },
  ],
  domains: [
    { key: "d", owner: "ops", description: { uri: "ipfs://d" }, budgets: [{ token: TOKEN, allowance: 5n, epochLength: 86_400 }] },
    { key: "c", owner: "sub", parent: "d", description: { uri: "ipfs://c" }, budgets: [{ token: TOKEN, allowance: 1n }] },
  ],
});

function rejects(change: (s: OrganizationSpec) => OrganizationSpec, message: RegExp) {
  let error: unknown;
  try {
    validateOrganizationSpec(change(spec()));
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(InvalidSpecError);
  expect((error as InvalidSpecError).shortMessage).toMatch(message);
}

describe("validateOrganizationSpec", () => {
  it("accepts a consistent spec", () => {
    expect(() => validateOrganizationSpec(spec())).not.toThrow();
  });
  it("rejects an address with a wrong checksum", () => {
    rejects((s) => ({ ...s, treasury: { ...s.treasury, owners: ["0x70997970c51812dc3A010C7d01b50e0d17dc79C8"] } }), /treasury owner .* is not a valid address/);
  });
  it("rejects a threshold above the owners", () => {
    rejects((s) => ({ ...s, cells: s.cells.map((c) => (c.key === "ops" ? { ...c, safe: { threshold: 3, saltNonce: "1" } } : c)) }), /cell "ops"'s Safe's threshold must be 1 to 2 \(got 3\)/);
  });
  it("rejects an unknown parent, an anchor that is a sub-cell, and a cycle", () => {
    rejects((s) => ({ ...s, cells: s.cells.map((c) => (c.key === "sub" ? { ...c, parent: "opz" } : c)) }), /cell "sub" names an unknown parent "opz"/);
    rejects((s) => ({ ...s, anchor: "sub" }), /the anchor "sub" must be a top-level cell/);
    rejects(
      (s) => ({ ...s, cells: [...s.cells, { key: "x", parent: "y", metadata: { uri: "ipfs://x" } }, { key: "y", parent: "x", metadata: { uri: "ipfs://y" } }] }),
      /the cell "[xy]" is its own ancestor/,
    );
  });
  it("rejects duplicate keys and sibling metadata", () => {
    rejects((s) => ({ ...s, cells: [...s.cells, { key: "ops", metadata: { uri: "ipfs://x" } }] }), /two cells have the key "ops"/);
    rejects((s) => ({ ...s, cells: [...s.cells, { key: "x", metadata: { uri: "ipfs://ops" } }] }), /share the metadata URI ipfs:\/\/ops/);
  });
  it("rejects a negative allowance and an epoch outside 1 to 366 days", () => {
    rejects((s) => ({ ...s, domains: [{ ...s.domains![0]!, budgets: [{ token: TOKEN, allowance: -1n, epochLength: 86_400 }] }] }), /allowance .* at least 0/);
    rejects((s) => ({ ...s, domains: [{ ...s.domains![0]!, budgets: [{ token: TOKEN, allowance: 1n, epochLength: 3600 }] }] }), /epochLength must be 1 to 366 days/);
  });
  it("rejects constraints whose minimum window is above the maximum", () => {
    rejects((s) => ({ ...s, opgov: { ...s.opgov, constraints: { minWindow: 10, maxWindow: 5, executionWindow: 1 } } }), /minWindow 10 is above maxWindow 5/);
  });
  it("rejects members in a cell kept in conversation, and a parent of sub-cells below coordination", () => {
    rejects((s) => ({ ...s, cells: s.cells.map((c) => (c.key === "sub" ? { ...c, phase: "conversation" as const, members: [A] } : c)) }), /stays in conversation but has members or roles/);
    rejects((s) => ({ ...s, cells: s.cells.map((c) => (c.key === "ops" ? { ...c, phase: "organization" as const } : c)) }), /has sub-cells, so its phase must be coordination/);
  });
  it("rejects a role supply of 0", () => {
    rejects((s) => ({ ...s, cells: s.cells.map((c) => (c.key === "ops" ? { ...c, roles: [{ details: "lead", maxSupply: 0 }] } : c)) }), /maxSupply of at least 1/);
  });
});
