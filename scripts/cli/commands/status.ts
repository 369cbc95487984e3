import { getDashboard, type GetDashboardReturnType } from "../../../sdk/reads/getDashboard.js";
import { getHistory } from "../../../sdk/reads/getHistory.js";
import { renderDashboard } from "../../render/dashboard.js";
import type { RenderLabels, TokenInfo } from "../../render/text.js";
import { parseCellMetadataUri } from "../../spec/toOrganizationSpec.js";
import type { Command } from "../command.js";
import { EXIT } from "../errors.js";
import { openOrganisation, ORG_OPTIONS, type OrgContext } from "../org.js";

/** A cell's name for people: the spec id in its metadata URI, else its id in hex. */
export function cellLabel(cell: { id: bigint; metadata: { uri: string } }): string {
  return parseCellMetadataUri(cell.metadata.uri)?.id ?? `0x${cell.id.toString(16)}`;
}

/**
 * The renderers' labels for an organisation: tokens by the spec's symbols, domains as
 * `<cell>.<domain>`, and, given a snapshot, cells by the spec id their metadata URI carries (so
 * `--instance` without a spec still names cells).
 */
export function statusLabels(org: Pick<OrgContext, "spec" | "resolved">, snapshot?: Pick<GetDashboardReturnType, "cells">): RenderLabels {
  const domains: Record<number, string> = {};
  for (const [key, id] of Object.entries(org.resolved?.domains ?? {})) if (id) domains[id] = key;
  const tokens: Record<string, TokenInfo> = {};
  for (const token of org.spec?.tokens ?? []) tokens[token.address.toLowerCase()] = { symbol: token.symbol, decimals: token.decimals };
  const cells: Record<string, string> = {};
  for (const cell of snapshot?.cells.cells ?? []) {
    const meta = parseCellMetadataUri(cell.metadata.uri);
    if (meta) cells[String(cell.id)] = meta.id;
  }
  return { domains, tokens, cells };
}

const json = (value: unknown) => JSON.stringify(value, (_key, v) => (typeof v === "bigint" ? v.toString() : v), 2);

export const statusCommand: Command = {
  name: "status",
  summary: "print the organisation's dashboard: cells, budgets, rounds, recent decisions",
  usage: "status [--spec PATH | --instance ADDRESS] [--json] [--recent N] [--rpc URL] [--deployments PATH]",
  description:
    "Reads the organisation at one block (getDashboard: 4 JSON-RPC requests) and its decision history (getHistory):\n" +
    "the cell tree with phases and hats; per domain and token the allowance, spent, committed to open rounds and\n" +
    "remaining; the rounds with their state, actions and standing objections; the latest decisions. The same\n" +
    "renderer as `npm run demo`'s dashboard (scripts/render/dashboard.ts).",
  options: {
    ...ORG_OPTIONS,
    json: { type: "boolean", description: "print the dashboard and history as JSON" },
    recent: { type: "string", value: "N", description: "how many recent decisions to show (default 10; with --json 50)" },
  },
  globals: ["rpc", "deployments", "max-block-range"],
  positionals: { min: 0, max: 0, names: "" },
  async run({ values, io, env }) {
    const org = await openOrganisation({ command: "status", values, env, signer: false });
    const [dashboard, history] = await Promise.all([
      getDashboard(org.client, { fromBlock: org.fromBlock }),
      getHistory(org.client, { fromBlock: org.fromBlock, withTimestamps: values.json !== true }),
    ]);
    const recentText = values.recent as string | undefined;
    const recent = recentText !== undefined && /^[0-9]+$/.test(recentText) ? Number(recentText) : values.json === true ? 50 : 10;
    if (values.json === true) {
      io.out(json({ dashboard, history: recent === 0 ? [] : history.slice(-recent) }));
      return EXIT.ok;
    }
    // The decision log without the Hats bookkeeping (hat creations, role hats), as the demo shows it.
    const decisions = history.filter((entry) => entry.category !== "hats");
    io.out(renderDashboard(dashboard, { history: recent === 0 ? [] : decisions.slice(-recent), labels: statusLabels(org, dashboard), fullRoundIds: true }));
    return EXIT.ok;
  },
};
