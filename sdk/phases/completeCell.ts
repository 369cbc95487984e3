import { erc20Abi, getAddress, isAddressEqual, parseAbiItem, zeroAddress, type Address, type Hex } from "viem";
import { enumName, LIVE_ROUND_STATES, ROUND_STATES, type RoundStateName } from "../reads/internal/enums.js";
import { opgovAbi } from "../abis/opgov.js";
import { getOpGovLogs } from "../reads/internal/read.js";
import type { OpGovClient } from "../client.js";
import { InvalidSpecError, type PhaseNotReadyError, type SetupErrorType } from "./errors.js";
import { encodeAction, PHASE } from "./internal/encode.js";
import { queueAction, type Model } from "./internal/model.js";
import { planWith, requireInstanceDeployed, runSetup } from "./internal/run.js";
import type { OrganizationSpec, PlanOptions, SetupOptions, SetupPlan, SetupResult } from "./types.js";

/** What {@link planCompletion} and {@link completeCell} take. */
export type CompleteCellParameters = {
  /** The organisation spec. */
  spec: OrganizationSpec;
  /** The key of the cell to complete. */
  cell: string;
  /** Tokens whose balances the report gives (default: every token the spec names, and the native coin). */
  tokens?: readonly Address[] | undefined;
};

/** A round the cell proposed that had not finished when it completed: it can no longer pass (anyone may `expire` it). */
export type UnfinishedRound = { round: Hex; state: RoundStateName };

/** What a completed cell still holds, and what its completion gave back. */
export type CellHoldings = {
  cell: bigint;
  /** The cell's Safe (zero if it has none). */
  safe: Address;
  /** The Safe's balances, per token (`0x0…0` = native); tokens with nothing are left out. */
  balances: readonly { token: Address; amount: bigint }[];
  /** Rounds the cell proposed that were still unfinished. */
  unfinishedRounds: readonly UnfinishedRound[];
  /** Slices of the cell's delegated domains that went back to their parent domains. */
  returnedSlices: readonly { domain: number; parent: number; token: Address; amount: bigint }[];
  /** True when the cell hat and the member hat are off. */
  hatsOff: boolean;
};

/** What {@link completeCell} returns: the transactions and the cell's holdings. */
export type CompleteCellReturnType = SetupResult & { holdings: CellHoldings };

/** What {@link planCompletion} returns. */
export type PlanCompletionReturnType = SetupPlan;

/** The errors {@link completeCell} may throw (`OpGovContractError` `OpGovCellHasActiveSubCells` when sub-cells are active). */
export type CompleteCellErrorType = SetupErrorType | PhaseNotReadyError;

function completionOps(key: string) {
  return async (model: Model) => {
    const cell = model.cells.get(key);
    if (!cell) throw new InvalidSpecError(`there is no cell "${key}" in the spec.`);
    if (!cell.onChain) throw new InvalidSpecError(`cell "${key}" does not exist on-chain.`);
    if (cell.phase !== PHASE.completion) {
      queueAction(model, encodeAction.movePhase(cell.id, PHASE.completion, `complete cell "${key}" (hats off, allowances zero)`));
      cell.phase = PHASE.completion;
    }
  };
}

/**
 * Plans Completion of one cell: a community `act` (one treasury Safe transaction) moving it to
 * Completion, which turns its hats off and zeroes its allowances; nothing if it is complete.
 *
 * @param client - an opgov client.
 * @param parameters - the spec and the cell's key.
 * @param options - the operator (default: the client's wallet account).
 * @returns the planned transactions (none for a completed cell).
 * @example
 * ```ts
 * const { transactions } = await planCompletion(client, { spec, cell: "tooling" });
 * ```
 */
export async function planCompletion(client: OpGovClient, parameters: CompleteCellParameters, options: PlanOptions = {}): Promise<PlanCompletionReturnType> {
  return planWith(client, parameters.spec, [completionOps(parameters.cell)], options, requireInstanceDeployed("Completion"));
}

