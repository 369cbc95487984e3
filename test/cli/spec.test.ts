import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseEther, parseUnits } from "viem";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { InvalidSpecError, parseOrganisationSpec } from "../../scripts/spec/load.js";
import { formatDuration, parseDuration, splitAmount, toBaseUnits } from "../../scripts/spec/units.js";
import { SPEC_FIELDS, validateOrganisationSpec } from "../../scripts/spec/validate.js";
import type { SpecIssue } from "../../scripts/spec/types.js";

const EXAMPLE = fileURLToPath(new URL("../../spec/organisation.example.yaml", import.meta.url));
const SCHEMA = fileURLToPath(new URL("../../spec/organisation.schema.json", import.meta.url));
const exampleText = readFileSync(EXAMPLE, "utf8");

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any;
const example = (): Doc => parse(exampleText);

function issuesOf(mutate: (doc: Doc) => void): SpecIssue[] {
  const doc = example();
  mutate(doc);
  const result = validateOrganisationSpec(doc);
  return result.ok ? [] : result.issues;
}

const ALICE = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";

describe("the example spec", () => {
  it("validates and converts human units to chain units", () => {
    const spec = parseOrganisationSpec(exampleText, "example");
    expect(spec.cells.map((cell) => [cell.id, cell.parent ?? null, cell.phase])).toEqual([
      ["ops", null, "coordination"],
      ["events", "ops", "organization"],
      ["research", null, "organization"],
    ]);
    const [infra, outreach] = spec.cells[0]!.domains;
    expect(infra!.budgets).toEqual([
      { token: "TUSD", allowance: parseUnits("10000", 18), epoch: 30 * 86_400 },
      { token: "ETH", allowance: parseEther("5"), epoch: 30 * 86_400 },
    ]);
    expect(outreach!.spender).toEqual({ role: "lead" });
    expect(spec.cells[1]!.domains[0]!.delegatedFrom).toBe("ops.outreach");
    expect(spec.community.policy).toMatchObject({ minWindow: 3600, maxWindow: 14 * 86_400, executionWindow: 7 * 86_400 });
    expect(spec.community.policy.requiredObjectors.setBudget).toEqual(["parent"]);
    expect(spec.community.policy.requiredObjectors.createCell).toEqual(["parent", "community"]);
    expect(spec.tokens[0]).toEqual({ symbol: "ETH", address: "0x0000000000000000000000000000000000000000", decimals: 18, capPerDomain: parseEther("100") });
    expect(spec.cells[0]!.wearer).toBe("safe");
    expect(spec.community.wearer).toBe("treasury");
  });

  it("accepts `community.wearer: treasury`, the default written out", () => {
    expect(issuesOf((doc) => (doc.community.wearer = "treasury"))).toEqual([]);
  });

  it("matches the JSON Schema's fields for every object kind", () => {
    const schema = JSON.parse(readFileSync(SCHEMA, "utf8"));
    const defs = { organisation: schema, ...schema.$defs, amount: schema.$defs.amount.oneOf[1] };
    for (const [kind, fields] of Object.entries(SPEC_FIELDS)) {
      const def = defs[kind];
      expect(Object.keys(def.properties).sort(), kind).toEqual([...fields.required, ...fields.optional].sort());
      expect((def.required ?? []).slice().sort(), kind).toEqual([...fields.required].sort());
    }
  });
});

