import type { Hex } from "viem";
import { opgovAbi } from "../abis/opgov.js";
import type { OpGovClient } from "../client.js";
import type { Action } from "../encoding/types.js";
import type { InvalidActionDataError, InvalidAmountError, InvalidParameterError, NotWearerError } from "../errors/validation.js";
import { checkActions, checkBytes32, readCommunityHat, requireWearer, sender } from "../internal/checks.js";
import { eventOf, eventsOf, type OpGovEventOf } from "../internal/events.js";
import type { WriteOptions } from "../safe/viaSafe.js";
import { sendContract, type SentTransaction } from "../internal/write.js";
import type { WriteErrorType } from "./types.js";

/** What {@link actAsCommunity} takes. */
export type ActAsCommunityParameters = WriteOptions & {
  /** 1 to 16 actions of any kind, applied in order (build them with the encoders). */
  actions: readonly Action[];
  /** The decision's rationale. */
  rationaleUri: string;
  rationaleHash: Hex;
};

/** What {@link actAsCommunity} returns. */
export type ActAsCommunityReturnType = SentTransaction<typeof opgovAbi> & {
  /** Cells the act created, in order. */
  cells: bigint[];
  /** Domains the act created, in order. */
  domains: number[];
  /** Member hats created by moves to Formation, by cell. */
  memberHats: { cell: bigint; hat: bigint }[];
  /** The decoded `CommunityActed` event. */
  acted: OpGovEventOf<"CommunityActed">;
};

/** What {@link actAsCommunity} may throw. */
export type ActAsCommunityErrorType = InvalidParameterError | InvalidActionDataError | InvalidAmountError | NotWearerError | WriteErrorType;

/**
 * The community acts directly: any actions a round could take, without a round, in one
 * transaction. The caller wears the community hat, which is checked first; the actions are
 * decoded and checked too.
 *
 * @param client - an opgov client with a wallet (wearing the community hat) and the DAO's instance.
 * @param parameters - the actions and the rationale.
 * @returns the cells, domains and member hats created, and the transaction with its events.
 * @example
 * ```ts
 * const { cells } = await actAsCommunity(client, {
 *   actions: [encodeCreateCell({ parent: 0n, wearer: cellSafe, metadataUri, metadataHash })],
 *   rationaleUri,
 *   rationaleHash,
 * });
 * ```
 */
export async function actAsCommunity(client: OpGovClient, parameters: ActAsCommunityParameters): Promise<ActAsCommunityReturnType> {
  const action = "actAsCommunity";
  const { instance, account } = sender(client, action, parameters.via);
  const actions = checkActions("actions", parameters.actions);
  const rationaleHash = checkBytes32("rationaleHash", parameters.rationaleHash);
  await requireWearer(client, account, await readCommunityHat(client), "the community hat");
  const sent = await sendContract(client, {
    abi: opgovAbi,
    address: instance,
    functionName: "act",
    args: [actions, rationaleHash, parameters.rationaleUri],
    action,
    via: parameters.via,
  });
  return {
    ...sent,
    cells: eventsOf(sent.events, "CellCreated").map((e) => e.args.cell),
    domains: eventsOf(sent.events, "DomainCreated").map((e) => e.args.domain),
    memberHats: eventsOf(sent.events, "MemberHatCreated").map((e) => ({ cell: e.args.cell, hat: e.args.hat })),
    acted: eventOf(sent.events, "CommunityActed", action),
  };
}
