import { bytesToHex, type Hex } from "viem";
import { opgovAbi } from "../abis/opgov.js";
import type { OpGovClient } from "../client.js";
import { roundId } from "../encoding/roundId.js";
import type { Action, RoundContent, RoundId } from "../encoding/types.js";
import {
  InvalidParameterError,
  RoundExistsError,
  UnknownRoundError,
  type CellPhaseError,
  type InvalidActionDataError,
  type InvalidAmountError,
  type NotWearerError,
  type UnknownCellError,
  type WindowOutOfBoundsError,
} from "../errors/validation.js";
import {
  checkActions,
  checkBytes32,
  checkUint,
  checkWindow,
  proposerHat,
  readLiveCell,
  readRequiredObjectorHats,
  readRound,
  requireWearer,
  sender,
} from "../internal/checks.js";
import { eventOf, type OpGovEventOf } from "../internal/events.js";
import type { WriteOptions } from "../safe/viaSafe.js";
import { sendContract, type SentTransaction } from "../internal/write.js";
import type { WriteErrorType } from "./types.js";

/** Most objector hats a round may name (OpGovBase.MAX_OBJECTOR_HATS). */
const MAX_OBJECTOR_HATS = 8;

/** What {@link proposeRound} takes. */
export type ProposeRoundParameters = WriteOptions & {
  /** The proposing cell; the caller wears its member hat (its cell hat in Conversation). */
  scope: bigint;
  /** 1 to 16 actions (build them with the encoders). */
  actions: readonly Action[];
  /** The objection window in seconds, within the community's bounds. */
  window: number;
  /** Where the rationale document is, and its hash. */
  rationaleUri: string;
  rationaleHash: Hex;
  /** Parties added to those the community's policy requires (read and put first by this action). */
  addedObjectorHats?: readonly bigint[] | undefined;
  /** 32 bytes that make the round's id unique; random by default. */
  salt?: Hex | undefined;
};

/** What {@link proposeRound} returns. */
export type ProposeRoundReturnType = SentTransaction<typeof opgovAbi> & {
  /** The round's id. */
  round: RoundId;
  /** The content the round commits to: keep it, later steps (execute, amend, …) take it. */
  content: RoundContent;
  /** End of the objection window, unix seconds. */
  deadline: number;
  /** The decoded `RoundProposed` event. */
  proposed: OpGovEventOf<"RoundProposed">;
};

/** What {@link proposeRound} may throw. */
export type ProposeRoundErrorType =
  | InvalidParameterError
  | InvalidAmountError
  | InvalidActionDataError
  | WindowOutOfBoundsError
  | UnknownCellError
  | CellPhaseError
  | NotWearerError
  | RoundExistsError
  | WriteErrorType;

/**
 * Proposes a consent round in a cell's name. Reads the objector hats the community's policy
 * requires and puts them first (then `addedObjectorHats`); checks the window, the cell, the
 * caller's hat and the actions before sending.
 *
 * @param client - an opgov client with a wallet and the DAO's instance.
 * @param parameters - scope cell, actions, window, rationale, optional added objectors and salt.
 * @returns the round's id, its content, its deadline, and the transaction with its events.
 * @example
 * ```ts
 * const { round, content, deadline } = await proposeRound(client, {
 *   scope: cellA,
 *   actions: [encodeAllocation({ domain: 1, token: usdc, recipient, amount })],
 *   window: 3 * 86_400,
 *   rationaleUri: "ipfs://…",
 *   rationaleHash,
 * });
 * ```
 */
export async function proposeRound(client: OpGovClient, parameters: ProposeRoundParameters): Promise<ProposeRoundReturnType> {
  const action = "proposeRound";
  const { instance, account } = sender(client, action, parameters.via);
  const actions = checkActions("actions", parameters.actions);
  const rationaleHash = checkBytes32("rationaleHash", parameters.rationaleHash);
  const salt = checkBytes32("salt", parameters.salt ?? randomSalt());
  const added = parameters.addedObjectorHats ?? [];
  added.forEach((hat, i) => checkUint(`addedObjectorHats[${i}]`, hat, 256));

  await checkWindow(client, parameters.window);
  const cell = await readLiveCell(client, parameters.scope);
  await requireWearer(client, account, proposerHat(cell), cell.phase === 0 ? "the cell hat of the scope cell (it is in Conversation)" : "the member hat of the scope cell");
  const required = await readRequiredObjectorHats(client, parameters.scope, actions);
  const objectorHats = [...required, ...added];
  if (objectorHats.length > MAX_OBJECTOR_HATS) {
    throw new InvalidParameterError("addedObjectorHats", `${added.length} hats`, `at most ${MAX_OBJECTOR_HATS - required.length} (the policy requires ${required.length} of the ${MAX_OBJECTOR_HATS})`);
  }
  const content: RoundContent = { scope: parameters.scope, salt, objectorHats, actions, rationaleHash };
  const round = roundId({ instance, content });
  const exists = await readRound(client, round).then(
    () => true,
    (error: unknown) => {
      if (error instanceof UnknownRoundError) return false;
      throw error;
    },
  );
  if (exists) throw new RoundExistsError(round);

  const sent = await sendContract(client, {
    abi: opgovAbi,
    address: instance,
    functionName: "propose",
    args: [content, parameters.window, parameters.rationaleUri],
    action,
    via: parameters.via,
  });
  const proposed = eventOf(sent.events, "RoundProposed", action);
  return { ...sent, round: proposed.args.round, content, deadline: proposed.args.deadline, proposed };
}

function randomSalt(): Hex {
  const bytes = new Uint8Array(32);
  globalThis.crypto.getRandomValues(bytes);
  return bytesToHex(bytes);
}
