import { opgovAbi } from "../abis/opgov.js";
import type { OpGovClient } from "../client.js";
import { RoundState, type RoundContent, type RoundId } from "../encoding/types.js";
import type { RoundContentMismatchError, RoundStateError, UnknownRoundError } from "../errors/validation.js";
import { checkContent, readRoundIn, sender } from "../internal/checks.js";
import { eventOf, eventsOf, type OpGovEventOf } from "../internal/events.js";
import type { WriteOptions } from "../safe/viaSafe.js";
import { sendContract, type SentTransaction } from "../internal/write.js";
import type { WriteErrorType } from "./types.js";

/** What {@link executeRound} takes. */
export type ExecuteRoundParameters = WriteOptions & {
  round: RoundId;
  /** The round's content: as proposed, or as last amended. */
  content: RoundContent;
};

/** What {@link executeRound} returns. */
export type ExecuteRoundReturnType = SentTransaction<typeof opgovAbi> & {
  /** The revision executed. */
  revision: number;
  /** Cells the round created, in order. */
  cells: bigint[];
  /** Domains the round created, in order. */
  domains: number[];
  /** The decoded `RoundExecuted` event. */
  executed: OpGovEventOf<"RoundExecuted">;
};

/** What {@link executeRound} may throw. */
export type ExecuteRoundErrorType = UnknownRoundError | RoundStateError | RoundContentMismatchError | WriteErrorType;

/**
 * Executes a consented (or accepted) round's actions, once, within its execution window. Anyone
 * may call it. Checks the round's state and (for an unamended round) the content first.
 *
 * @param client - an opgov client with a wallet and the DAO's instance.
 * @param parameters - the round and its content.
 * @returns the revision executed, what it created, and the transaction with its events.
 * @example
 * ```ts
 * const { cells, domains } = await executeRound(client, { round, content });
 * ```
 */
export async function executeRound(client: OpGovClient, parameters: ExecuteRoundParameters): Promise<ExecuteRoundReturnType> {
  const action = "executeRound";
  const { instance } = sender(client, action, parameters.via);
  const view = await readRoundIn(client, action, parameters.round, [RoundState.Consented, RoundState.Accepted]);
  checkContent(client, parameters.round, view.revision, parameters.content);
  const sent = await sendContract(client, {
    abi: opgovAbi,
    address: instance,
    functionName: "execute",
    args: [parameters.round, parameters.content],
    action,
    via: parameters.via,
  });
  const executed = eventOf(sent.events, "RoundExecuted", action);
  return {
    ...sent,
    revision: executed.args.revision,
    cells: eventsOf(sent.events, "CellCreated").map((e) => e.args.cell),
    domains: eventsOf(sent.events, "DomainCreated").map((e) => e.args.domain),
    executed,
  };
}
