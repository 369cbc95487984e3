import { opgovAbi } from "../abis/opgov.js";
import type { OpGovClient } from "../client.js";
import { RoundState, RoundStatus, type RoundId } from "../encoding/types.js";
import { RoundStateError, type UnknownRoundError } from "../errors/validation.js";
import { readRound, sender } from "../internal/checks.js";
import { eventOf, type OpGovEventOf } from "../internal/events.js";
import type { WriteOptions } from "../safe/viaSafe.js";
import { sendContract, type SentTransaction } from "../internal/write.js";
import type { WriteErrorType } from "./types.js";

/** What {@link closeRound} takes. */
export type CloseRoundParameters = WriteOptions & { round: RoundId };

/** What {@link closeRound} returns. */
export type CloseRoundReturnType = SentTransaction<typeof opgovAbi> & {
  /** True when no objection stood at the end of the window. */
  consented: boolean;
  /** Standing objections at close. */
  objections: number;
  /** The decoded `RoundClosed` event. */
  closed: OpGovEventOf<"RoundClosed">;
};

/** What {@link closeRound} may throw. */
export type CloseRoundErrorType = UnknownRoundError | RoundStateError | WriteErrorType;

/**
 * Records the end of a round's window: consented (no standing objection) or blocked. Anyone may
 * call it; execution does not need it. Checks that the window is over and the round not closed.
 *
 * @param client - an opgov client with a wallet and the DAO's instance.
 * @param parameters - the round.
 * @returns whether it consented, the standing objections, and the transaction with its events.
 * @example
 * ```ts
 * const { consented } = await closeRound(client, { round });
 * ```
 */
export async function closeRound(client: OpGovClient, parameters: CloseRoundParameters): Promise<CloseRoundReturnType> {
  const action = "closeRound";
  const { instance } = sender(client, action, parameters.via);
  const view = await readRound(client, parameters.round);
  const closable = view.status === RoundStatus.Active && (view.state === RoundState.Consented || view.state === RoundState.Blocked);
  if (!closable) {
    // A round already closed reads as Consented/Blocked too: report it as such, with the window's end.
    throw new RoundStateError(`${action} (window over, not yet closed)`, parameters.round, view.state, [RoundState.Consented, RoundState.Blocked], BigInt(view.deadline));
  }
  const sent = await sendContract(client, { abi: opgovAbi, address: instance, functionName: "close", args: [parameters.round], action, via: parameters.via });
  const closed = eventOf(sent.events, "RoundClosed", action);
  return { ...sent, consented: closed.args.consented, objections: closed.args.objections, closed };
}
