import { opgovAbi } from "../abis/opgov.js";
import type { OpGovClient } from "../client.js";
import type { CellPhaseError, InvalidParameterError, NotWearerError, UnknownCellError, UnknownDomainError } from "../errors/validation.js";
import { checkUint, readDomain, readLiveCell, requireWearer, sender } from "../internal/checks.js";
import { eventOf, type OpGovEventOf } from "../internal/events.js";
import type { WriteOptions } from "../safe/viaSafe.js";
import { sendContract, type SentTransaction } from "../internal/write.js";
import type { WriteErrorType } from "./types.js";

/** What {@link setDomainSpender} takes. */
export type SetDomainSpenderParameters = WriteOptions & {
  domain: number;
  /** The owner cell's hat, its member hat or one of its role hats. */
  spenderHat: bigint;
};

/** What {@link setDomainSpender} returns. */
export type SetDomainSpenderReturnType = SentTransaction<typeof opgovAbi> & {
  /** The decoded `DomainSpenderSet` event. */
  set: OpGovEventOf<"DomainSpenderSet">;
};

/** What {@link setDomainSpender} may throw. */
export type SetDomainSpenderErrorType =
  | InvalidParameterError
  | UnknownDomainError
  | UnknownCellError
  | CellPhaseError
  | NotWearerError
  | WriteErrorType;

/**
 * Changes which hat spends a domain's budget. The caller wears the owner cell's hat. Checks the
 * domain, its cell and the hat first.
 *
 * @param client - an opgov client with a wallet and the DAO's instance.
 * @param parameters - the domain and its new spender hat.
 * @returns the transaction with its events.
 * @example
 * ```ts
 * await setDomainSpender(client, { domain: 1, spenderHat: treasurerRoleHat });
 * ```
 */
export async function setDomainSpender(client: OpGovClient, parameters: SetDomainSpenderParameters): Promise<SetDomainSpenderReturnType> {
  const action = "setDomainSpender";
  const { instance, account } = sender(client, action, parameters.via);
  checkUint("spenderHat", parameters.spenderHat, 256);
  const domain = await readDomain(client, parameters.domain);
  const owner = await readLiveCell(client, domain.owner);
  await requireWearer(client, account, owner.cellHat, `the cell hat of domain ${parameters.domain}'s owner`);
  const sent = await sendContract(client, {
    abi: opgovAbi,
    address: instance,
    functionName: "setDomainSpender",
    args: [parameters.domain, parameters.spenderHat],
    action,
    via: parameters.via,
  });
  return { ...sent, set: eventOf(sent.events, "DomainSpenderSet", action) };
}
