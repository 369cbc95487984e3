import type { Address, Hex } from "viem";
import { opgovAbi } from "../abis/opgov.js";
import type { OpGovClient } from "../client.js";
import { ObjectionStatus, RoundState, type RoundContent, type RoundId } from "../encoding/types.js";
import {
  NoStandingObjectionError,
  NotWearerError,
  type InvalidAddressError,
  type RoundContentMismatchError,
  type RoundStateError,
  type UnknownRoundError,
} from "../errors/validation.js";
import {
  checkAddress,
  checkBytes32,
  checkContent,
  readCommunityHat,
  readObjectionStatus,
  readResolverHat,
  readRoundIn,
  sender,
  wears,
} from "../internal/checks.js";
import { eventOf, type OpGovEventOf } from "../internal/events.js";
import type { WriteOptions } from "../safe/viaSafe.js";
import { sendContract, type SentTransaction } from "../internal/write.js";
import type { WriteErrorType } from "./types.js";

/** What {@link resolveEscalation} takes. */
export type ResolveEscalationParameters = WriteOptions & {
  round: RoundId;
  /** The round's content: as proposed, or as last amended. */
  content: RoundContent;
  /** Accept (executable for the execution window from now) or reject (final). */
  accept: boolean;
  /** Objectors whose objections are dismissed as not principled. */
  dismissed?: readonly Address[] | undefined;
  /** The decision's rationale. */
  rationaleUri: string;
  rationaleHash: Hex;
};

/** What {@link resolveEscalation} returns. */
export type ResolveEscalationReturnType = SentTransaction<typeof opgovAbi> & {
  accepted: boolean;
  /** The decoded `EscalationResolved` event. */
  resolved: OpGovEventOf<"EscalationResolved">;
};

/** What {@link resolveEscalation} may throw. */
export type ResolveEscalationErrorType =
  | InvalidAddressError
  | UnknownRoundError
  | RoundStateError
  | RoundContentMismatchError
  | NotWearerError
  | NoStandingObjectionError
  | WriteErrorType;

/**
 * Decides an escalated round: accept or reject, final for the round, optionally dismissing
 * objections as not principled. The caller wears the resolver hat (the parent cell's hat, or the
 * community hat) or the community hat. Checks the round, the hat and the dismissed objections first.
 *
 * @param client - an opgov client with a wallet and the DAO's instance.
 * @param parameters - the round, its content, the decision, dismissed objectors and the rationale.
 * @returns the decision and the transaction with its events.
 * @example
 * ```ts
 * await resolveEscalation(client, { round, content, accept: true, dismissed: [objector], rationaleUri, rationaleHash });
 * ```
 */
export async function resolveEscalation(client: OpGovClient, parameters: ResolveEscalationParameters): Promise<ResolveEscalationReturnType> {
  const action = "resolveEscalation";
  const { instance, account } = sender(client, action, parameters.via);
  const dismissed = (parameters.dismissed ?? []).map((a, i) => checkAddress(`dismissed[${i}]`, a));
  const rationaleHash = checkBytes32("rationaleHash", parameters.rationaleHash);
  const view = await readRoundIn(client, action, parameters.round, [RoundState.Escalated]);
  checkContent(client, parameters.round, view.revision, parameters.content);
  const [resolver, community] = await Promise.all([readResolverHat(client, parameters.content.scope), readCommunityHat(client)]);
  if (!(await wears(client, account, resolver)) && !(await wears(client, account, community))) {
    throw new NotWearerError(account, resolver, "the resolver hat of the round (the parent cell's hat) or the community hat");
  }
  for (const objector of dismissed) {
    if ((await readObjectionStatus(client, parameters.round, objector)) !== ObjectionStatus.Standing) {
      throw new NoStandingObjectionError(parameters.round, objector);
    }
  }
  const sent = await sendContract(client, {
    abi: opgovAbi,
    address: instance,
    functionName: "resolve",
    args: [parameters.round, parameters.content, parameters.accept, dismissed, rationaleHash, parameters.rationaleUri],
    action,
    via: parameters.via,
  });
  const resolved = eventOf(sent.events, "EscalationResolved", action);
  return { ...sent, accepted: resolved.args.accepted, resolved };
}