/**
 * Completes a cell and reports what it still holds: its Safe's balances, the rounds it
 * proposed that had not finished (they can no longer pass), and the slices of its delegated
 * domains that went back to the parent domains. Idempotent: a completed cell is only reported.
 *
 * @param client - an opgov client with the operator's wallet.
 * @param parameters - the spec, the cell's key and the tokens to report.
 * @param options - `onProgress`; `fromBlock` also bounds the search for the cell's rounds.
 * @returns the transactions sent, the resolved ids and the cell's holdings.
 * @example
 * ```ts
 * const { holdings } = await completeCell(client, { spec, cell: "tooling" });
 * for (const { token, amount } of holdings.balances) console.log(token, amount);
 * ```
 */
export async function completeCell(client: OpGovClient, parameters: CompleteCellParameters, options: SetupOptions = {}): Promise<CompleteCellReturnType> {
  const { spec, cell: key } = parameters;
  const before = await planWith(client, spec, [], { operator: client.walletClient?.account.address, fromBlock: options.fromBlock, maxBlockRange: options.maxBlockRange }, requireInstanceDeployed("Completion"));
  const instance = before.resolved.instance;
  const id = before.resolved.cells[key];
  if (id === undefined) throw new InvalidSpecError(`cell "${key}" does not exist on-chain.`);
  const read = (functionName: string, args: readonly unknown[] = []) =>
    client.publicClient.readContract({ address: instance, abi: opgovAbi, functionName, args } as never) as Promise<any>;

  // Delegated slices before Completion zeroes them.
  const view = await read("getCell", [id]);
  const slices: { domain: number; parent: number; token: Address; amount: bigint }[] = [];
  if (Number(view.phase) !== PHASE.completion) {
    for (const domainId of view.domains as readonly number[]) {
      const domain = await read("getDomain", [domainId]);
      if (Number(domain.parent) === 0) continue;
      for (const token of domain.tokens as readonly Address[]) {
        const budget = await read("getBudget", [domainId, token]);
        if (budget.allowance > 0n) slices.push({ domain: Number(domainId), parent: Number(domain.parent), token: getAddress(token), amount: budget.allowance });
      }
    }
  }

  // Rounds the cell proposed that have not finished (read before Completion decides them).
  // `RoundProposed` is indexed by round only (the scope sits in the content), so filter here.
  const proposed = await getOpGovLogs(client, {
    address: instance,
    events: ["RoundProposed"],
    fromBlock: options.fromBlock ?? "earliest",
    toBlock: "latest",
    maxBlockRange: options.maxBlockRange,
  });
  const unfinishedRounds: UnfinishedRound[] = [];
  for (const log of proposed) {
    if (log.eventName !== "RoundProposed") continue;
    if (log.args.content?.scope !== id) continue;
    const round = log.args.round!;
    const state = enumName(ROUND_STATES, Number(await read("roundState", [round])));
    if (LIVE_ROUND_STATES.includes(state)) unfinishedRounds.push({ round, state });
  }

  const result = await runSetup(client, spec, [completionOps(key)], options, "completeCell", requireInstanceDeployed("Completion"));

  const after = await read("getCell", [id]);
  const safe = getAddress(after.safe);
  const tokens = parameters.tokens ?? defaultTokens(spec);
  const balances: { token: Address; amount: bigint }[] = [];
  if (!isAddressEqual(safe, zeroAddress)) {
    for (const token of tokens) {
      const amount = isAddressEqual(token, zeroAddress)
        ? await client.publicClient.getBalance({ address: safe })
        : await client.publicClient.readContract({ address: token, abi: erc20Abi, functionName: "balanceOf", args: [safe] });
      if (amount > 0n) balances.push({ token: getAddress(token), amount });
    }
  }

  const hatsActive = (hat: bigint) =>
    client.publicClient.readContract({
      address: client.deployment.hats,
      abi: [parseAbiItem("function isActive(uint256) view returns (bool)")],
      functionName: "isActive",
      args: [hat],
    });
  const hatsOff = !(await hatsActive(id)) && (after.memberHat === 0n || !(await hatsActive(after.memberHat)));

  return { ...result, holdings: { cell: id, safe, balances, unfinishedRounds, returnedSlices: slices, hatsOff } };
}

function defaultTokens(spec: OrganizationSpec): Address[] {
  const all = [
    zeroAddress,
    ...spec.opgov.tokens.map((t) => t.address),
    ...(spec.policy?.tokens ?? []).map((t) => t.address),
    ...(spec.domains ?? []).flatMap((d) => (d.budgets ?? []).map((b) => b.token)),
  ].map((a) => getAddress(a));
  return [...new Set(all)];
}