describe("validateOrganisationSpec", () => {
  // Each rule: a change to the example, the path of the issue, and a part of its message.
  const cases: [string, (doc: Doc) => void, string, RegExp][] = [
    ["a document that is not an object", (doc) => Object.assign(doc, { version: 1 }) && undefined, "", /./],
    ["a wrong version", (doc) => (doc.version = 2), "version", /must be 1, got 2/],
    ["a missing community", (doc) => delete doc.community, "community", /is required/],
    ["an unknown field", (doc) => (doc.cells[0].colour = "red"), "cells[0].colour", /unknown field/],
    ["an empty name", (doc) => (doc.community.name = ""), "community.name", /non-empty text/],
    ["an invalid address", (doc) => (doc.cells[1].wearer = "0x1234"), "cells[1].wearer", /must be an address/],
    ["a community hat worn by an address", (doc) => (doc.community.wearer = ALICE), "community.wearer", /must be "treasury" \(the treasury Safe wears the community hat/],
    ["an unchecksummed address", (doc) => (doc.cells[0].members[0] = ALICE.toLowerCase()), "cells[0].members[0]", new RegExp(`checksummed address: write ${ALICE}`)],
    ["a duplicated member", (doc) => (doc.cells[0].members[1] = ALICE), "cells[0].members[1]", /duplicates cells\[0\]\.members\[0\]/],
    ["a Safe threshold above the owners", (doc) => (doc.community.treasury.threshold = 3), "community.treasury.threshold", /between 1 and 2, got 3/],
    ["a Safe with both address and owners", (doc) => (doc.community.treasury.address = ALICE), "community.treasury", /either `address`.*not both/],
    ["a Safe without owners", (doc) => delete doc.cells[0].safe.owners, "cells[0].safe.owners", /is required/],
    ["an epoch above 366 days", (doc) => (doc.cells[2].domains[0].budgets[0].epoch = "400d"), "cells[2].domains[0].budgets[0].epoch", /must be between 1d and 366d, got "400d"/],
    ["an epoch below a day", (doc) => (doc.cells[2].domains[0].budgets[0].epoch = "12h"), "cells[2].domains[0].budgets[0].epoch", /between 1d and 366d/],
    ["a duration without a unit", (doc) => (doc.community.policy.minWindow = 3600), "community.policy.minWindow", /duration with a unit/],
    ["a max window shorter than the min", (doc) => (doc.community.policy.maxWindow = "30m"), "community.policy.maxWindow", /not be shorter than minWindow \(1h\)/],
    ["an unknown action kind", (doc) => (doc.community.policy.requiredObjectors.spend = ["parent"]), "community.policy.requiredObjectors.spend", /unknown action kind/],
    ["an unknown party", (doc) => (doc.community.policy.requiredObjectors.allocation = ["parent", "everyone"]), "community.policy.requiredObjectors.allocation[1]", /must be one of parent, members, community/],
    ["a policy below the protocol minimum", (doc) => (doc.community.policy.requiredObjectors.policyDecision = ["parent"]), "community.policy.requiredObjectors.policyDecision", /must include "members"/],
    ["an amount without a token", (doc) => (doc.cells[0].domains[0].budgets[0].allowance = "1000"), "cells[0].domains[0].budgets[0].allowance", /"<amount> <TOKEN>"/],
    ["an amount in an unknown token", (doc) => (doc.cells[0].domains[0].budgets[0].allowance = "5 DAI"), "cells[0].domains[0].budgets[0].allowance", /token "DAI", which is not in tokens/],
    ["an amount with too many decimals", (doc) => (doc.tokens[1].decimals = 2) && (doc.cells[2].domains[0].budgets[0].allowance = "1.005 TUSD"), "cells[2].domains[0].budgets[0].allowance", /more decimals than TUSD \(2\)/],
    ["an allowance above the token's cap", (doc) => (doc.cells[2].domains[0].budgets[0].allowance = "100001 TUSD"), "cells[2].domains[0].budgets[0].allowance", /capPerDomain/],
    ["two budgets in one token", (doc) => doc.cells[2].domains[0].budgets.push({ allowance: "1 TUSD", epoch: "1d" }), "cells[2].domains[0].budgets[1].allowance", /second budget in TUSD/],
    ["a duplicated token symbol", (doc) => (doc.tokens[1].symbol = "ETH"), "tokens[1].symbol", /duplicates the symbol/],
    ["a native token without 18 decimals", (doc) => (doc.tokens[0].decimals = 6), "tokens[0].decimals", /must be 18/],
    ["a duplicated cell id", (doc) => (doc.cells[2].id = "ops"), "cells[2].id", /duplicates cells\[0\]\.id/],
    ["a bad cell id", (doc) => (doc.cells[2].id = "Research!"), "cells[2].id", /must be an id/],
    ["an unknown phase", (doc) => (doc.cells[2].phase = "growing"), "cells[2].phase", /must be one of conversation/],
    ["a parent that does not exist", (doc) => (doc.cells[1].parent = "opz"), "cells[1].parent", /names cell "opz", which is not in cells/],
    ["a cell that is its own parent", (doc) => (doc.cells[2].parent = "research"), "cells[2].parent", /names the cell itself/],
    ["a loop of parents", (doc) => { doc.cells[0].parent = "events"; }, "cells[0].parent", /loop of parents/],
    ["a parent not yet in coordination", (doc) => (doc.cells[0].phase = "organization"), "cells[1].parent", /cannot have sub-cells/],
    ["a delegated domain of a cell that is not the parent", (doc) => (doc.cells[1].domains[0].delegatedFrom = "research.grants"), "cells[1].domains[0].delegatedFrom", /must name a domain of the parent cell "ops"/],
    ["a delegated domain whose parent domain does not exist", (doc) => (doc.cells[1].domains[0].delegatedFrom = "ops.marketing"), "cells[1].domains[0].delegatedFrom", /names domain "marketing", which cell ops does not have/],
    ["a delegated domain of a top-level cell", (doc) => (doc.cells[2].domains[0].delegatedFrom = "ops.infra"), "cells[2].domains[0].delegatedFrom", /this cell has none/],
    ["a slice above the parent's allowance", (doc) => (doc.cells[1].domains[0].budgets[0].allowance = "3001 TUSD"), "cells[1].domains[0].budgets[0].allowance", /above its allowance/],
    ["a slice in a token the parent domain lacks", (doc) => (doc.cells[1].domains[0].budgets[0].allowance = "1 ETH"), "cells[1].domains[0].budgets[0].allowance", /has no ETH budget/],
    ["a spender that is not a role of the cell", (doc) => (doc.cells[0].domains[0].spender = "steward"), "cells[0].domains[0].spender", /"members" or a role id of this cell \(lead\)/],
    ["a role named members", (doc) => (doc.cells[0].roles[0].id = "members"), "cells[0].roles[0].id", /reserved/],
    ["members before formation", (doc) => { doc.cells[2].phase = "conversation"; }, "cells[2].members", /needs phase formation or later/],
    ["an allowance in formation", (doc) => (doc.cells[2].phase = "formation"), "cells[2].domains[0].budgets[0].allowance", /must be 0 in phase formation/],
    ["a cell without a safe or a wearer", (doc) => delete doc.cells[1].wearer, "cells[1].wearer", /is required when the cell has no safe/],
    ["a bad group-state hash", (doc) => (doc.cells[0].groupState.hash = "0x1234"), "cells[0].groupState.hash", /32-byte hex/],
    ["too many domains", (doc) => { doc.cells[2].domains = Array.from({ length: 17 }, (_, i) => ({ id: `d${i}`, name: "d", description: "x" })); }, "cells[2].domains", /at most 16 domains/],
  ];

  it.each(cases)("reports %s", (_title, mutate, path, message) => {
    if (path === "") {
      const result = validateOrganisationSpec(["not", "an", "object"]);
      expect(result).toEqual({ ok: false, issues: [{ path: "(document)", message: expect.stringMatching(/must be an object/) }] });
      return;
    }
    const issues = issuesOf(mutate);
    expect(issues, JSON.stringify(issues, null, 1)).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  it("reports every problem at once, not only the first", () => {
    const issues = issuesOf((doc) => {
      doc.version = 3;
      doc.cells[2].domains[0].budgets[0].epoch = "400d";
      doc.cells[1].parent = "nowhere";
      doc.tokens[0].decimals = "18";
    });
    expect(issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(["version", "cells[2].domains[0].budgets[0].epoch", "cells[1].parent", "tokens[0].decimals"]),
    );
  });

  it("does not pile follow-on issues on a bad parent", () => {
    const issues = issuesOf((doc) => (doc.cells[1].parent = "opz"));
    expect(issues).toEqual([{ path: "cells[1].parent", message: 'names cell "opz", which is not in cells' }]);
  });

  it("accepts amounts written as { token, amount }", () => {
    const issues = issuesOf((doc) => (doc.cells[2].domains[0].budgets[0].allowance = { token: "TUSD", amount: "1_000.5" }));
    expect(issues).toEqual([]);
  });
});

describe("parseOrganisationSpec", () => {
  it("throws InvalidSpecError with line and column for YAML syntax errors", () => {
    const error = (() => {
      try {
        parseOrganisationSpec("version: 1\ncommunity: [\n", "broken.yaml");
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(InvalidSpecError);
    expect((error as InvalidSpecError).issues[0]!.path).toMatch(/^\(line \d+, column \d+\)$/);
  });

  it("rejects duplicate keys", () => {
    expect(() => parseOrganisationSpec("version: 1\nversion: 1\n", "dup.yaml")).toThrow(/Map keys must be unique/);
  });

  it("reads JSON too", () => {
    expect(parseOrganisationSpec(JSON.stringify(example()), "example.json").cells).toHaveLength(3);
  });
});

describe("units", () => {
  it("parses durations with a unit", () => {
    expect([parseDuration("90s"), parseDuration("45m"), parseDuration("12h"), parseDuration("30d"), parseDuration("2w")]).toEqual([
      90, 2_700, 43_200, 2_592_000, 1_209_600,
    ]);
    expect([parseDuration("30"), parseDuration("1.5d"), parseDuration("d"), parseDuration("-1d")]).toEqual([undefined, undefined, undefined, undefined]);
    expect([formatDuration(2_592_000), formatDuration(604_800), formatDuration(90)]).toEqual(["30d", "1w", "90s"]);
  });

  it("splits and converts amounts", () => {
    expect(splitAmount("1_000.5 TUSD")).toEqual({ amount: "1000.5", token: "TUSD" });
    expect(splitAmount("1,000 TUSD")).toBeUndefined();
    expect(toBaseUnits("1000.5", 6)).toBe(1_000_500_000n);
    expect(toBaseUnits("0.0000001", 6)).toBeUndefined();
  });
});
