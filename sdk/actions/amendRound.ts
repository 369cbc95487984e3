import type { Hex } from "viem";
import { opgovAbi } from "../abis/opgov.js";
import type { OpGovClient } from "../client.js";
import { RoundState, type Action, type RoundContent, type RoundId } from "../encoding/types.js";
import type {
  CellPhaseError,
  InvalidAmountError,
  InvalidActionDataError,
  InvalidParameterError,
  NotWearerError,
  RoundContentMismatchError,
  RoundStateError,
  UnknownRoundError,
  WindowOutOfBoundsError,
} from "../errors/validation.js";
import {
  checkActions,
  checkBytes32,
  checkContent,
  checkWindow,
  proposerHat,
  readLiveCell,
  readRoundIn,
  requireWearer,
  sender,
} from "../internal/checks.js";
import { eventOf, type OpGovEventOf } from "../internal/events.js";
import type { WriteOptions } from "../safe/viaSafe.js";
import { sendContract, type SentTransaction } from "../internal/write.js";
import type { WriteErrorType } from "./types.js";

/** What {@link amendRound} takes. */
export type AmendRoundParameters = WriteOptions & {
  round: RoundId;
  /** The round's current content (as proposed, or as last amended). */
  current: RoundContent;
  /** The new actions (1 to 16). */
  actions: readonly Action[];
  /** The new rationale. */
  rationaleUri: string;
  rationaleHash: Hex;
  /** The new last-call window, within the community's bounds. */
  window: number;
};

/** What {@link amendRound} returns. */
export type AmendRoundReturnType = SentTransaction<typeof opgovAbi> & {
  /** The new revision. */
  revision: number;
  /** End of the new window, unix seconds. */
  deadline: number;
  /** The amended content: pass it to later steps (execute, escalate, …) instead of the old one. */
  content: RoundContent;
  /** The decoded `RoundAmended` event. */
  amended: OpGovEventOf<"RoundAmended">;
};

/** What {@link amendRound} may throw. */
export type AmendRoundErrorType =
  | InvalidParameterError
  | InvalidAmountError
  | InvalidActionDataError
  | UnknownRoundError
  | RoundStateError
  | RoundContentMismatchError
  | WindowOutOfBoundsError
  | CellPhaseError
  | NotWearerError
  | WriteErrorType;

/**
 * Amends an open or blocked round: new actions and rationale, revision + 1, and a new last-call
 * window for every party (standing objections stay). Checks the round, its content, the window
 * and the caller's proposer hat first.
 *
 * @param client - an opgov client with a wallet and the DAO's instance.
 * @param parameters - the round, its current content, the new actions, rationale and window.
 * @returns the new revision, deadline and content, and the transaction with its events.
 * @example
 * ```ts
 * const { content: amended } = await amendRound(client, { round, current: content, actions, rationaleUri, rationaleHash, window: 86_400 });
 * ```
 */
export async function amendRound(client: OpGovClient, parameters: AmendRoundParameters): Promise<AmendRoundReturnType> {
  const action = "amendRound";
  const { instance, account } = sender(client, action, parameters.via);
  const actions = checkActions("actions", parameters.actions);
  const rationaleHash = checkBytes32("rationaleHash", parameters.rationaleHash);
  const view = await readRoundIn(client, action, parameters.round, [RoundState.Open, RoundState.Blocked]);
  checkContent(client, parameters.round, view.revision, parameters.current);
  await checkWindow(client, parameters.window);
  const cell = await readLiveCell(client, parameters.current.scope);
  await requireWearer(client, account, proposerHat(cell), "the proposer hat of the round's cell");

  const sent = await sendContract(client, {
    abi: opgovAbi,
    address: instance,
    functionName: "amend",
    args: [parameters.round, parameters.current, actions, rationaleHash, parameters.rationaleUri, parameters.window],
    action,
    via: parameters.via,
  });
  const amended = eventOf(sent.events, "RoundAmended", action);
  return {
    ...sent,
    revision: amended.args.revision,
    deadline: amended.args.deadline,
    content: { ...parameters.current, actions, rationaleHash },
    amended,
  };
}
