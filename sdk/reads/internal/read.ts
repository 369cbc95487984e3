import {
  getAbiItem,
  parseEventLogs,
  toEventSelector,
  type Address,
  type BlockTag,
  type ContractEventName,
  type ContractFunctionParameters,
  type Hex,
  type ParseEventLogsReturnType,
} from "viem";
import { opgovAbi } from "../../abis/opgov.js";
import type { OpGovClient } from "../../client.js";
import { getLogsPaged, type LogPaging } from "../../internal/logs.js";

// Plumbing shared by the read actions: batched reads that work on every chain, and opgov's
// events (optionally only some events, or one round's) through the paged log reader.

/** An opgov event name. */
export type OpGovEventName = ContractEventName<typeof opgovAbi>;

/** A decoded opgov log. */
export type OpGovLog = ParseEventLogsReturnType<typeof opgovAbi, undefined, true>[number];

/** A block bound for log queries: a number or a tag. */
export type BlockBound = bigint | BlockTag;

/**
 * Reads `calls` at one block in as few `eth_call`s as possible and returns their results in
 * order; the first call that reverted is thrown.
 *
 * With the chain's Multicall3 (`chain.contracts.multicall3`, on virtually every live chain, or
 * the deployment's `multicall3`, which the local bootstrap installs): one `eth_call`, whatever
 * the size. Without it: viem's deployless Multicall3, whose results come back as a constructor's return data and
 * are therefore capped by EIP-170 at 24,576 bytes; a batch that fails as a whole is split in two
 * and retried, and a single call goes straight to its contract. Correct on every chain; the
 * request count is only guaranteed where Multicall3 exists.
 */
export async function readBatch(client: OpGovClient, calls: readonly ContractFunctionParameters[], blockNumber?: bigint): Promise<unknown[]> {
  if (calls.length === 0) return [];
  const at = blockNumber === undefined ? {} : { blockNumber };
  const multicallAddress = client.publicClient.chain?.contracts?.multicall3?.address ?? client.deployment.multicall3;
  if (multicallAddress) {
    return (await client.publicClient.multicall({ contracts: calls, allowFailure: false, batchSize: 0, multicallAddress, ...at })) as unknown[];
  }
  const single = async (call: ContractFunctionParameters) => client.publicClient.readContract({ ...(call as object), ...at } as never) as Promise<unknown>;
  const deployless = async (chunk: readonly ContractFunctionParameters[]): Promise<unknown[]> => {
    if (chunk.length === 1) return [await single(chunk[0]!)];
    const results = await client.publicClient.multicall({ contracts: chunk, allowFailure: true, batchSize: 0, deployless: true, ...at });
    const outer = results[0]?.status === "failure" && results.every((r) => r.status === "failure" && r.error === results[0]!.error);
    if (outer) {
      const half = Math.ceil(chunk.length / 2);
      const [head, tail] = await Promise.all([deployless(chunk.slice(0, half)), deployless(chunk.slice(half))]);
      return [...head, ...tail];
    }
    return results.map((r) => {
      if (r.status === "failure") throw r.error;
      return r.result;
    });
  };
  return deployless(calls);
}

const selectors = new Map<OpGovEventName, Hex>();
/** The topic0 of an opgov event. */
export function eventSelector(name: OpGovEventName): Hex {
  let selector = selectors.get(name);
  if (!selector) {
    selector = toEventSelector(getAbiItem({ abi: opgovAbi, name }) as never);
    selectors.set(name, selector);
  }
  return selector;
}

/**
 * opgov's logs at `address`, decoded and in chain order: all events, or only `events`; all
 * rounds, or only `round` (one id or several; every round event has the round id as its first
 * indexed topic).
 * One `eth_getLogs` request unless `maxBlockRange` (here or on the client) pages it, or the node
 * refuses the range as too large (see `sdk/internal/logs.ts`).
 */
export async function getOpGovLogs(
  client: OpGovClient,
  parameters: { address: Address; events?: readonly OpGovEventName[]; round?: Hex | readonly Hex[]; fromBlock: BlockBound; toBlock: BlockBound } & LogPaging,
): Promise<OpGovLog[]> {
  const topics: (Hex | Hex[] | null)[] = [];
  if (parameters.events) topics.push(parameters.events.map(eventSelector));
  if (parameters.round) {
    if (!parameters.events) topics.push(null);
    topics.push(typeof parameters.round === "string" ? parameters.round : [...parameters.round]);
  }
  const logs = await getLogsPaged(
    client,
    { address: parameters.address, topics, fromBlock: parameters.fromBlock, toBlock: parameters.toBlock },
    { maxBlockRange: parameters.maxBlockRange },
  );
  return parseEventLogs({ abi: opgovAbi, logs, strict: true }) as OpGovLog[];
}
