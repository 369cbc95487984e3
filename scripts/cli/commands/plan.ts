import { formatUnits, zeroAddress, type Address } from "viem";
import { createOpGovClient, type OpGovClient } from "../../../sdk/client.js";
import { completeCell, planCompletion } from "../../../sdk/phases/completeCell.js";
import { InvalidSpecError as PhaseSpecError, PhaseNotReadyError } from "../../../sdk/phases/errors.js";
import { setupDao } from "../../../sdk/phases/setupDao.js";
import type { PlannedTransaction, ResolvedOrganization } from "../../../sdk/phases/types.js";
import { readOrganisationSpec } from "../../spec/load.js";
import { parseCellMetadataUri, toOrganizationSpec, type MappedOrganisation } from "../../spec/toOrganizationSpec.js";
import type { TokenSpec } from "../../spec/types.js";
import { formatDuration } from "../../spec/units.js";
import type { Command, CommandInput, Io } from "../command.js";
import { connectRpc, DEFAULT_RPC_URL, KEY_ENV, loadDeployment, loadSigner, walletFor } from "../context.js";
import { EXIT } from "../errors.js";
import { fromBlockOf, maxBlockRangeOf, ORG_OPTIONS, planAsTreasury } from "../org.js";
import { fundLocalTreasury } from "../../../deploy/local/testTokens.js";
import { createProgressPrinter } from "../../render/progress.js";
import { formatGas, formatNumber, shortHex } from "../../render/text.js";
import { CO_SIGNER_OPTION, coSignersOf } from "../safe.js";

/** A planned transaction, or a completion that can only be planned once the transactions before it are mined. */
export type PlanStep = { via: PlannedTransaction["via"]; description: string; calls: { to: Address; value: bigint; data: `0x${string}`; description: string }[]; later?: true };

/** What `opgov plan` computes: the steps and the organisation's (predicted) addresses. */
export type SpecPlan = { steps: PlanStep[]; resolved: ResolvedOrganization; instanceDeployed: boolean };

/** Plans a mapped spec against the chain: `planDao`, then a completion per cell to complete. */
export async function planSpec(
  client: OpGovClient,
  mapped: MappedOrganisation,
  { operator, fromBlock, signers }: { operator?: Address | undefined; fromBlock: bigint; signers?: readonly Address[] | undefined },
): Promise<SpecPlan> {
  const dao = await planAsTreasury(client, mapped, { operator, fromBlock, signers });
  const resolved = dao.resolved;
  const planOptions = dao.options;
  const steps: PlanStep[] = dao.transactions.map((tx) => ({ via: tx.via, description: tx.description, calls: tx.calls.map((call) => ({ ...call })) }));
  const code = await client.publicClient.getCode({ address: resolved.instance });
  const instanceDeployed = code !== undefined && code !== "0x";
  for (const cell of mapped.complete) {
    const later: PlanStep = { via: "treasury", description: `complete cell "${cell}" (hats off, allowances zero), once the transactions above are mined`, calls: [], later: true };
    if (!instanceDeployed || steps.length > 0) {
      steps.push(later);
      continue;
    }
    try {
      const plan = await planCompletion(client, { spec: mapped.organization, cell }, planOptions);
      steps.push(...plan.transactions.map((tx) => ({ via: tx.via, description: tx.description, calls: tx.calls.map((call) => ({ ...call })) })));
    } catch (error) {
      if (error instanceof PhaseNotReadyError || error instanceof PhaseSpecError) steps.push(later);
      else throw error;
    }
  }
  return { steps, resolved, instanceDeployed };
}

const json = (value: unknown) => JSON.stringify(value, (_key, v) => (typeof v === "bigint" ? v.toString() : v), 2);

/**
 * A call's description with the spec's words: cell metadata URIs as the cell's name, token
 * amounts with their symbol, epochs as durations.
 */
export function readableCall(description: string, tokens: readonly TokenSpec[] = []): string {
  return description
    .replace(/\(data:application\/json,[^)\s]*\)/g, (uri) => {
      const meta = parseCellMetadataUri(uri.slice(1, -1));
      return meta ? `("${meta.name}")` : uri;
    })
    .replace(/budget (\d+) of (0x[0-9a-fA-F]{40})/g, (text, amount: string, address: string) => {
      const token = tokens.find((t) => t.address.toLowerCase() === address.toLowerCase());
      return token ? `budget ${formatUnits(BigInt(amount), token.decimals)} ${token.symbol}` : text;
    })
    .replace(/per (\d+) s\b/g, (_text, seconds: string) => `per ${formatDuration(Number(seconds))}`);
}

