import type { ContractFunctionParameters, Hex } from "viem";
import { requireInstance, type OpGovClient } from "../../client.js";
import { decodeOpGovError } from "../../errors/contract.js";
import { UnknownRoundError } from "../../errors/validation.js";
import type { Objection, RoundStatusView } from "../types.js";
import { getOpGovLogs, readBatch, type BlockBound } from "./read.js";
import { foldRoundLogs, ROUND_EVENTS, roundCalls, toObjection, type RoundRecord } from "./rounds.js";
import { toRoundStatus } from "./views.js";

/** Where to look for a round's events and which state to read. */
export type RoundLookup = {
  round: Hex;
  /** First block searched for the round's events (default: the genesis block). */
  fromBlock?: BlockBound | undefined;
  /** Read at this block instead of the latest. */
  blockNumber?: bigint | undefined;
  /** Most blocks per `eth_getLogs` request (default: the client's `maxBlockRange`, else one request). */
  maxBlockRange?: bigint | undefined;
};

/**
 * One round's events (one `eth_getLogs`, unless paged), then its slot and every objector's objection (one
 * `eth_call` through multicall).
 */
export async function loadRound(
  client: OpGovClient,
  lookup: RoundLookup,
): Promise<{ record: RoundRecord; view: RoundStatusView; objections: Objection[] }> {
  const address = requireInstance(client);
  const fromBlock = lookup.fromBlock ?? 0n;
  const toBlock = lookup.blockNumber ?? "latest";
  try {
    const logs = await getOpGovLogs(client, { address, events: ROUND_EVENTS, round: lookup.round, fromBlock, toBlock, maxBlockRange: lookup.maxBlockRange });
    const record = foldRoundLogs(logs).get(lookup.round);
    if (!record) throw new UnknownRoundError(lookup.round, { fromBlock, toBlock });
    const calls = roundCalls(address, [record]);
    const [views, ...objections] = (await readBatch(
      client,
      [calls.getRounds, ...calls.getObjections] as unknown as readonly ContractFunctionParameters[],
      lookup.blockNumber,
    )) as unknown as [readonly Parameters<typeof toRoundStatus>[0][], ...(readonly [number, number, number])[]];
    const view = views[0];
    if (!view) throw new UnknownRoundError(lookup.round, { fromBlock, toBlock });
    return {
      record,
      view: toRoundStatus(view),
      objections: calls.pairs.map(([, objector], i) => toObjection(record, objector, objections[i]!)),
    };
  } catch (error) {
    throw decodeOpGovError(error);
  }
}
