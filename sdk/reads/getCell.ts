import type { ReadContractErrorType } from "viem";
import { opgovAbi } from "../abis/opgov.js";
import { requireInstance, type MissingInstanceError, type OpGovClient } from "../client.js";
import { decodeOpGovError, type OpGovContractError } from "../errors/contract.js";
import { toCell } from "./internal/views.js";
import type { Cell } from "./types.js";

/** What {@link getCell} takes. */
export type GetCellParameters = {
  /** The cell's id (its cell hat's id). */
  cell: bigint;
  /** Read at this block instead of the latest. */
  blockNumber?: bigint | undefined;
};

/** What {@link getCell} returns. */
export type GetCellReturnType = Cell;

/** What {@link getCell} may throw (`OpGovContractError` `OpGovUnknownCell` for an unknown id). */
export type GetCellErrorType = MissingInstanceError | OpGovContractError | ReadContractErrorType;

/**
 * Reads one cell: parent, phase, cell/member/role hats, Safe, group-state pointer, metadata,
 * active sub-cells and owned domains. One `eth_call`.
 *
 * @param client - an opgov client with an instance.
 * @param parameters - the cell id, and optionally the block to read at.
 * @returns the {@link Cell}.
 * @example
 * ```ts
 * const cell = await getCell(client, { cell: 0x0000000101010000…n });
 * console.log(cell.phase, cell.hats.member?.ip, cell.groupState.uri);
 * ```
 */
export async function getCell(client: OpGovClient, parameters: GetCellParameters): Promise<GetCellReturnType> {
  const address = requireInstance(client);
  try {
    const view = await client.publicClient.readContract({
      abi: opgovAbi,
      address,
      functionName: "getCell",
      args: [parameters.cell],
      ...(parameters.blockNumber === undefined ? {} : { blockNumber: parameters.blockNumber }),
    });
    return toCell(view);
  } catch (error) {
    throw decodeOpGovError(error);
  }
}