/** The plan as text: one block per transaction with its calls. */
export function describePlan(plan: SpecPlan, specPath: string, chainId: number, tokens: readonly TokenSpec[] = []): string[] {
  const lines = [`${specPath} on chain ${chainId}: opgov instance ${plan.resolved.instance} (${plan.instanceDeployed ? "deployed" : "to deploy"}), treasury ${plan.resolved.treasury}`];
  if (plan.steps.length === 0) {
    lines.push("Nothing to send: the chain matches the spec.");
    return lines;
  }
  plan.steps.forEach((step, index) => {
    const who = step.via === "batch" ? "operator batch" : "treasury Safe transaction (as the community)";
    lines.push(`${index + 1}. ${who}${step.later ? "" : `, ${step.calls.length} call${step.calls.length === 1 ? "" : "s"}`}: ${step.later ? step.description : ""}`.trimEnd());
    for (const call of step.calls) lines.push(`     - ${readableCall(call.description, tokens)}`);
  });
  const now = plan.steps.filter((step) => !step.later).length;
  lines.push(`${plan.steps.length} transaction${plan.steps.length === 1 ? "" : "s"} to send${now === plan.steps.length ? "" : ` (${plan.steps.length - now} planned once the others are mined)`}. Run \`opgov apply ${specPath}\` to send them.`);
  return lines;
}

/** What `plan` and `apply` start from: the spec read and mapped, the signer (if any), the chain and its deployment. */
async function openSpec({ values, positionals, env, command, signer }: Pick<CommandInput, "values" | "positionals" | "env"> & { command: string; signer: "required" | "optional" }) {
  const specPath = positionals[0]!;
  const spec = readOrganisationSpec(specPath);
  const mapped = toOrganizationSpec(spec);
  const fromBlock = fromBlockOf(values, command);
  const maxBlockRange = maxBlockRangeOf(values, command);
  const hasKey = values["key-file"] !== undefined || (env[KEY_ENV] ?? "").trim() !== "";
  const account = signer === "required" || hasKey ? loadSigner({ command, keyFile: values["key-file"] as string | undefined, env }) : undefined;
  const connection = await connectRpc((values.rpc as string | undefined) ?? DEFAULT_RPC_URL);
  const deployment = loadDeployment(connection, values.deployments as string | undefined);
  return { specPath, spec, mapped, fromBlock, maxBlockRange, account, connection, deployment };
}

export const planCommand: Command = {
  name: "plan",
  summary: "compare an organisation spec with the chain and list the transactions apply would send",
  usage: "plan <spec> [--json] [--rpc URL] [--deployments PATH] [--key-file PATH] [--co-signer-key-file PATH]…",
  description:
    "Reads the chain and lists what `opgov apply` would send to bring it to the spec: the operator's batch (top hat,\n" +
    "treasury Safe) and the treasury Safe transactions (acting as the community, which the treasury wears), each\n" +
    "with its calls described. With a signer key (OPGOV_PRIVATE_KEY or --key-file) it plans as that operator (and\n" +
    "checks it can execute the treasury's transactions, with the owners of --co-signer-key-file); without one, as the\n" +
    "treasury's first owner. Sends nothing.",
  options: {
    json: { type: "boolean", description: "print the plan as JSON (calls with to, value, data)" },
    "from-block": ORG_OPTIONS["from-block"],
    "co-signer-key-file": CO_SIGNER_OPTION,
  },
  globals: ["rpc", "deployments", "key-file", "max-block-range"],
  positionals: { min: 1, max: 1, names: "<spec>" },
  async run({ values, positionals, io, env }) {
    const { specPath, spec, mapped, fromBlock, maxBlockRange, account, connection, deployment } = await openSpec({ values, positionals, env, command: "plan", signer: "optional" });
    const client = createOpGovClient({ publicClient: connection.publicClient, deployment, maxBlockRange });
    const signers = coSignersOf(values, connection, "plan").map((signer) => signer.account.address);
    const plan = await planSpec(client, mapped, { operator: account?.address, fromBlock, signers });
    if (values.json === true) io.out(json({ chainId: connection.chainId, spec: specPath, ...plan }));
    else for (const line of describePlan(plan, specPath, connection.chainId, spec.tokens)) io.out(line);
    return EXIT.ok;
  },
};

function printInterrupted(io: Io, sent: number, pending: string | undefined) {
  io.err(
    `apply stopped: ${sent} transaction${sent === 1 ? " was" : "s were"} sent and mined (listed above)` +
      (pending ? `; "${pending}" failed or its outcome is unknown (check the chain: it may have been mined)` : "") +
      "; nothing else was sent. Run `opgov apply` again: it re-reads the chain and sends only what is still missing.",
  );
}

