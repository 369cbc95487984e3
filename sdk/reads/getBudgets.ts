import type { ReadContractErrorType } from "viem";
import { opgovAbi } from "../abis/opgov.js";
import { requireInstance, type MissingInstanceError, type OpGovClient } from "../client.js";
import { decodeOpGovError, type OpGovContractError } from "../errors/contract.js";
import { toBudget } from "./internal/views.js";
import type { Budget } from "./types.js";

/** What {@link getBudgets} takes. */
export type GetBudgetsParameters = {
  /** The domains whose budgets to read. */
  domains: readonly number[];
  /** Read at this block instead of the latest. */
  blockNumber?: bigint | undefined;
};

/** What {@link getBudgets} returns: every budget of the domains, domain by domain, token by token. */
export type GetBudgetsReturnType = Budget[];

/** What {@link getBudgets} may throw. An unknown domain is not an error: it has no budgets. */
export type GetBudgetsErrorType = MissingInstanceError | OpGovContractError | ReadContractErrorType;

/**
 * Reads every budget (one per token) of several domains in one `eth_call` (the lens's
 * `getBudgets`): allowance, own part, delegated, spent this epoch, committed, remaining, epoch.
 *
 * @param client - an opgov client with an instance.
 * @param parameters - the domains, and optionally the block to read at.
 * @returns the budgets.
 * @example
 * ```ts
 * const budgets = await getBudgets(client, { domains: cell.domains });
 * ```
 */
export async function getBudgets(client: OpGovClient, parameters: GetBudgetsParameters): Promise<GetBudgetsReturnType> {
  const address = requireInstance(client);
  if (parameters.domains.length === 0) return [];
  try {
    const views = await client.publicClient.readContract({
      abi: opgovAbi,
      address,
      functionName: "getBudgets",
      args: [parameters.domains],
      ...(parameters.blockNumber === undefined ? {} : { blockNumber: parameters.blockNumber }),
    });
    return views.map(toBudget);
  } catch (error) {
    throw decodeOpGovError(error);
  }
}
