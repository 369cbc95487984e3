import type { Hex } from "viem";
import { opgovAbi } from "../abis/opgov.js";
import type { OpGovClient } from "../client.js";
import { NotWearerError, StaleGroupStateError, type CellPhaseError, type InvalidParameterError, type UnknownCellError } from "../errors/validation.js";
import { checkBytes32, checkUint, readLiveCell, sender, wears } from "../internal/checks.js";
import { eventOf, type OpGovEventOf } from "../internal/events.js";
import type { WriteOptions } from "../safe/viaSafe.js";
import { sendContract, type SentTransaction } from "../internal/write.js";
import type { WriteErrorType } from "./types.js";

/** What {@link updateGroupState} takes. */
export type UpdateGroupStateParameters = WriteOptions & {
  cell: bigint;
  /** Where the new group-state document is, and its content hash. */
  uri: string;
  contentHash: Hex;
  /** The version the change is based on (no lost updates); the current one if omitted. */
  expectedVersion?: number | undefined;
};

/** What {@link updateGroupState} returns. */
export type UpdateGroupStateReturnType = SentTransaction<typeof opgovAbi> & {
  /** The new version. */
  version: number;
  /** The decoded `GroupStateUpdated` event. */
  updated: OpGovEventOf<"GroupStateUpdated">;
};

/** What {@link updateGroupState} may throw. */
export type UpdateGroupStateErrorType =
  | InvalidParameterError
  | UnknownCellError
  | CellPhaseError
  | NotWearerError
  | StaleGroupStateError
  | WriteErrorType;

/**
 * Points a cell's group state at a new document. The caller wears the cell hat or its member
 * hat. Checks the cell, the hat and (if given) that `expectedVersion` is still current.
 *
 * @param client - an opgov client with a wallet and the DAO's instance.
 * @param parameters - the cell, the document's uri and hash, and the version read.
 * @returns the new version and the transaction with its events.
 * @example
 * ```ts
 * const { version } = await updateGroupState(client, { cell, uri: "ipfs://state-v2", contentHash, expectedVersion: 1 });
 * ```
 */
export async function updateGroupState(client: OpGovClient, parameters: UpdateGroupStateParameters): Promise<UpdateGroupStateReturnType> {
  const action = "updateGroupState";
  const { instance, account } = sender(client, action, parameters.via);
  const contentHash = checkBytes32("contentHash", parameters.contentHash);
  if (parameters.expectedVersion !== undefined) checkUint("expectedVersion", parameters.expectedVersion, 32);
  const cell = await readLiveCell(client, parameters.cell);
  if (!(await wears(client, account, cell.memberHat)) && !(await wears(client, account, cell.cellHat))) {
    throw new NotWearerError(account, cell.cellHat, "the cell hat or the cell's member hat");
  }
  const expected = parameters.expectedVersion ?? cell.stateVersion;
  if (expected !== cell.stateVersion) throw new StaleGroupStateError(parameters.cell, expected, cell.stateVersion);
  const sent = await sendContract(client, {
    abi: opgovAbi,
    address: instance,
    functionName: "updateGroupState",
    args: [parameters.cell, parameters.uri, contentHash, expected],
    action,
    via: parameters.via,
  });
  const updated = eventOf(sent.events, "GroupStateUpdated", action);
  return { ...sent, version: updated.args.newVersion, updated };
}
