import { opgovAbi } from "../abis/opgov.js";
import type { OpGovClient } from "../client.js";
import { Phase } from "../encoding/types.js";
import { CellPhaseError, type InvalidParameterError, type NotWearerError, type UnknownCellError } from "../errors/validation.js";
import { checkUint, readLiveCell, requireWearer, sender } from "../internal/checks.js";
import { eventOf, type OpGovEventOf } from "../internal/events.js";
import type { WriteOptions } from "../safe/viaSafe.js";
import { sendContract, type SentTransaction } from "../internal/write.js";
import type { WriteErrorType } from "./types.js";

/** What {@link addRoleHat} takes. */
export type AddRoleHatParameters = WriteOptions & {
  /** The cell (Formation, Organization or Coordination); the caller wears its cell hat. */
  cell: bigint;
  /** The role's Hats details (a name or a uri). */
  details: string;
  /** How many may wear the role hat at once (at least 1). */
  maxSupply: number;
};

/** What {@link addRoleHat} returns. */
export type AddRoleHatReturnType = SentTransaction<typeof opgovAbi> & {
  /** The new role hat. */
  hat: bigint;
  /** The decoded `RoleHatAdded` event. */
  added: OpGovEventOf<"RoleHatAdded">;
};

/** What {@link addRoleHat} may throw. */
export type AddRoleHatErrorType = InvalidParameterError | UnknownCellError | CellPhaseError | NotWearerError | WriteErrorType;

/**
 * Creates a role hat under a cell's hat and records it as the cell's. Checks the cell, its
 * phase and the caller's cell hat first.
 *
 * @param client - an opgov client with a wallet and the DAO's instance.
 * @param parameters - the cell, the role's details and its max supply.
 * @returns the new hat and the transaction with its events.
 * @example
 * ```ts
 * const { hat } = await addRoleHat(client, { cell, details: "treasurer", maxSupply: 1 });
 * ```
 */
export async function addRoleHat(client: OpGovClient, parameters: AddRoleHatParameters): Promise<AddRoleHatReturnType> {
  const action = "addRoleHat";
  const { instance, account } = sender(client, action, parameters.via);
  checkUint("maxSupply", parameters.maxSupply, 32);
  const cell = await readLiveCell(client, parameters.cell);
  if (cell.phase < Phase.Formation) throw new CellPhaseError(parameters.cell, "it is in Conversation; role hats come with Formation");
  await requireWearer(client, account, cell.cellHat, "the cell hat");
  const sent = await sendContract(client, {
    abi: opgovAbi,
    address: instance,
    functionName: "addRoleHat",
    args: [parameters.cell, parameters.details, parameters.maxSupply],
    action,
    via: parameters.via,
  });
  const added = eventOf(sent.events, "RoleHatAdded", action);
  return { ...sent, hat: added.args.hat, added };
}
