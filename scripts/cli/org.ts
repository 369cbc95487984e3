import { existsSync } from "node:fs";
import { erc20Abi, getAddress, isAddress, parseAbi, zeroAddress, type Account, type Address } from "viem";
import { createOpGovClient, withInstance, type OpGovClient } from "../../sdk/client.js";
import type { OpGovDeploymentRecord } from "../../sdk/chains/deployments.js";
import { planDao } from "../../sdk/phases/setupDao.js";
import type { PlanOptions, ResolvedOrganization, SetupPlan } from "../../sdk/phases/types.js";
import { readOrganisationSpec } from "../spec/load.js";
import { toOrganizationSpec, type MappedOrganisation } from "../spec/toOrganizationSpec.js";
import type { OrganisationSpec } from "../spec/types.js";
import { splitAmount, toBaseUnits, parseDuration } from "../spec/units.js";
import { GLOBAL_OPTIONS, type OptionSpec } from "./command.js";
import { connectRpc, DEFAULT_RPC_URL, loadDeployment, loadSigner, walletFor, type ChainConnection } from "./context.js";
import { BadArgumentError, OrganisationNotFoundError } from "./errors.js";

/** Where commands look for the organisation spec when neither `--spec` nor `--instance` is given. */
export const DEFAULT_SPEC = "organisation.yaml";

/** Options of the commands that act on one organisation. */
export const ORG_OPTIONS = {
  spec: { type: "string", value: "PATH", description: `the organisation spec: names cells, domains, tokens (default ./${DEFAULT_SPEC} if it exists)` },
  instance: { type: "string", value: "ADDRESS", description: "the opgov instance, when no spec is at hand (cells, domains and tokens then by id and address)" },
  "from-block": { type: "string", value: "N", description: "first block to search for events (the instance's deployment block on a live chain; default 0)" },
} as const satisfies Record<string, OptionSpec>;

/** The organisation a command acts on: chain, client, and (with a spec) the names the spec gives. */
export type OrgContext = {
  connection: ChainConnection;
  deployment: OpGovDeploymentRecord;
  /** The SDK client, pointed at the instance (with the signer's wallet when the command sends). */
  client: OpGovClient;
  account: Account | undefined;
  spec: OrganisationSpec | undefined;
  mapped: MappedOrganisation | undefined;
  resolved: ResolvedOrganization | undefined;
  fromBlock: bigint;
};

type Values = Record<string, string | boolean | string[] | undefined>;

/** Parses `--from-block`. */
export function fromBlockOf(values: Values, command: string): bigint {
  const text = values["from-block"] as string | undefined;
  if (text === undefined) return 0n;
  if (!/^[0-9]{1,20}$/.test(text)) throw new BadArgumentError(`--from-block must be a block number, got ${JSON.stringify(text)}.`, { command });
  return BigInt(text);
}

/** The largest `--max-block-range`: beyond it a page would span more blocks than any chain has, the same as no limit. */
export const MAX_BLOCK_RANGE_LIMIT = 1_000_000_000n;

/** Parses `--max-block-range` (undefined when not given: one `eth_getLogs` request per query). */
export function maxBlockRangeOf(values: Values, command: string): bigint | undefined {
  const text = values["max-block-range"] as string | undefined;
  if (text === undefined) return undefined;
  const blocks = /^[0-9]{1,19}$/.test(text) ? BigInt(text) : undefined;
  if (blocks === undefined || blocks < 1n || blocks > MAX_BLOCK_RANGE_LIMIT)
    throw new BadArgumentError(
      `--max-block-range must be the most blocks your RPC provider allows in one eth_getLogs query, a whole number from 1 to ${MAX_BLOCK_RANGE_LIMIT} ` +
        `(e.g. 10000; leave it out for no limit), got ${JSON.stringify(text)}.`,
      { command },
    );
  return blocks;
}

/** The spec path a command uses: `--spec`, else `./organisation.yaml` when it exists (and no `--instance`). */
export function specPathOf(values: Values): string | undefined {
  const given = values.spec as string | undefined;
  if (given !== undefined) return given;
  if (values.instance === undefined && existsSync(DEFAULT_SPEC)) return DEFAULT_SPEC;
  return undefined;
}

/**
 * `planDao` for a mapped spec: as `operator` when given, else as the treasury's owners (planning
 * sends nothing, so any signer, or none, can see the plan and the organisation's ids).
 */
