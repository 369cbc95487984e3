import { opgovAbi } from "../abis/opgov.js";
import type { OpGovClient } from "../client.js";
import { ObjectionStatus, RoundState, type RoundContent, type RoundId } from "../encoding/types.js";
import type { CellPhaseError, NotWearerError, RoundContentMismatchError, RoundStateError, UnknownRoundError } from "../errors/validation.js";
import { checkContent, proposerHat, readLiveCell, readObjectionStatus, readRoundIn, requireWearer, sender } from "../internal/checks.js";
import { eventOf, type OpGovEventOf } from "../internal/events.js";
import type { WriteOptions } from "../safe/viaSafe.js";
import { sendContract, type SentTransaction } from "../internal/write.js";
import type { WriteErrorType } from "./types.js";

/** What {@link escalateRound} takes. */
export type EscalateRoundParameters = WriteOptions & {
  round: RoundId;
  /** The round's content: as proposed, or as last amended. */
  content: RoundContent;
};

/** What {@link escalateRound} returns. */
export type EscalateRoundReturnType = SentTransaction<typeof opgovAbi> & {
  /** The hat that now decides (the parent cell's hat, or the community hat). */
  resolverHat: bigint;
  /** The decoded `RoundEscalated` event. */
  escalated: OpGovEventOf<"RoundEscalated">;
};

/** What {@link escalateRound} may throw. */
export type EscalateRoundErrorType =
  | UnknownRoundError
  | RoundStateError
  | RoundContentMismatchError
  | CellPhaseError
  | NotWearerError
  | WriteErrorType;

/**
 * Escalates a blocked round to the parent circle (or, for a top-level cell, the community). The
 * caller wears the proposing cell's member hat or has a standing objection. Checks first.
 *
 * @param client - an opgov client with a wallet and the DAO's instance.
 * @param parameters - the round and its content.
 * @returns the resolver hat and the transaction with its events.
 * @example
 * ```ts
 * const { resolverHat } = await escalateRound(client, { round, content });
 * ```
 */
export async function escalateRound(client: OpGovClient, parameters: EscalateRoundParameters): Promise<EscalateRoundReturnType> {
  const action = "escalateRound";
  const { instance, account } = sender(client, action, parameters.via);
  const view = await readRoundIn(client, action, parameters.round, [RoundState.Blocked]);
  checkContent(client, parameters.round, view.revision, parameters.content);
  const cell = await readLiveCell(client, parameters.content.scope);
  if ((await readObjectionStatus(client, parameters.round, account)) !== ObjectionStatus.Standing) {
    await requireWearer(client, account, proposerHat(cell), "the proposer hat of the round's cell (or a standing objection in it)");
  }
  const sent = await sendContract(client, {
    abi: opgovAbi,
    address: instance,
    functionName: "escalate",
    args: [parameters.round, parameters.content],
    action,
    via: parameters.via,
  });
  const escalated = eventOf(sent.events, "RoundEscalated", action);
  return { ...sent, resolverHat: escalated.args.resolverHat, escalated };
}
