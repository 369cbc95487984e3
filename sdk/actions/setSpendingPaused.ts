import { opgovAbi } from "../abis/opgov.js";
import type { OpGovClient } from "../client.js";
import type { NotWearerError } from "../errors/validation.js";
import { readCommunityHat, requireWearer, sender } from "../internal/checks.js";
import { eventOf, type OpGovEventOf } from "../internal/events.js";
import type { WriteOptions } from "../safe/viaSafe.js";
import { sendContract, type SentTransaction } from "../internal/write.js";
import type { WriteErrorType } from "./types.js";

/** What {@link setSpendingPaused} takes. */
export type SetSpendingPausedParameters = WriteOptions & { paused: boolean };

/** What {@link setSpendingPaused} returns. */
export type SetSpendingPausedReturnType = SentTransaction<typeof opgovAbi> & {
  /** The decoded `SpendingPausedSet` event. */
  set: OpGovEventOf<"SpendingPausedSet">;
};

/** What {@link setSpendingPaused} may throw. */
export type SetSpendingPausedErrorType = NotWearerError | WriteErrorType;

/**
 * Pauses or resumes budget spending (rounds and community acts are unaffected). The caller
 * wears the community hat, which is checked first.
 *
 * @param client - an opgov client with a wallet (wearing the community hat) and the DAO's instance.
 * @param parameters - whether spending is paused.
 * @returns the transaction with its events.
 * @example
 * ```ts
 * await setSpendingPaused(client, { paused: true });
 * ```
 */
export async function setSpendingPaused(client: OpGovClient, parameters: SetSpendingPausedParameters): Promise<SetSpendingPausedReturnType> {
  const action = "setSpendingPaused";
  const { instance, account } = sender(client, action, parameters.via);
  await requireWearer(client, account, await readCommunityHat(client), "the community hat");
  const sent = await sendContract(client, {
    abi: opgovAbi,
    address: instance,
    functionName: "setSpendingPaused",
    args: [parameters.paused],
    action,
    via: parameters.via,
  });
  return { ...sent, set: eventOf(sent.events, "SpendingPausedSet", action) };
}
