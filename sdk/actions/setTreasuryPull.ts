import type { Address } from "viem";
import { opgovAbi } from "../abis/opgov.js";
import type { OpGovClient } from "../client.js";
import type { InvalidAddressError, InvalidParameterError, NotWearerError } from "../errors/validation.js";
import { checkAddress, readCommunityHat, requireWearer, sender } from "../internal/checks.js";
import { eventOf, type OpGovEventOf } from "../internal/events.js";
import type { WriteOptions } from "../safe/viaSafe.js";
import { sendContract, type SentTransaction } from "../internal/write.js";
import type { WriteErrorType } from "./types.js";

/** What {@link setTreasuryPull} takes. */
export type SetTreasuryPullParameters = WriteOptions & {
  /** An ERC-20 token (the native token has no pull mode). */
  token: Address;
  /** `true`: pay this token by `transferFrom` on the treasury's allowance to the instance; `false`: through the Safe module call. */
  pull: boolean;
};

/** What {@link setTreasuryPull} returns. */
export type SetTreasuryPullReturnType = SentTransaction<typeof opgovAbi> & {
  /** The decoded `TreasuryPullSet` event. */
  set: OpGovEventOf<"TreasuryPullSet">;
};

/** What {@link setTreasuryPull} may throw. */
export type SetTreasuryPullErrorType = InvalidAddressError | InvalidParameterError | NotWearerError | WriteErrorType;

/**
 * Chooses how the treasury pays an ERC-20: through the Safe module call (the default), or by
 * `transferFrom` on an allowance the treasury Safe gave the instance ("pull", about 13,700 gas
 * cheaper per payment, but invisible to a Safe module guard). The caller wears the community
 * hat, which is checked first; the native token is refused before sending.
 *
 * @param client - an opgov client with a wallet (wearing the community hat) and the DAO's instance.
 * @param parameters - the token and the mode.
 * @returns the transaction with its events.
 * @example
 * ```ts
 * await setTreasuryPull(client, { token: usdc, pull: true });
 * ```
 */
export async function setTreasuryPull(client: OpGovClient, parameters: SetTreasuryPullParameters): Promise<SetTreasuryPullReturnType> {
  const action = "setTreasuryPull";
  // The zero address (the native token) is refused: ETH has no pull mode.
  const token = checkAddress("token", parameters.token);
  const { instance, account } = sender(client, action, parameters.via);
  await requireWearer(client, account, await readCommunityHat(client), "the community hat");
  const sent = await sendContract(client, {
    abi: opgovAbi,
    address: instance,
    functionName: "setTreasuryPull",
    args: [token, parameters.pull],
    action,
    via: parameters.via,
  });
  return { ...sent, set: eventOf(sent.events, "TreasuryPullSet", action) };
}