export async function planAsTreasury(
  client: OpGovClient,
  mapped: MappedOrganisation,
  { operator, fromBlock, signers }: { operator?: Address | undefined; fromBlock?: bigint | undefined; signers?: readonly Address[] | undefined } = {},
): Promise<SetupPlan & { options: PlanOptions }> {
  const options = await treasuryPlanOptions(client, mapped, { operator, fromBlock, signers });
  return { ...(await planDao(client, mapped.organization, options)), options };
}

/** Plan options for `operator` (with co-signing treasury owners `signers`), or (without one) for the treasury's owners. */
export async function treasuryPlanOptions(
  client: OpGovClient,
  mapped: MappedOrganisation,
  { operator, fromBlock, signers }: { operator?: Address | undefined; fromBlock?: bigint | undefined; signers?: readonly Address[] | undefined },
): Promise<PlanOptions> {
  if (operator) return { operator, fromBlock, ...(signers?.length ? { signers } : {}) };
  const treasury = mapped.organization.treasury;
  let owners: readonly Address[];
  if ("address" in treasury) {
    owners = await client.publicClient
      .readContract({ address: treasury.address, abi: parseAbi(["function getOwners() view returns (address[])"]), functionName: "getOwners" })
      .catch(() => []);
  } else owners = treasury.owners;
  return { operator: owners[0] ?? client.walletClient?.account.address, signers: owners, fromBlock };
}

/** The addresses and ids of a spec's organisation as they are on the chain (or will be): {@link planAsTreasury}'s resolved view. */
export async function resolveOrganisation(client: OpGovClient, mapped: MappedOrganisation, fromBlock?: bigint): Promise<ResolvedOrganization> {
  return (await planAsTreasury(client, mapped, { fromBlock })).resolved;
}

/**
 * Connects to the chain and finds the organisation a command acts on, from `--spec` (or
 * `./organisation.yaml`) or `--instance`.
 *
 * @param input - the command's options and environment; `signer` when it sends transactions.
 * @returns the context.
 * @throws {BadArgumentError} When neither a spec nor an instance is given.
 * @throws {OrganisationNotFoundError} When the organisation's instance has no code on the chain.
 */
export async function openOrganisation({
  command,
  values,
  env,
  signer,
}: {
  command: string;
  values: Values;
  env: NodeJS.ProcessEnv;
  signer: boolean;
}): Promise<OrgContext> {
  const fromBlock = fromBlockOf(values, command);
  const maxBlockRange = maxBlockRangeOf(values, command);
  const account = signer ? loadSigner({ command, keyFile: values["key-file"] as string | undefined, env }) : undefined;
  const specPath = specPathOf(values);
  const instanceText = values.instance as string | undefined;
  if (specPath === undefined && instanceText === undefined)
    throw new BadArgumentError(`opgov ${command} needs the organisation: --spec PATH (or ./${DEFAULT_SPEC}) or --instance ADDRESS.`, { command });
  if (instanceText !== undefined && !isAddress(instanceText, { strict: false }))
    throw new BadArgumentError(`--instance must be an address, got ${JSON.stringify(instanceText)}.`, { command });
  const spec = specPath === undefined ? undefined : readOrganisationSpec(specPath);
  const connection = await connectRpc((values.rpc as string | undefined) ?? DEFAULT_RPC_URL);
  const deployment = loadDeployment(connection, values.deployments as string | undefined);
  let client = createOpGovClient({
    publicClient: connection.publicClient,
    walletClient: account ? walletFor(connection, account) : undefined,
    deployment,
    maxBlockRange,
  });
  const mapped = spec ? toOrganizationSpec(spec) : undefined;
  let resolved: ResolvedOrganization | undefined;
  let instance: Address;
  if (instanceText !== undefined) instance = getAddress(instanceText);
  else {
    resolved = await resolveOrganisation(client, mapped!, fromBlock);
    instance = resolved.instance;
  }
  if (mapped && resolved === undefined) resolved = await resolveOrganisation(client, mapped, fromBlock);
  const code = await connection.publicClient.getCode({ address: instance });
  if (!code || code === "0x") throw new OrganisationNotFoundError(`The opgov instance ${instance}${specPath ? ` of ${specPath}` : ""}`);
  client = withInstance(client, instance);
  return { connection, deployment, client, account, spec, mapped, resolved, fromBlock };
}

