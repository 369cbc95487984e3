import type { MulticallErrorType, RpcError } from "viem";
import type { MissingInstanceError, OpGovClient } from "../client.js";
import type { OpGovContractError } from "../errors/contract.js";
import type { UnknownRoundError } from "../errors/validation.js";
import { loadRound, type RoundLookup } from "./internal/loadRound.js";
import { toRound } from "./internal/rounds.js";
import type { Round } from "./types.js";

/** What {@link getRound} takes. */
export type GetRoundParameters = RoundLookup;

/** What {@link getRound} returns. */
export type GetRoundReturnType = Round;

/** What {@link getRound} may throw. */
export type GetRoundErrorType = MissingInstanceError | UnknownRoundError | OpGovContractError | MulticallErrorType | RpcError;

/**
 * Reads one round: its effective state now, stored status, revision, objection deadline and
 * execution deadline, its content (as `execute` and the other round calls need it again), the
 * current revision's decoded actions and rationale, who may object, and the standing objections
 * with their reasons. Two requests: the round's events (`eth_getLogs`, filtered by its id) and
 * one `eth_call`.
 *
 * @param client - an opgov client with an instance.
 * @param parameters - the round id; optionally the first block to search and the block to read at.
 * @returns the {@link Round}.
 * @example
 * ```ts
 * const round = await getRound(client, { round: id });
 * if (round.state === "Blocked") console.log(round.objections.map((o) => o.reason.uri));
 * ```
 */
export async function getRound(client: OpGovClient, parameters: GetRoundParameters): Promise<GetRoundReturnType> {
  const { record, view, objections } = await loadRound(client, parameters);
  return toRound(record, view, objections);
}
