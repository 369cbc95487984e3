import { opgovAbi } from "../abis/opgov.js";
import type { OpGovClient } from "../client.js";
import type { RoundContent, RoundId } from "../encoding/types.js";
import type { CellPhaseError, NotWearerError, RoundContentMismatchError, RoundStateError, UnknownRoundError } from "../errors/validation.js";
import { checkContent, LIVE_STATES, proposerHat, readLiveCell, readRoundIn, requireWearer, sender } from "../internal/checks.js";
import { eventOf, type OpGovEventOf } from "../internal/events.js";
import type { WriteOptions } from "../safe/viaSafe.js";
import { sendContract, type SentTransaction } from "../internal/write.js";
import type { WriteErrorType } from "./types.js";

/** What {@link withdrawRound} takes. */
export type WithdrawRoundParameters = WriteOptions & {
  round: RoundId;
  /** The round's content: as proposed, or as last amended. */
  content: RoundContent;
};

/** What {@link withdrawRound} returns. */
export type WithdrawRoundReturnType = SentTransaction<typeof opgovAbi> & {
  /** The decoded `RoundWithdrawn` event. */
  withdrawn: OpGovEventOf<"RoundWithdrawn">;
};

/** What {@link withdrawRound} may throw. */
export type WithdrawRoundErrorType =
  | UnknownRoundError
  | RoundStateError
  | RoundContentMismatchError
  | CellPhaseError
  | NotWearerError
  | WriteErrorType;

/**
 * Withdraws a round that has not executed (its committed funds are released). The caller wears
 * the proposing cell's member hat. Checks the round, its content and the hat first.
 *
 * @param client - an opgov client with a wallet and the DAO's instance.
 * @param parameters - the round and its content.
 * @returns the transaction with its events.
 * @example
 * ```ts
 * await withdrawRound(client, { round, content });
 * ```
 */
export async function withdrawRound(client: OpGovClient, parameters: WithdrawRoundParameters): Promise<WithdrawRoundReturnType> {
  const action = "withdrawRound";
  const { instance, account } = sender(client, action, parameters.via);
  const view = await readRoundIn(client, action, parameters.round, LIVE_STATES);
  checkContent(client, parameters.round, view.revision, parameters.content);
  const cell = await readLiveCell(client, parameters.content.scope);
  await requireWearer(client, account, proposerHat(cell), "the proposer hat of the round's cell");
  const sent = await sendContract(client, {
    abi: opgovAbi,
    address: instance,
    functionName: "withdraw",
    args: [parameters.round, parameters.content],
    action,
    via: parameters.via,
  });
  return { ...sent, withdrawn: eventOf(sent.events, "RoundWithdrawn", action) };
}
