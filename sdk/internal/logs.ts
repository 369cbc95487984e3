import { BaseError, formatLog, numberToHex, type Address, type BlockTag, type Hex, type Log, type RpcLog } from "viem";
import type { OpGovClient } from "../client.js";
import { InvalidParameterError } from "../errors/validation.js";

// Every `eth_getLogs` the SDK sends goes through here. Many providers cap a log query's block
// range (often 10,000 blocks, some 2,000 or fewer) or its result count; this pages the query by
// block range when asked to (`maxBlockRange` on the client or per call), and when the node
// refuses a range as too large or too full it splits that range in halves and retries. With no
// limit and no refusal it is exactly one request, with the block tags passed through as given.

/** A block bound for log queries: a number or a tag. */
export type LogBlockBound = bigint | BlockTag;

/** One log query: an address (or several) and topics, over a block range. */
export type LogQuery = {
  address: Address | readonly Address[];
  topics?: readonly (Hex | readonly Hex[] | null)[] | undefined;
  fromBlock: LogBlockBound;
  toBlock: LogBlockBound;
};

/** How a log query may be paged. */
export type LogPaging = {
  /** Most blocks per `eth_getLogs` request (default: the client's `maxBlockRange`, else no limit). */
  maxBlockRange?: bigint | undefined;
};

/** The messages nodes use to refuse a log query as too large, matched case-insensitively. */
const TOO_LARGE = [
  /block range/, // geth "exceed maximum block range: 5000", QuickNode, Ankr "block range is too wide"
  /range (is )?too (large|wide|big)/,
  /too many (results|logs|blocks)/,
  /more than \d+ results/, // Infura "query returned more than 10000 results"
  /response size (is )?(exceeded|too large)/, // Alchemy "Log response size exceeded"
  /limit exceeded|exceeds? (the )?(max|limit)/,
];

/** True for an error that says the log query's range or result set was too large. */
export function isLogRangeError(error: unknown): boolean {
  const texts: string[] = [];
  let code: number | undefined;
  const collect = (e: unknown) => {
    if (e === null || typeof e !== "object") return;
    const { message, details, shortMessage } = e as { message?: unknown; details?: unknown; shortMessage?: unknown };
    for (const text of [message, details, shortMessage]) if (typeof text === "string") texts.push(text.toLowerCase());
    const c = (e as { code?: unknown }).code;
    if (typeof c === "number") code ??= c;
  };
  if (error instanceof BaseError) error.walk((e) => (collect(e), false));
  else {
    let e: unknown = error;
    for (let depth = 0; e !== undefined && depth < 8; depth++, e = (e as { cause?: unknown })?.cause) collect(e);
  }
  if (code === -32005) return true; // EIP-1474 "limit exceeded"
  return texts.some((text) => TOO_LARGE.some((pattern) => pattern.test(text)));
}

/**
 * The logs matching `query`, formatted and in chain order. One request unless `maxBlockRange`
 * (per call, else the client's) asks for pages or the node refuses a range as too large, in
 * which case that range is halved and each half retried (down to one block).
 *
 * @param client - an opgov client (its `maxBlockRange` is the default limit).
 * @param query - address, topics and block range.
 * @param paging - `maxBlockRange` for this query.
 * @returns the logs, in chain order.
 */
export async function getLogsPaged(client: OpGovClient, query: LogQuery, paging: LogPaging = {}): Promise<Log[]> {
  const limit = paging.maxBlockRange ?? client.maxBlockRange;
  if (limit !== undefined && limit < 1n) throw new InvalidParameterError("maxBlockRange", limit, "at least 1 block");
  const request = async (fromBlock: LogBlockBound, toBlock: LogBlockBound) => {
    const raw = (await client.publicClient.request({
      method: "eth_getLogs",
      params: [{ address: query.address, topics: query.topics ?? [], fromBlock: bound(fromBlock), toBlock: bound(toBlock) } as never],
    })) as RpcLog[];
    return raw.map((log) => formatLog(log)) as Log[];
  };
  // A closed range [from, to], halved while the node refuses it.
  const range = async (from: bigint, to: bigint): Promise<Log[]> => {
    try {
      return await request(from, to);
    } catch (error) {
      if (from >= to || !isLogRangeError(error)) throw error;
      const middle = from + (to - from) / 2n;
      return [...(await range(from, middle)), ...(await range(middle + 1n, to))];
    }
  };

  if (limit === undefined) {
    try {
      return await request(query.fromBlock, query.toBlock);
    } catch (error) {
      if (!isLogRangeError(error)) throw error;
      const [from, to] = await numbers(client, query.fromBlock, query.toBlock);
      if (from >= to) throw error;
      const middle = from + (to - from) / 2n;
      return [...(await range(from, middle)), ...(await range(middle + 1n, to))];
    }
  }
  const [from, to] = await numbers(client, query.fromBlock, query.toBlock);
  const logs: Log[] = [];
  for (let start = from; start <= to; start += limit) {
    const end = start + limit - 1n < to ? start + limit - 1n : to;
    logs.push(...(await range(start, end)));
  }
  return logs;
}

const bound = (block: LogBlockBound): Hex | BlockTag => (typeof block === "bigint" ? numberToHex(block) : block);

/** Block numbers for a range's bounds: tags other than `earliest` cost one request (shared when both need the same tag). */
async function numbers(client: OpGovClient, fromBlock: LogBlockBound, toBlock: LogBlockBound): Promise<[bigint, bigint]> {
  const cache = new Map<BlockTag, Promise<bigint>>();
  const number = (block: LogBlockBound): Promise<bigint> => {
    if (typeof block === "bigint") return Promise.resolve(block);
    if (block === "earliest") return Promise.resolve(0n);
    let value = cache.get(block);
    if (!value) {
      value =
        block === "latest"
          ? client.publicClient.getBlockNumber({ cacheTime: 0 })
          : client.publicClient.getBlock({ blockTag: block }).then(async (b) => b.number ?? (await client.publicClient.getBlockNumber({ cacheTime: 0 })));
      cache.set(block, value);
    }
    return value;
  };
  return Promise.all([number(fromBlock), number(toBlock)]);
}