/** A cell named by its spec id (with a spec) or by its id (hex or decimal). */
export function cellOf(org: OrgContext, text: string, option: string): bigint {
  const byName = org.resolved?.cells[text];
  if (byName !== undefined && byName !== 0n) return byName;
  if (/^(0x[0-9a-fA-F]{1,64}|[0-9]{1,78})$/.test(text)) return BigInt(text);
  const names = Object.keys(org.resolved?.cells ?? {});
  throw new BadArgumentError(`${option} names no cell: ${JSON.stringify(text)}${names.length ? ` (the spec's cells: ${names.join(", ")})` : ""}.`);
}

/** A domain named `<cell>.<domain>` (with a spec) or by its number. */
export function domainOf(org: OrgContext, text: string, option: string): number {
  const byName = org.resolved?.domains[text];
  if (byName !== undefined && byName !== 0) return byName;
  if (/^[0-9]{1,10}$/.test(text) && Number(text) > 0) return Number(text);
  const names = Object.keys(org.resolved?.domains ?? {});
  throw new BadArgumentError(`${option} names no domain: ${JSON.stringify(text)}${names.length ? ` (the spec's domains: ${names.join(", ")})` : ""}.`);
}

/** A token: its symbol, decimals and address. */
export type TokenRef = { symbol: string; decimals: number; address: Address };

/** A token named by its spec symbol, `ETH`/`native`, or its address (decimals then read from the chain). */
export async function tokenOf(org: OrgContext, text: string, option: string): Promise<TokenRef> {
  const fromSpec = org.spec?.tokens.find((token) => token.symbol === text || token.address.toLowerCase() === text.toLowerCase());
  if (fromSpec) return { symbol: fromSpec.symbol, decimals: fromSpec.decimals, address: fromSpec.address };
  if (text === "ETH" || text === "native") return { symbol: "ETH", decimals: 18, address: zeroAddress };
  if (isAddress(text, { strict: false })) {
    const address = getAddress(text);
    const read = <T>(functionName: "decimals" | "symbol", fallback: T) =>
      org.client.publicClient.readContract({ address, abi: erc20Abi, functionName }).catch(() => fallback) as Promise<T>;
    const [decimals, symbol] = await Promise.all([read("decimals", 18), read("symbol", address)]);
    return { symbol: String(symbol), decimals: Number(decimals), address };
  }
  const symbols = org.spec?.tokens.map((token) => token.symbol) ?? [];
  throw new BadArgumentError(`${option}: unknown token ${JSON.stringify(text)} (${symbols.length ? `the spec's tokens: ${symbols.join(", ")}; ` : ""}or ETH, or a token address).`);
}

/** An amount written `"100 TUSD"` (or `"1.5 ETH"`, or `"100 0x…"`), in the token's base units. */
export async function amountOf(org: OrgContext, text: string, option: string): Promise<{ token: TokenRef; amount: bigint }> {
  const match = /^\s*([0-9][0-9_]*(?:\.[0-9]+)?)\s+(0x[0-9a-fA-F]{40})\s*$/.exec(text);
  const written = match ? { amount: match[1]!.replaceAll("_", ""), token: match[2]! } : splitAmount(text);
  if (!written) throw new BadArgumentError(`${option} must be an amount with its token, e.g. "100 TUSD", got ${JSON.stringify(text)}.`);
  const token = await tokenOf(org, written.token, option);
  const amount = toBaseUnits(written.amount, token.decimals);
  if (amount === undefined) throw new BadArgumentError(`${option}: ${token.symbol} has ${token.decimals} decimals, got ${JSON.stringify(written.amount)}.`);
  return { token, amount };
}

/** A duration written with a unit (`90s`, `45m`, `12h`, `2d`, `1w`), in seconds. */
export function durationOf(text: string, option: string): number {
  const seconds = parseDuration(text);
  if (seconds === undefined) throw new BadArgumentError(`${option} must be a duration with a unit (90s, 45m, 12h, 2d, 1w), got ${JSON.stringify(text)}.`);
  return seconds;
}

/** An address option. */
export function addressOf(text: string, option: string): Address {
  if (!isAddress(text, { strict: false })) throw new BadArgumentError(`${option} must be an address, got ${JSON.stringify(text)}.`);
  return getAddress(text);
}

/** Every option a day-to-day command takes besides its own: chain and organisation. */
export const ORG_GLOBALS = ["rpc", "key-file", "deployments", "max-block-range"] as const satisfies readonly (keyof typeof GLOBAL_OPTIONS)[];
