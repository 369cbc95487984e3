import type { MulticallErrorType, RpcError } from "viem";
import type { MissingInstanceError, OpGovClient } from "../client.js";
import type { OpGovContractError } from "../errors/contract.js";
import type { UnknownRoundError } from "../errors/validation.js";
import type { ObjectionStatusName } from "./internal/enums.js";
import { loadRound, type RoundLookup } from "./internal/loadRound.js";
import type { Objection } from "./types.js";

/** What {@link getObjections} takes. */
export type GetObjectionsParameters = RoundLookup & {
  /** Only objections in these statuses (default: all). */
  status?: readonly ObjectionStatusName[] | undefined;
};

/** What {@link getObjections} returns: one entry per objector, in the order they first objected. */
export type GetObjectionsReturnType = Objection[];

/** What {@link getObjections} may throw. */
export type GetObjectionsErrorType = MissingInstanceError | UnknownRoundError | OpGovContractError | MulticallErrorType | RpcError;

/**
 * Reads every objection ever raised in a round, with its status now (standing, withdrawn,
 * dismissed), the revision it was raised against, when, the hat it was raised under and its
 * reason. Objectors come from the round's `ObjectionRaised` events; their status from the lens.
 * Two requests.
 *
 * @param client - an opgov client with an instance.
 * @param parameters - the round id, optionally a status filter, the first block to search and the block to read at.
 * @returns the objections.
 * @example
 * ```ts
 * const standing = await getObjections(client, { round: id, status: ["Standing"] });
 * ```
 */
export async function getObjections(client: OpGovClient, parameters: GetObjectionsParameters): Promise<GetObjectionsReturnType> {
  const { objections } = await loadRound(client, parameters);
  return parameters.status ? objections.filter((o) => parameters.status!.includes(o.status)) : objections;
}
