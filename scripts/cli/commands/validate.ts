import { readOrganisationSpec } from "../../spec/load.js";
import type { OrganisationSpec, TokenSpec } from "../../spec/types.js";
import { formatAmount, formatDuration } from "../../spec/units.js";
import type { Command } from "../command.js";
import { EXIT } from "../errors.js";

/** A readable tree of a valid spec, in human units. */
export function describeSpec(spec: OrganisationSpec): string[] {
  const tokens = new Map<string, TokenSpec>(spec.tokens.map((token) => [token.symbol, token]));
  const lines = [`community ${spec.community.name}; tokens ${spec.tokens.map((token) => token.symbol).join(", ")}`];
  const policy = spec.community.policy;
  lines.push(
    `  policy: objection window ${formatDuration(policy.minWindow)}..${formatDuration(policy.maxWindow)}, executable for ${formatDuration(policy.executionWindow)}`,
  );
  const walk = (parent: string | undefined, depth: number) => {
    for (const cell of spec.cells.filter((c) => c.parent === parent)) {
      const pad = "  ".repeat(depth);
      lines.push(`${pad}cell ${cell.id} (${cell.name}): ${cell.phase}, ${cell.members.length} member(s), ${cell.roles.length} role(s)`);
      for (const domain of cell.domains) {
        const budgets = domain.budgets.map((b) => `${formatAmount(b.allowance, tokens.get(b.token)!)} / ${formatDuration(b.epoch)}`);
        const from = domain.delegatedFrom ? ` (from ${domain.delegatedFrom})` : "";
        lines.push(`${pad}  domain ${domain.id}${from}: ${budgets.join(", ") || "no budget"}`);
      }
      walk(cell.id, depth + 1);
    }
  };
  walk(undefined, 1);
  return lines;
}

const toJson = (spec: OrganisationSpec): string => JSON.stringify(spec, (_key, value) => (typeof value === "bigint" ? value.toString() : value), 2);

export const validateCommand: Command = {
  name: "validate",
  summary: "check an organisation spec and list every problem with its path",
  usage: "validate <spec>",
  description:
    "Checks a YAML or JSON organisation spec: every field, the units (durations such as 30d, amounts such as\n" +
    "\"1000 TUSD\"), checksummed addresses and the cross-references (parent cells, delegated domains, roles,\n" +
    "tokens, phase rules, contract limits). Prints the organisation when valid; otherwise one line per problem.",
  options: { json: { type: "boolean", description: "print the validated spec in chain units (seconds, base units) as JSON" } },
  globals: [],
  positionals: { min: 1, max: 1, names: "<spec>" },
  async run({ values, positionals, io }) {
    const path = positionals[0]!;
    const spec = readOrganisationSpec(path);
    if (values.json === true) io.out(toJson(spec));
    else {
      io.out(`${path} is valid.`);
      for (const line of describeSpec(spec)) io.out(line);
    }
    return EXIT.ok;
  },
};
