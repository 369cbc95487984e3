import type { Address, BaseError, Hex } from "viem";
import { opgovFactoryAbi } from "../abis/opgovFactory.js";
import type { OpGovClient } from "../client.js";
import type { Constraints } from "../encoding/types.js";
import { decodeOpGovError } from "../errors/contract.js";
import { InvalidParameterError, type InvalidAddressError } from "../errors/validation.js";
import { checkAddress, checkBytes32, checkUint } from "../internal/checks.js";

/** What an opgov instance is deployed with (the factory's `Params`). */
export type InstanceParams = {
  /** The community treasury Safe (opgov must be enabled as its module to move funds). */
  treasury: Address;
  /** Wearers of this hat act as the community. */
  communityHat: bigint;
  /** The hat the instance will wear; top-level cell hats are created under it. */
  rootHat: bigint;
  constraints: Constraints;
  /** Tokens allowed from the start (the zero address = native) and their per-domain caps. */
  tokens: readonly Address[];
  caps: readonly bigint[];
};

/** What {@link predictInstance} takes. */
export type PredictInstanceParameters = { params: InstanceParams; salt: Hex };
/** What {@link predictInstance} returns: the instance's address. */
export type PredictInstanceReturnType = Address;
/** What {@link predictInstance} may throw. */
export type PredictInstanceErrorType = InvalidAddressError | InvalidParameterError | BaseError;

/** Validates instance parameters (shared with deployInstance). */
export function checkInstanceParams(params: InstanceParams): InstanceParams {
  checkAddress("params.treasury", params.treasury);
  checkUint("params.communityHat", params.communityHat, 256);
  checkUint("params.rootHat", params.rootHat, 256);
  params.tokens.forEach((t, i) => checkAddress(`params.tokens[${i}]`, t, { allowZero: true }));
  params.caps.forEach((c, i) => checkUint(`params.caps[${i}]`, c, 96));
  if (params.tokens.length !== params.caps.length) {
    throw new InvalidParameterError("params.caps", `${params.caps.length} caps`, `one cap per token (${params.tokens.length})`);
  }
  return params;
}

/**
 * The address the factory deploys an instance with these parameters and salt to (CREATE2 over
 * the whole configuration), so a DAO can mint the root hat to it and enable it as a Safe module
 * before it exists.
 *
 * @param client - an opgov client (no wallet or instance needed).
 * @param parameters - the instance's parameters and the salt.
 * @returns the instance's address.
 * @example
 * ```ts
 * const instance = await predictInstance(client, { params, salt });
 * ```
 */
export async function predictInstance(client: OpGovClient, parameters: PredictInstanceParameters): Promise<PredictInstanceReturnType> {
  const params = checkInstanceParams(parameters.params);
  const salt = checkBytes32("salt", parameters.salt);
  try {
    return await client.publicClient.readContract({
      abi: opgovFactoryAbi,
      address: client.deployment.opgov.factory,
      functionName: "predict",
      args: [params, salt],
    });
  } catch (error) {
    throw decodeOpGovError(error);
  }
}
