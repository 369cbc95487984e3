import { opgovAbi } from "../abis/opgov.js";
import type { OpGovClient } from "../client.js";
import { Phase, RoundState, RoundStatus, type RoundContent, type RoundId } from "../encoding/types.js";
import { RoundStateError, type RoundContentMismatchError, type UnknownCellError, type UnknownRoundError } from "../errors/validation.js";
import { checkContent, LIVE_STATES, readCell, readRound, sender } from "../internal/checks.js";
import { eventOf, type OpGovEventOf } from "../internal/events.js";
import type { WriteOptions } from "../safe/viaSafe.js";
import { sendContract, type SentTransaction } from "../internal/write.js";
import type { WriteErrorType } from "./types.js";

/** What {@link expireRound} takes. */
export type ExpireRoundParameters = WriteOptions & {
  round: RoundId;
  /** The round's content: as proposed, or as last amended. */
  content: RoundContent;
};

/** What {@link expireRound} returns. */
export type ExpireRoundReturnType = SentTransaction<typeof opgovAbi> & {
  /** The decoded `RoundExpired` event. */
  expired: OpGovEventOf<"RoundExpired">;
};

/** What {@link expireRound} may throw. */
export type ExpireRoundErrorType = UnknownRoundError | UnknownCellError | RoundStateError | RoundContentMismatchError | WriteErrorType;

/**
 * Marks a round that can no longer execute as expired and releases its committed funds: its
 * execution window passed, or its cell completed while it was live. Anyone may call it. Checks
 * the round's state, its cell and its content first.
 *
 * @param client - an opgov client with a wallet and the DAO's instance.
 * @param parameters - the round and its content.
 * @returns the transaction with its events.
 * @example
 * ```ts
 * await expireRound(client, { round, content });
 * ```
 */
export async function expireRound(client: OpGovClient, parameters: ExpireRoundParameters): Promise<ExpireRoundReturnType> {
  const action = "expireRound";
  const { instance } = sender(client, action, parameters.via);
  const view = await readRound(client, parameters.round);
  const cell = await readCell(client, parameters.content.scope);
  const timedOut = view.state === RoundState.Expired && view.status !== RoundStatus.Expired;
  const orphaned = (LIVE_STATES as readonly number[]).includes(view.state) && cell.phase === Phase.Completion;
  if (!timedOut && !orphaned) {
    throw new RoundStateError(`${action} (execution window over, or cell completed)`, parameters.round, view.state, [RoundState.Expired], view.executableUntil);
  }
  checkContent(client, parameters.round, view.revision, parameters.content);
  const sent = await sendContract(client, {
    abi: opgovAbi,
    address: instance,
    functionName: "expire",
    args: [parameters.round, parameters.content],
    action,
    via: parameters.via,
  });
  return { ...sent, expired: eventOf(sent.events, "RoundExpired", action) };
}
