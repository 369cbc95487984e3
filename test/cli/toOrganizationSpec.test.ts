import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseEther, parseUnits, zeroAddress } from "viem";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { parseOrganisationSpec } from "../../scripts/spec/load.js";
import { cellMetadataUri, parseCellMetadataUri, toOrganizationSpec } from "../../scripts/spec/toOrganizationSpec.js";
import { validateOrganizationSpec } from "../../sdk/phases/validateOrganizationSpec.js";
import { predictTestToken } from "../../deploy/local/testTokens.js";

const EXAMPLE = fileURLToPath(new URL("../../spec/organisation.example.yaml", import.meta.url));
const exampleText = readFileSync(EXAMPLE, "utf8");
// The example names the TUSD test token that `opgov node` deploys, at its deterministic address.
const TUSD = predictTestToken();
const DAY = 86_400;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function mapped(mutate: (doc: any) => void = () => undefined) {
  const doc = parse(exampleText);
  mutate(doc);
  return toOrganizationSpec(parseOrganisationSpec(stringify(doc), "test"));
}

describe("toOrganizationSpec", () => {
  it("maps the example onto an SDK spec that the SDK's own validation accepts", () => {
    const { organization, complete } = mapped();
    expect(() => validateOrganizationSpec(organization)).not.toThrow();
    expect(complete).toEqual([]);
    expect(organization.community).toEqual({ name: "Example DAO" });
    expect(organization.treasury).toEqual({ owners: ["0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"], threshold: 1 });
    expect(organization.anchor).toBe("ops");
    expect(organization.opgov.salt).toBe("opgov:Example DAO");
  });

  it("turns the policy into the instance's constraints and the constraints to hold, with required parties", () => {
    const { organization } = mapped();
    const expected = {
      minWindow: 3600,
      maxWindow: 14 * DAY,
      executionWindow: 7 * DAY,
      requiredParties: {
        allocation: ["parent"],
        setBudget: ["parent"],
        createCell: ["parent", "community"],
        movePhase: ["parent"],
        assignDomain: ["parent"],
        delegateDomain: ["parent"],
        policyDecision: ["members", "parent"],
      },
    };
    expect(organization.opgov.constraints).toEqual(expected);
    expect(organization.policy?.constraints).toEqual(expected);
  });

  it("turns token symbols into addresses (native → the zero address) with their caps", () => {
    const { organization } = mapped();
    expect(organization.opgov.tokens).toEqual([
      { address: zeroAddress, capPerDomain: parseEther("100") },
      { address: TUSD, capPerDomain: parseUnits("100000", 18) },
    ]);
    expect(organization.policy?.tokens).toEqual(organization.opgov.tokens);
  });

  it("gives cells a metadata URI from id, name and purpose, and maps wearers, Safes, roles and phases", () => {
    const { organization } = mapped();
    const [ops, events, research] = organization.cells;
    expect(parseCellMetadataUri(ops!.metadata.uri)).toEqual({ id: "ops", name: "Operations", purpose: "Keep the DAO's infrastructure and outreach running." });
    expect(ops).toMatchObject({ key: "ops", phase: "coordination", safe: { threshold: 1 }, members: ["0x90F79bf6EB2c4f870365E785982E1f101E93b906", "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65"] });
    expect(ops!.wearer).toBeUndefined(); // the cell's Safe wears the cell hat
    expect(ops!.roles).toEqual([{ details: "lead", maxSupply: 1, wearers: ["0x90F79bf6EB2c4f870365E785982E1f101E93b906"] }]);
    expect(ops!.groupState).toEqual({ uri: "ipfs://example/ops-group-state.md" });
    expect(events).toMatchObject({ key: "events", parent: "ops", wearer: "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc", phase: "organization" });
    expect(events!.safe).toBeUndefined();
    expect(research).toMatchObject({ key: "research", safe: { threshold: 2 } });
    expect(research!.parent).toBeUndefined();
  });

  it("flattens domains keyed <cell>.<domain>, delegatedFrom → parent, epoch → epochLength (not for delegated ones)", () => {
    const { organization } = mapped();
    expect(organization.domains!.map((d) => [d.key, d.owner, d.parent ?? null, d.spender])).toEqual([
      ["ops.infra", "ops", null, "members"],
      ["ops.outreach", "ops", null, { role: "lead" }],
      ["events.meetups", "events", "ops.outreach", "members"],
      ["research.grants", "research", null, { role: "steward" }],
    ]);
    const [infra, , meetups] = organization.domains!;
    expect(infra!.description).toEqual({ uri: "ipfs://example/domains/infra.md" });
    expect(infra!.budgets).toEqual([
      { token: TUSD, allowance: parseUnits("10000", 18), epochLength: 30 * DAY },
      { token: zeroAddress, allowance: parseEther("5"), epochLength: 30 * DAY },
    ]);
    expect(meetups!.budgets).toEqual([{ token: TUSD, allowance: parseUnits("2000", 18) }]);
  });

  it("creates a cell to complete without what it would lose, and lists it (sub-cells first) in `complete`", () => {
    const { organization, complete } = mapped((doc) => {
      for (const index of [1, 2]) {
        doc.cells[index].phase = "completion";
        delete doc.cells[index].domains[0].budgets;
      }
    });
    expect(complete).toEqual(["events", "research"]);
    const events = organization.cells.find((cell) => cell.key === "events")!;
    expect(events).toEqual({ key: "events", parent: "ops", metadata: { uri: cellMetadataUri({ id: "events", name: "Events", purpose: "Run meetups and the yearly gathering." }) } });
    expect(organization.domains!.map((d) => d.key)).toEqual(["ops.infra", "ops.outreach"]);
    expect(() => validateOrganizationSpec(organization)).not.toThrow();
  });

  it("keeps an existing treasury and community hat", () => {
    const { organization } = mapped((doc) => {
      doc.community.treasury = { address: TUSD };
      doc.community.hat = "0x0000000100000000000000000000000000000000000000000000000000000000";
    });
    expect(organization.treasury).toEqual({ address: TUSD });
    expect(organization.community.hat).toBe(2n ** 224n);
  });

  it("reads back only metadata URIs it wrote", () => {
    expect(parseCellMetadataUri("ipfs://cell")).toBeUndefined();
    expect(parseCellMetadataUri("data:application/json,%7Bbroken")).toBeUndefined();
  });
});
