import type { Address } from "viem";
import { opgovAbi } from "../abis/opgov.js";
import type { OpGovClient } from "../client.js";
import type { CellPhaseError, InvalidAddressError, NotWearerError, UnknownCellError } from "../errors/validation.js";
import { checkAddress, readLiveCell, requireWearer, sender } from "../internal/checks.js";
import { eventOf, type OpGovEventOf } from "../internal/events.js";
import type { WriteOptions } from "../safe/viaSafe.js";
import { sendContract, type SentTransaction } from "../internal/write.js";
import type { WriteErrorType } from "./types.js";

/** What {@link setCellSafe} takes. */
export type SetCellSafeParameters = WriteOptions & {
  cell: bigint;
  /** The cell's Safe (the zero address clears it). */
  safe: Address;
};

/** What {@link setCellSafe} returns. */
export type SetCellSafeReturnType = SentTransaction<typeof opgovAbi> & {
  /** The decoded `CellSafeSet` event. */
  set: OpGovEventOf<"CellSafeSet">;
};

/** What {@link setCellSafe} may throw. */
export type SetCellSafeErrorType = InvalidAddressError | UnknownCellError | CellPhaseError | NotWearerError | WriteErrorType;

/**
 * Records a cell's Safe. The caller wears the cell hat. Checks the address, the cell and the hat first.
 *
 * @param client - an opgov client with a wallet and the DAO's instance.
 * @param parameters - the cell and its Safe.
 * @returns the transaction with its events.
 * @example
 * ```ts
 * await setCellSafe(client, { cell, safe: cellSafeAddress });
 * ```
 */
export async function setCellSafe(client: OpGovClient, parameters: SetCellSafeParameters): Promise<SetCellSafeReturnType> {
  const action = "setCellSafe";
  const { instance, account } = sender(client, action, parameters.via);
  const safe = checkAddress("safe", parameters.safe, { allowZero: true });
  const cell = await readLiveCell(client, parameters.cell);
  await requireWearer(client, account, cell.cellHat, "the cell hat");
  const sent = await sendContract(client, { abi: opgovAbi, address: instance, functionName: "setCellSafe", args: [parameters.cell, safe], action, via: parameters.via });
  return { ...sent, set: eventOf(sent.events, "CellSafeSet", action) };
}
