import { opgovAbi } from "../abis/opgov.js";
import type { OpGovClient } from "../client.js";
import { ObjectionStatus, RoundState, type RoundId } from "../encoding/types.js";
import { NoStandingObjectionError, type RoundStateError, type UnknownRoundError } from "../errors/validation.js";
import { readObjectionStatus, readRoundIn, sender } from "../internal/checks.js";
import { eventOf, type OpGovEventOf } from "../internal/events.js";
import type { WriteOptions } from "../safe/viaSafe.js";
import { sendContract, type SentTransaction } from "../internal/write.js";
import type { WriteErrorType } from "./types.js";

/** What {@link withdrawObjection} takes. */
export type WithdrawObjectionParameters = WriteOptions & { round: RoundId };

/** What {@link withdrawObjection} returns. */
export type WithdrawObjectionReturnType = SentTransaction<typeof opgovAbi> & {
  /** The decoded `ObjectionWithdrawn` event. */
  withdrawn: OpGovEventOf<"ObjectionWithdrawn">;
};

/** What {@link withdrawObjection} may throw. */
export type WithdrawObjectionErrorType = UnknownRoundError | RoundStateError | NoStandingObjectionError | WriteErrorType;

/**
 * Withdraws the caller's standing objection in an open or blocked round (a blocked round whose
 * last objection goes becomes consented). Checks the round's state and the objection first.
 *
 * @param client - an opgov client with a wallet and the DAO's instance.
 * @param parameters - the round.
 * @returns the transaction with its events.
 * @example
 * ```ts
 * await withdrawObjection(client, { round });
 * ```
 */
export async function withdrawObjection(client: OpGovClient, parameters: WithdrawObjectionParameters): Promise<WithdrawObjectionReturnType> {
  const action = "withdrawObjection";
  const { instance, account } = sender(client, action, parameters.via);
  await readRoundIn(client, action, parameters.round, [RoundState.Open, RoundState.Blocked]);
  if ((await readObjectionStatus(client, parameters.round, account)) !== ObjectionStatus.Standing) {
    throw new NoStandingObjectionError(parameters.round, account);
  }
  const sent = await sendContract(client, { abi: opgovAbi, address: instance, functionName: "withdrawObjection", args: [parameters.round], action, via: parameters.via });
  return { ...sent, withdrawn: eventOf(sent.events, "ObjectionWithdrawn", action) };
}
