import type { ReadContractErrorType } from "viem";
import { opgovAbi } from "../abis/opgov.js";
import { requireInstance, type MissingInstanceError, type OpGovClient } from "../client.js";
import { decodeOpGovError, type OpGovContractError } from "../errors/contract.js";
import { toDomain } from "./internal/views.js";
import type { Domain } from "./types.js";

/** What {@link getDomain} takes. */
export type GetDomainParameters = {
  /** The domain's id (domains are numbered from 1). */
  domain: number;
  /** Read at this block instead of the latest. */
  blockNumber?: bigint | undefined;
};

/** What {@link getDomain} returns. */
export type GetDomainReturnType = Domain;

/** What {@link getDomain} may throw (`OpGovContractError` `OpGovUnknownDomain` for an unknown id). */
export type GetDomainErrorType = MissingInstanceError | OpGovContractError | ReadContractErrorType;

/**
 * Reads one domain: owner cell, parent domain, spender hat, depth, tokens with a budget and the
 * description pointer. One `eth_call`.
 *
 * @param client - an opgov client with an instance.
 * @param parameters - the domain id, and optionally the block to read at.
 * @returns the {@link Domain}.
 * @example
 * ```ts
 * const domain = await getDomain(client, { domain: 1 });
 * console.log(domain.owner, domain.tokens);
 * ```
 */
export async function getDomain(client: OpGovClient, parameters: GetDomainParameters): Promise<GetDomainReturnType> {
  const address = requireInstance(client);
  try {
    const view = await client.publicClient.readContract({
      abi: opgovAbi,
      address,
      functionName: "getDomain",
      args: [parameters.domain],
      ...(parameters.blockNumber === undefined ? {} : { blockNumber: parameters.blockNumber }),
    });
    return toDomain(view);
  } catch (error) {
    throw decodeOpGovError(error);
  }
}
