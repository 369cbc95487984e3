import { opgovAbi } from "../abis/opgov.js";
import type { OpGovClient } from "../client.js";
import type { Constraints } from "../encoding/types.js";
import { InvalidParameterError, type NotWearerError } from "../errors/validation.js";
import { checkUint, readCommunityHat, requireWearer, sender } from "../internal/checks.js";
import { eventOf, type OpGovEventOf } from "../internal/events.js";
import type { WriteOptions } from "../safe/viaSafe.js";
import { sendContract, type SentTransaction } from "../internal/write.js";
import type { WriteErrorType } from "./types.js";

const MAX_WINDOW = 366 * 86_400;

/** What {@link setConstraints} takes. */
export type SetConstraintsParameters = WriteOptions & { constraints: Constraints };

/** What {@link setConstraints} returns. */
export type SetConstraintsReturnType = SentTransaction<typeof opgovAbi> & {
  /** The decoded `ConstraintsSet` event. */
  set: OpGovEventOf<"ConstraintsSet">;
};

/** What {@link setConstraints} may throw. */
export type SetConstraintsErrorType = InvalidParameterError | NotWearerError | WriteErrorType;

/**
 * Sets the network constraints (objection window bounds, execution window, spending pause,
 * required objector parties per action kind). The caller wears the community hat. The windows
 * are checked first; the parties policy against the protocol minimum by the contract.
 *
 * @param client - an opgov client with a wallet (wearing the community hat) and the DAO's instance.
 * @param parameters - the constraints.
 * @returns the transaction with its events.
 * @example
 * ```ts
 * await setConstraints(client, { constraints: { ...current, maxWindow: 21 * 86_400 } });
 * ```
 */
export async function setConstraints(client: OpGovClient, parameters: SetConstraintsParameters): Promise<SetConstraintsReturnType> {
  const action = "setConstraints";
  const { instance, account } = sender(client, action, parameters.via);
  const k = parameters.constraints;
  checkUint("constraints.minWindow", k.minWindow, 32);
  checkUint("constraints.maxWindow", k.maxWindow, 32);
  checkUint("constraints.executionWindow", k.executionWindow, 32);
  checkUint("constraints.requiredParties", k.requiredParties, 64);
  if (k.minWindow === 0) throw new InvalidParameterError("constraints.minWindow", k.minWindow, "above zero");
  if (k.minWindow > k.maxWindow) throw new InvalidParameterError("constraints.maxWindow", k.maxWindow, `at least minWindow (${k.minWindow})`);
  if (k.maxWindow > MAX_WINDOW) throw new InvalidParameterError("constraints.maxWindow", k.maxWindow, `at most 366 days (${MAX_WINDOW} s)`);
  if (k.executionWindow === 0 || k.executionWindow > MAX_WINDOW) {
    throw new InvalidParameterError("constraints.executionWindow", k.executionWindow, `from 1 s to 366 days (${MAX_WINDOW} s)`);
  }
  await requireWearer(client, account, await readCommunityHat(client), "the community hat");
  const sent = await sendContract(client, { abi: opgovAbi, address: instance, functionName: "setConstraints", args: [k], action, via: parameters.via });
  return { ...sent, set: eventOf(sent.events, "ConstraintsSet", action) };
}