export const applyCommand: Command = {
  name: "apply",
  summary: "send the transactions that bring the chain to an organisation spec (idempotent, resumable)",
  usage: "apply <spec> [--json] [--rpc URL] [--deployments PATH] [--key-file PATH] [--co-signer-key-file PATH]…",
  description:
    "Sends what `opgov plan` lists, one transaction at a time, re-reading the chain before each: one line per\n" +
    "transaction (what, short hash, gas). The signer is the operator: an owner of the treasury Safe; when its threshold\n" +
    "is above 1, --co-signer-key-file (once per other owner) adds their signatures to every treasury transaction.\n" +
    "Interrupted at any point, it says what was sent and what was not; run it again and it continues from the chain's\n" +
    "state, duplicating nothing. A second run on an up-to-date chain sends nothing and says so.\n" +
    "Cells with `phase: completion` are completed last (sub-cells first). On a chain started by `opgov node`, a\n" +
    "treasury without funds then gets 100,000 TUSD (the test token) and 10 ETH (from the signer), once.",
  options: {
    json: { type: "boolean", description: "print the result (transactions, resolved ids and addresses) as JSON" },
    "from-block": ORG_OPTIONS["from-block"],
    "co-signer-key-file": CO_SIGNER_OPTION,
  },
  globals: ["rpc", "key-file", "deployments", "max-block-range"],
  positionals: { min: 1, max: 1, names: "<spec>" },
  async run({ values, positionals, io, env }) {
    const { specPath, spec, mapped, fromBlock, maxBlockRange, account, connection, deployment } = await openSpec({ values, positionals, env, command: "apply", signer: "required" });
    const client = createOpGovClient({ publicClient: connection.publicClient, walletClient: walletFor(connection, account!), deployment, maxBlockRange });
    const signers = coSignersOf(values, connection, "apply");
    io.err(`Applying ${specPath} to chain ${connection.chainId} as ${account!.address}...`);
    const progress = createProgressPrinter({ write: io.err });
    let resolved: ResolvedOrganization;
    try {
      ({ resolved } = await setupDao(client, mapped.organization, { onProgress: progress.onProgress, fromBlock, signers }));
      for (const cell of mapped.complete) ({ resolved } = await completeCell(client, { spec: mapped.organization, cell }, { onProgress: progress.onProgress, fromBlock, signers }));
    } catch (error) {
      printInterrupted(io, progress.sent().length, progress.pending());
      throw error;
    }
    // A chain started by `opgov node` (local, with its TUSD test token): a new treasury gets test
    // funds once, so the example's spends and allocations work as written.
    const tusd = deployment.testTokens?.TUSD;
    const funded =
      deployment.local && tusd
        ? await fundLocalTreasury(
            { publicClient: connection.publicClient, walletClient: walletFor(connection, account!) },
            { treasury: resolved.treasury, tusd: spec.tokens.some((t) => t.address.toLowerCase() === tusd.toLowerCase()) ? tusd : undefined, eth: spec.tokens.some((t) => t.address === zeroAddress) },
          )
        : undefined;
    const { transactions, gasUsed } = progress.totals();
    if (values.json === true) io.out(json({ chainId: connection.chainId, spec: specPath, transactions: progress.sent(), resolved, ...(funded ? { funded } : {}) }));
    else {
      io.out(
        transactions === 0
          ? `Nothing to send: the chain already matches ${specPath}.`
          : `Applied ${specPath}: ${transactions} transaction${transactions === 1 ? "" : "s"}, ${formatGas(gasUsed)} gas.`,
      );
      io.out(`opgov instance ${resolved.instance}, treasury ${resolved.treasury}`);
      for (const [key, id] of Object.entries(resolved.cells)) io.out(`  cell ${key}: ${id === 0n ? "-" : `0x${id.toString(16)}`}${resolved.cellSafes[key] ? `, Safe ${resolved.cellSafes[key]}` : ""}`);
      for (const [key, id] of Object.entries(resolved.domains)) io.out(`  domain ${key}: #${id}`);
      if (transactions) io.out(`Last transaction ${shortHex(progress.sent().at(-1)!.hash)}.`);
      if (funded && (funded.tusd || funded.eth)) {
        const what = [funded.tusd ? `${formatNumber(funded.tusd, 18)} TUSD minted` : undefined, funded.eth ? `${formatNumber(funded.eth, 18)} ETH sent by ${account!.address}` : undefined];
        io.out(`Funded the treasury (a local chain from \`opgov node\`): ${what.filter(Boolean).join(", ")}.`);
      }
    }
    return EXIT.ok;
  },
};
