import type { ReadContractErrorType } from "viem";
import { opgovAbi } from "../abis/opgov.js";
import { requireInstance, type MissingInstanceError, type OpGovClient } from "../client.js";
import { decodeOpGovError, type OpGovContractError } from "../errors/contract.js";
import { toConstraints } from "./internal/views.js";
import type { ConstraintsView } from "./types.js";

/** What {@link getConstraints} takes. */
export type GetConstraintsParameters = {
  /** Read at this block instead of the latest. */
  blockNumber?: bigint | undefined;
};

/** What {@link getConstraints} returns. */
export type GetConstraintsReturnType = ConstraintsView;

/** What {@link getConstraints} may throw. */
export type GetConstraintsErrorType = MissingInstanceError | OpGovContractError | ReadContractErrorType;

/**
 * Reads the community's network constraints: objection window bounds, execution window, the
 * spending pause, and per action kind the parties that must be able to object. One `eth_call`.
 *
 * @param client - an opgov client with an instance.
 * @param parameters - optionally the block to read at.
 * @returns the {@link ConstraintsView}.
 * @example
 * ```ts
 * const { minWindow, maxWindow, requiredParties } = await getConstraints(client);
 * requiredParties.Allocation; // ["parentCircle"]
 * ```
 */
export async function getConstraints(client: OpGovClient, parameters: GetConstraintsParameters = {}): Promise<GetConstraintsReturnType> {
  const address = requireInstance(client);
  try {
    const view = await client.publicClient.readContract({
      abi: opgovAbi,
      address,
      functionName: "constraints",
      ...(parameters.blockNumber === undefined ? {} : { blockNumber: parameters.blockNumber }),
    });
    return toConstraints(view);
  } catch (error) {
    throw decodeOpGovError(error);
  }
}
