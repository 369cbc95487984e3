import type { Address } from "viem";
import { opgovAbi } from "../abis/opgov.js";
import type { OpGovClient } from "../client.js";
import { NotHatAdminError, type InvalidAddressError, type InvalidParameterError } from "../errors/validation.js";
import { hatsReadAbi } from "../internal/hatsAbi.js";
import { checkAddress, checkUint, sender } from "../internal/checks.js";
import { eventOf, type OpGovEventOf } from "../internal/events.js";
import type { WriteOptions } from "../safe/viaSafe.js";
import { sendContract, type SentTransaction } from "../internal/write.js";
import type { WriteErrorType } from "./types.js";

/** What {@link setWearerStanding} takes. */
export type SetWearerStandingParameters = WriteOptions & {
  /** A hat opgov created (a cell, member or role hat). */
  hat: bigint;
  wearer: Address;
  /** False revokes: the wearer loses the hat and its powers at once. */
  eligible: boolean;
};

/** What {@link setWearerStanding} returns. */
export type SetWearerStandingReturnType = SentTransaction<typeof opgovAbi> & {
  /** The decoded `WearerStandingSet` event. */
  set: OpGovEventOf<"WearerStandingSet">;
};

/** What {@link setWearerStanding} may throw. */
export type SetWearerStandingErrorType = InvalidAddressError | InvalidParameterError | NotHatAdminError | WriteErrorType;

/**
 * Sets a wearer's eligibility for a hat opgov created (opgov is its eligibility module). The
 * caller is an admin of the hat in Hats, which is checked first.
 *
 * @param client - an opgov client with a wallet and the DAO's instance.
 * @param parameters - the hat, the wearer and whether they are eligible.
 * @returns the transaction with its events.
 * @example
 * ```ts
 * await setWearerStanding(client, { hat: memberHat, wearer: departed, eligible: false });
 * ```
 */
export async function setWearerStanding(client: OpGovClient, parameters: SetWearerStandingParameters): Promise<SetWearerStandingReturnType> {
  const action = "setWearerStanding";
  const { instance, account } = sender(client, action, parameters.via);
  checkUint("hat", parameters.hat, 256);
  const wearer = checkAddress("wearer", parameters.wearer);
  const admin = await client.publicClient.readContract({
    abi: hatsReadAbi,
    address: client.deployment.hats,
    functionName: "isAdminOfHat",
    args: [account, parameters.hat],
  });
  if (!admin) throw new NotHatAdminError(account, parameters.hat);
  const sent = await sendContract(client, {
    abi: opgovAbi,
    address: instance,
    functionName: "setWearerStanding",
    args: [parameters.hat, wearer, parameters.eligible],
    action,
    via: parameters.via,
  });
  return { ...sent, set: eventOf(sent.events, "WearerStandingSet", action) };
}
