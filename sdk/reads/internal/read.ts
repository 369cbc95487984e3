import {
  formatLog,
  getAbiItem,
  numberToHex,
  parseEventLogs,
  toEventSelector,
  type Address,
  type BlockTag,
  type ContractEventName,
  type Hex,
  type Log,
  type ParseEventLogsReturnType,
  type RpcLog,
} from "viem";
import { opgovAbi } from "../../abis/opgov.js";
import type { OpGovClient } from "../../client.js";

// Plumbing shared by the read actions: multicall options that work on every chain, and one
// `eth_getLogs` request for opgov's events (optionally only some events, or one round's).

/** An opgov event name. */
export type OpGovEventName = ContractEventName<typeof opgovAbi>;

/** A decoded opgov log. */
export type OpGovLog = ParseEventLogsReturnType<typeof opgovAbi, undefined, true>[number];

/** A block bound for log queries: a number or a tag. */
export type BlockBound = bigint | BlockTag;

/**
 * Options for viem's `multicall`: fail on the first revert, one `eth_call` whatever the size,
 * and the deployless Multicall3 (bytecode in the call) when the chain has no Multicall3 configured
 * (the local chain's bootstrap installs none).
 */
export function multicallOptions(client: OpGovClient) {
  const hasMulticall3 = Boolean(client.publicClient.chain?.contracts?.multicall3);
  return { allowFailure: false as const, batchSize: 0, ...(hasMulticall3 ? {} : { deployless: true as const }) };
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

const bound = (block: BlockBound): Hex | BlockTag => (typeof block === "bigint" ? numberToHex(block) : block);

/**
 * opgov's logs at `address` in one `eth_getLogs` request, decoded and in chain order: all
 * events, or only `events`; all rounds, or only `round` (every round event has the round id as
 * its first indexed topic).
 */
export async function getOpGovLogs(
  client: OpGovClient,
  parameters: { address: Address; events?: readonly OpGovEventName[]; round?: Hex; fromBlock: BlockBound; toBlock: BlockBound },
): Promise<OpGovLog[]> {
  const topics: (Hex | Hex[] | null)[] = [];
  if (parameters.events) topics.push(parameters.events.map(eventSelector));
  if (parameters.round) {
    if (!parameters.events) topics.push(null);
    topics.push(parameters.round);
  }
  const raw = (await client.publicClient.request({
    method: "eth_getLogs",
    params: [{ address: parameters.address, topics, fromBlock: bound(parameters.fromBlock), toBlock: bound(parameters.toBlock) } as never],
  })) as RpcLog[];
  const logs = raw.map((log) => formatLog(log)) as Log[];
  return parseEventLogs({ abi: opgovAbi, logs, strict: true }) as OpGovLog[];
}
