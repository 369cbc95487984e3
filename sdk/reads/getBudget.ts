import type { Address, ReadContractErrorType } from "viem";
import { opgovAbi } from "../abis/opgov.js";
import { requireInstance, type MissingInstanceError, type OpGovClient } from "../client.js";
import { decodeOpGovError, type OpGovContractError } from "../errors/contract.js";
import { toBudget } from "./internal/views.js";
import type { Budget } from "./types.js";

/** What {@link getBudget} takes. */
export type GetBudgetParameters = {
  domain: number;
  /** The token (the zero address for the native coin). */
  token: Address;
  /** Read at this block instead of the latest. */
  blockNumber?: bigint | undefined;
};

/** What {@link getBudget} returns. */
export type GetBudgetReturnType = Budget;

/** What {@link getBudget} may throw (`OpGovContractError` `OpGovUnknownDomain` for an unknown domain). */
export type GetBudgetErrorType = MissingInstanceError | OpGovContractError | ReadContractErrorType;

/**
 * Reads a domain's budget for one token as of now: the granted allowance (own part and what was
 * delegated to child domains), spent this epoch, committed to open rounds, remaining, and the
 * epoch's start and end. An epoch that ended shows as the new epoch with nothing spent (budgets
 * reset lazily). One `eth_call`.
 *
 * @param client - an opgov client with an instance.
 * @param parameters - the domain, the token, and optionally the block to read at.
 * @returns the {@link Budget}.
 * @example
 * ```ts
 * const { remaining, committed, epochEnd } = await getBudget(client, { domain: 1, token: usdc });
 * ```
 */
export async function getBudget(client: OpGovClient, parameters: GetBudgetParameters): Promise<GetBudgetReturnType> {
  const address = requireInstance(client);
  try {
    const view = await client.publicClient.readContract({
      abi: opgovAbi,
      address,
      functionName: "getBudget",
      args: [parameters.domain, parameters.token],
      ...(parameters.blockNumber === undefined ? {} : { blockNumber: parameters.blockNumber }),
    });
    return toBudget(view);
  } catch (error) {
    throw decodeOpGovError(error);
  }
}
