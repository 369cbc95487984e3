import type { Hex } from "viem";
import { opgovAbi } from "../abis/opgov.js";
import type { OpGovClient } from "../client.js";
import { ObjectionStatus, RoundState, type RoundId } from "../encoding/types.js";
import {
  AlreadyObjectedError,
  InvalidParameterError,
  NotWearerError,
  type RoundStateError,
  type UnknownRoundError,
} from "../errors/validation.js";
import { checkBytes32, checkUint, readObjectionStatus, readRoundIn, sender, wears } from "../internal/checks.js";
import { eventOf, type OpGovEventOf } from "../internal/events.js";
import type { WriteOptions } from "../safe/viaSafe.js";
import { sendContract, type SentTransaction } from "../internal/write.js";
import type { WriteErrorType } from "./types.js";

/** What {@link objectToRound} takes. */
export type ObjectToRoundParameters = WriteOptions & {
  round: RoundId;
  /** The round's objector hats, as in its content (`content.objectorHats`). */
  objectorHats: readonly bigint[];
  /** Which of them the caller objects under; by default the first one the caller wears. */
  hatIndex?: number | undefined;
  /** Where the reason is, and its (non-zero) hash: an objection needs a reason. */
  reasonUri: string;
  reasonHash: Hex;
};

/** What {@link objectToRound} returns. */
export type ObjectToRoundReturnType = SentTransaction<typeof opgovAbi> & {
  /** The hat the objection was raised under. */
  hat: bigint;
  /** The revision objected to. */
  revision: number;
  /** The decoded `ObjectionRaised` event. */
  raised: OpGovEventOf<"ObjectionRaised">;
};

/** What {@link objectToRound} may throw. */
export type ObjectToRoundErrorType =
  | InvalidParameterError
  | UnknownRoundError
  | RoundStateError
  | NotWearerError
  | AlreadyObjectedError
  | WriteErrorType;

/**
 * Raises an objection in an open round, under one of its objector hats that the caller wears.
 * Checks the reason, the round's state, the hat and that the caller has no standing objection
 * yet before sending.
 *
 * @param client - an opgov client with a wallet and the DAO's instance.
 * @param parameters - the round, its objector hats, optionally the hat index, and the reason.
 * @returns the hat used, the revision objected to, and the transaction with its events.
 * @example
 * ```ts
 * await objectToRound(client, { round, objectorHats: content.objectorHats, reasonUri: "ipfs://…", reasonHash });
 * ```
 */
export async function objectToRound(client: OpGovClient, parameters: ObjectToRoundParameters): Promise<ObjectToRoundReturnType> {
  const action = "objectToRound";
  const { instance, account } = sender(client, action, parameters.via);
  if (!parameters.reasonUri) throw new InvalidParameterError("reasonUri", '""', "the reason's uri (an objection needs a reason)");
  const reasonHash = checkBytes32("reasonHash", parameters.reasonHash, { nonZero: true });
  const hats = parameters.objectorHats;
  if (hats.length === 0) throw new InvalidParameterError("objectorHats", "[]", "the round's objector hats (content.objectorHats)");

  await readRoundIn(client, action, parameters.round, [RoundState.Open]);
  let hatIndex = parameters.hatIndex;
  if (hatIndex !== undefined) {
    checkUint("hatIndex", hatIndex, 32);
    if (hatIndex >= hats.length) throw new InvalidParameterError("hatIndex", hatIndex, `below ${hats.length}, the number of objector hats`);
    if (!(await wears(client, account, hats[hatIndex]!))) throw new NotWearerError(account, hats[hatIndex]!, `objector hat ${hatIndex} of the round`);
  } else {
    const worn = await Promise.all(hats.map((hat) => wears(client, account, hat)));
    hatIndex = worn.indexOf(true);
    if (hatIndex < 0) throw new NotWearerError(account, hats[0]!, `any of the round's ${hats.length} objector hats (the first is shown)`);
  }
  if ((await readObjectionStatus(client, parameters.round, account)) === ObjectionStatus.Standing) {
    throw new AlreadyObjectedError(parameters.round, account);
  }

  const sent = await sendContract(client, {
    abi: opgovAbi,
    address: instance,
    functionName: "object",
    args: [parameters.round, hats, BigInt(hatIndex), reasonHash, parameters.reasonUri],
    action,
    via: parameters.via,
  });
  const raised = eventOf(sent.events, "ObjectionRaised", action);
  return { ...sent, hat: raised.args.hat, revision: raised.args.revision, raised };
}
