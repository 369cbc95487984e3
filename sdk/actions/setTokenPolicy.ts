import type { Address } from "viem";
import { opgovAbi } from "../abis/opgov.js";
import type { OpGovClient } from "../client.js";
import type { InvalidAddressError, InvalidParameterError, NotWearerError } from "../errors/validation.js";
import { checkAddress, checkUint, readCommunityHat, requireWearer, sender } from "../internal/checks.js";
import { eventOf, type OpGovEventOf } from "../internal/events.js";
import type { WriteOptions } from "../safe/viaSafe.js";
import { sendContract, type SentTransaction } from "../internal/write.js";
import type { WriteErrorType } from "./types.js";

/** What {@link setTokenPolicy} takes. */
export type SetTokenPolicyParameters = WriteOptions & {
  /** The token (the zero address for the native token). */
  token: Address;
  allowed: boolean;
  /** The largest allowance any domain may have in it, base units (below 2^96). */
  capPerDomain: bigint;
};

/** What {@link setTokenPolicy} returns. */
export type SetTokenPolicyReturnType = SentTransaction<typeof opgovAbi> & {
  /** The decoded `TokenPolicySet` event. */
  set: OpGovEventOf<"TokenPolicySet">;
};

/** What {@link setTokenPolicy} may throw. */
export type SetTokenPolicyErrorType = InvalidAddressError | InvalidParameterError | NotWearerError | WriteErrorType;

/**
 * Allows or disallows a token, with its per-domain allowance cap. The caller wears the community
 * hat, which is checked first.
 *
 * @param client - an opgov client with a wallet (wearing the community hat) and the DAO's instance.
 * @param parameters - the token, whether it is allowed, and the cap.
 * @returns the transaction with its events.
 * @example
 * ```ts
 * await setTokenPolicy(client, { token: usdc, allowed: true, capPerDomain: 50_000n * 10n ** 6n });
 * ```
 */
export async function setTokenPolicy(client: OpGovClient, parameters: SetTokenPolicyParameters): Promise<SetTokenPolicyReturnType> {
  const action = "setTokenPolicy";
  const { instance, account } = sender(client, action, parameters.via);
  const token = checkAddress("token", parameters.token, { allowZero: true });
  const cap = checkUint("capPerDomain", parameters.capPerDomain, 96);
  await requireWearer(client, account, await readCommunityHat(client), "the community hat");
  const sent = await sendContract(client, {
    abi: opgovAbi,
    address: instance,
    functionName: "setTokenPolicy",
    args: [token, parameters.allowed, cap],
    action,
    via: parameters.via,
  });
  return { ...sent, set: eventOf(sent.events, "TokenPolicySet", action) };
}
