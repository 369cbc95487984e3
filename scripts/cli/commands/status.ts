import { getDashboard } from "../../../sdk/reads/getDashboard.js";
import { getHistory } from "../../../sdk/reads/getHistory.js";
import type { Command } from "../command.js";
import { EXIT } from "../errors.js";
import { openOrganisation, ORG_OPTIONS, type OrgContext } from "../org.js";
import { renderStatus, type StatusNames } from "../status.js";

/** Names for the status from the spec: domains by `<cell>.<domain>`, tokens by symbol. */
export function statusNames(org: Pick<OrgContext, "spec" | "resolved">): StatusNames {
  const domains: Record<number, string> = {};
  for (const [key, id] of Object.entries(org.resolved?.domains ?? {})) if (id) domains[id] = key;
  const tokens: Record<string, { symbol: string; decimals: number }> = {};
  for (const token of org.spec?.tokens ?? []) tokens[token.address.toLowerCase()] = { symbol: token.symbol, decimals: token.decimals };
  return { domains, tokens };
}

const json = (value: unknown) => JSON.stringify(value, (_key, v) => (typeof v === "bigint" ? v.toString() : v), 2);

export const statusCommand: Command = {
  name: "status",
  summary: "print the organisation's dashboard: cells, budgets, open rounds, recent decisions",
  usage: "status [--spec PATH | --instance ADDRESS] [--json] [--recent N] [--rpc URL] [--deployments PATH]",
  description:
    "Reads the organisation at one block (getDashboard: 4 JSON-RPC requests) and its decision history (getHistory):\n" +
    "the cell tree with phases and hats; per domain and token the allowance, spent, committed to open rounds and\n" +
    "remaining; the open rounds with their actions and standing objections; the latest decisions.",
  options: {
    ...ORG_OPTIONS,
    json: { type: "boolean", description: "print the dashboard and history as JSON" },
    recent: { type: "string", value: "N", description: "how many recent decisions to show (default 10)" },
  },
  globals: ["rpc", "deployments"],
  positionals: { min: 0, max: 0, names: "" },
  async run({ values, io, env }) {
    const org = await openOrganisation({ command: "status", values, env, signer: false });
    const [dashboard, history] = await Promise.all([
      getDashboard(org.client, { fromBlock: org.fromBlock }),
      getHistory(org.client, { fromBlock: org.fromBlock }),
    ]);
    if (values.json === true) {
      io.out(json({ dashboard, history: history.slice(-Number(values.recent ?? 50)) }));
      return EXIT.ok;
    }
    const recent = values.recent === undefined ? 10 : Number(values.recent);
    for (const line of renderStatus(dashboard, history, statusNames(org), Number.isFinite(recent) && recent >= 0 ? recent : 10)) io.out(line);
    return EXIT.ok;
  },
};
