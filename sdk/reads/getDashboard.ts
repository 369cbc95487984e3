import { maxUint256, type Address, type ContractFunctionParameters, type GetBlockErrorType, type Hex, type MulticallErrorType, type RpcError } from "viem";
import { opgovAbi } from "../abis/opgov.js";
import { requireInstance, type MissingInstanceError, type OpGovClient } from "../client.js";
import { decodeOpGovError, type OpGovContractError } from "../errors/contract.js";
import { buildCellTree, type GetCellTreeReturnType } from "./getCellTree.js";
import { LIVE_ROUND_STATES } from "./internal/enums.js";
import { getOpGovLogs, readBatch, type BlockBound } from "./internal/read.js";
import { foldRoundLogs, ROUND_EVENTS, roundCalls, toObjection, toRound } from "./internal/rounds.js";
import { hatRef, toBudget, toCell, toConstraints, toDomain, toRoundStatus, type BudgetViewStruct, type CellViewStruct, type ConstraintsStruct, type DomainViewStruct, type RoundViewStruct } from "./internal/views.js";
import type { Budget, ConstraintsView, Domain, HatRef, Round, TokenPolicy } from "./types.js";

/** What {@link getDashboard} takes. */
export type GetDashboardParameters = {
  /** Snapshot at this block (default: the latest). */
  blockNumber?: bigint | undefined;
  /** First block searched for rounds (default: the genesis block; pass the instance's deployment block on live chains). */
  fromBlock?: BlockBound | undefined;
  /** `"live"` (default): rounds that can still change (open, consented, blocked, escalated, accepted); `"all"`: every round. */
  rounds?: "live" | "all" | undefined;
  /** Most blocks per `eth_getLogs` request (default: the client's `maxBlockRange`, else one request). */
  maxBlockRange?: bigint | undefined;
};

/** What {@link getDashboard} returns: one consistent snapshot of an organisation. */
export type GetDashboardReturnType = {
  /** The block the snapshot was read at, and its time (Unix seconds). */
  blockNumber: bigint;
  timestamp: number;
  /** The instance and what it was deployed with. */
  instance: { address: Address; treasury: Address; hats: Address; communityHat: HatRef; rootHat: HatRef };
  constraints: ConstraintsView;
  /** The policy of every token some domain has a budget in. */
  tokenPolicies: TokenPolicy[];
  /** The cell tree. */
  cells: GetCellTreeReturnType;
  /** Every domain, by id. */
  domains: Domain[];
  /** Every budget: each domain's tokens, in domain order. */
  budgets: Budget[];
  /** Rounds (live ones unless `rounds: "all"`), oldest first, with their standing objections. */
  rounds: Round[];
};

/** What {@link getDashboard} may throw. */
export type GetDashboardErrorType = MissingInstanceError | OpGovContractError | MulticallErrorType | GetBlockErrorType | RpcError;

/**
 * Reads a snapshot of a whole organisation at one block: instance settings, constraints, token
 * policies, the cell tree, every domain and every budget (allowance, spent, committed,
 * remaining, epoch), and the rounds with their state and standing objections.
 *
 * Cost: 4 JSON-RPC requests whatever the size of the organisation — `eth_getBlockByNumber` (pins
 * the block), then together one `eth_call` (multicall: cell ids, domains, constraints, instance
 * settings) and one `eth_getLogs` (round events: which rounds exist, their content, who
 * objected), then one `eth_call` (multicall: cells, budgets, round slots, objections, token
 * policies). That count needs Multicall3 (`chain.contracts.multicall3` or the deployment's `multicall3`); without
 * it the reads fall back to viem's deployless Multicall3, whose 24 KB result cap makes a large
 * organisation cost a few more `eth_call`s (same result).
 *
 * @param client - an opgov client with an instance.
 * @param parameters - the block, the first block to search for rounds, and which rounds.
 * @returns the snapshot.
 * @example
 * ```ts
 * const dashboard = await getDashboard(client, { fromBlock: deploymentBlock });
 * for (const b of dashboard.budgets) console.log(b.domain, b.token, b.remaining, b.committed);
 * ```
 */
