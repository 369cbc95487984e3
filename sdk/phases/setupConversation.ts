import type { OpGovClient } from "../client.js";
import type { SetupErrorType } from "./errors.js";
import { conversationOps } from "./internal/builders.js";
import { planWith, runSetup } from "./internal/run.js";
import type { OrganizationSpec, PlanOptions, SetupOptions, SetupPlan, SetupResult } from "./types.js";

/** What {@link planConversation} and {@link setupConversation} take: the organisation spec (its `community`, `treasury`, `opgov` and `anchor` sections). */
export type SetupConversationParameters = OrganizationSpec;

/** What {@link planConversation} returns. */
export type PlanConversationReturnType = SetupPlan;

/** What {@link setupConversation} returns. */
export type SetupConversationReturnType = SetupResult;

/** The errors {@link setupConversation} may throw. */
export type SetupConversationErrorType = SetupErrorType;

/**
 * Plans Conversation: the transactions that would bring the DAO's operational layer up, given
 * what the chain holds. At most two: the operator's batch (the community's top hat, minted to
 * the treasury, and the treasury Safe, through Safe's MultiSendCallOnly) and one treasury Safe
 * transaction (opgov's root hat, minted to the instance's predicted address; opgov enabled as
 * the treasury's module; the instance deployed from the factory; the anchor cell).
 *
 * @param client - an opgov client (a wallet client, or `options.operator`, names the operator).
 * @param spec - the organisation spec.
 * @param options - the operator, and the block to look for an existing top hat from.
 * @returns the planned transactions (each with a description) and the resolved addresses and ids.
 * @example
 * ```ts
 * const { transactions, resolved } = await planConversation(client, spec);
 * for (const tx of transactions) console.log(tx.description);
 * console.log("opgov will live at", resolved.instance);
 * ```
 */
export async function planConversation(
  client: OpGovClient,
  spec: SetupConversationParameters,
  options: PlanOptions = {},
): Promise<PlanConversationReturnType> {
  return planWith(client, spec, [conversationOps], options);
}

/**
 * Sets Conversation up: sends what {@link planConversation} plans, one transaction at a time,
 * reading the chain again after each. Re-running it after a failure continues where it
 * stopped; re-running it after success sends nothing.
 *
 * @param client - an opgov client with the operator's wallet (an owner of the treasury Safe, threshold 1).
 * @param spec - the organisation spec.
 * @param options - `onProgress` receives a `sending` and a `sent` event per transaction.
 * @returns the transactions sent (hash, gas) and the resolved addresses and ids (`resolved.instance`).
 * @example
 * ```ts
 * const { resolved } = await setupConversation(client, spec, { onProgress: (e) => console.log(e.type, e.step) });
 * const dao = withInstance(client, resolved.instance);
 * ```
 */
export async function setupConversation(
  client: OpGovClient,
  spec: SetupConversationParameters,
  options: SetupOptions = {},
): Promise<SetupConversationReturnType> {
  return runSetup(client, spec, [conversationOps], options, "setupConversation");
}