export async function getDashboard(client: OpGovClient, parameters: GetDashboardParameters = {}): Promise<GetDashboardReturnType> {
  const address = requireInstance(client);
  const lens = (functionName: string, args?: readonly unknown[]) =>
    ({ abi: opgovAbi, address, functionName, ...(args ? { args } : {}) }) as unknown as ContractFunctionParameters;
  try {
    const block = await client.publicClient.getBlock(parameters.blockNumber === undefined ? { blockTag: "latest" } : { blockNumber: parameters.blockNumber });
    const blockNumber = block.number;

    const [first, logs] = await Promise.all([
      readBatch(
        client,
        [
          lens("cellIds", [0n, maxUint256]),
          lens("getDomains", [1n, maxUint256]),
          lens("constraints"),
          lens("treasury"),
          lens("hats"),
          lens("communityHat"),
          lens("rootHat"),
        ],
        blockNumber,
      ),
      getOpGovLogs(client, { address, events: ROUND_EVENTS, fromBlock: parameters.fromBlock ?? 0n, toBlock: blockNumber, maxBlockRange: parameters.maxBlockRange }),
    ]);
    const [cellIds, domainViews, constraints, treasury, hats, communityHat, rootHat] = first as unknown as [
      readonly bigint[],
      readonly DomainViewStruct[],
      ConstraintsStruct,
      Address,
      Address,
      bigint,
      bigint,
    ];

    const domains = domainViews.map(toDomain);
    const tokens = [...new Set(domains.flatMap((d) => d.tokens))];
    const records = [...foldRoundLogs(logs).values()].filter((r) => parameters.rounds === "all" || !r.final);
    const calls = roundCalls(address, records);

    const second = await readBatch(
      client,
      [
        lens("getCells", [cellIds]),
        lens("getBudgets", [domains.map((d) => d.id)]),
        calls.getRounds as unknown as ContractFunctionParameters,
        ...tokens.map((token) => lens("tokenPolicy", [token])),
        ...(calls.getObjections as unknown as ContractFunctionParameters[]),
      ],
      blockNumber,
    );
    const [cellViews, budgetViews, roundViews] = second as [readonly CellViewStruct[], readonly BudgetViewStruct[], readonly RoundViewStruct[]];
    const policies = second.slice(3, 3 + tokens.length) as (readonly [boolean, bigint])[];
    const objectionResults = second.slice(3 + tokens.length) as (readonly [number, number, number])[];

    const objectionsByRound = new Map<Hex, ReturnType<typeof toObjection>[]>();
    const byId = new Map(records.map((r) => [r.id, r]));
    calls.pairs.forEach(([round, objector], i) => {
      const record = byId.get(round)!;
      const list = objectionsByRound.get(round) ?? [];
      list.push(toObjection(record, objector, objectionResults[i]!));
      objectionsByRound.set(round, list);
    });
    const rounds = records
      .map((record, i) => toRound(record, toRoundStatus(roundViews[i]!), objectionsByRound.get(record.id) ?? []))
      .filter((round) => parameters.rounds === "all" || LIVE_ROUND_STATES.includes(round.state));

    const cells = cellViews.map(toCell);
    return {
      blockNumber,
      timestamp: Number(block.timestamp),
      instance: { address, treasury, hats, communityHat: hatRef(communityHat), rootHat: hatRef(rootHat) },
      constraints: toConstraints(constraints),
      tokenPolicies: tokens.map((token, i) => ({ token, allowed: policies[i]![0], capPerDomain: BigInt(policies[i]![1]) })),
      cells: { roots: buildCellTree(cells), cells },
      domains,
      budgets: budgetViews.map(toBudget),
      rounds,
    };
  } catch (error) {
    throw decodeOpGovError(error);
  }
}
