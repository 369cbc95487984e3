import type { OpGovClient } from "../client.js";
import type { SetupErrorType } from "./errors.js";
import { conversationOps, formationOps, organizationOps } from "./internal/builders.js";
import { planWith, runSetup } from "./internal/run.js";
import type { OrganizationSpec, PlanOptions, SetupOptions, SetupPlan, SetupResult } from "./types.js";

/** What {@link planDao} and {@link setupDao} take: the whole organisation spec. */
export type SetupDaoParameters = OrganizationSpec;

/** What {@link planDao} returns. */
export type PlanDaoReturnType = SetupPlan;

/** What {@link setupDao} returns. */
export type SetupDaoReturnType = SetupResult;

/** The errors {@link setupDao} may throw. */
export type SetupDaoErrorType = SetupErrorType;

const ALL = [conversationOps, formationOps, organizationOps] as const;

/**
 * Plans Conversation, Formation and Organization together, with the ids the earlier phases
 * will create predicted: at most two transactions for a whole organisation, the operator's
 * batch (top hat and treasury Safe) and one treasury Safe transaction with everything else.
 *
 * @param client - an opgov client.
 * @param spec - the organisation spec.
 * @param options - the operator (default: the client's wallet account).
 * @returns the planned transactions and the resolved (predicted) addresses and ids.
 * @example
 * ```ts
 * const plan = await planDao(client, spec);
 * console.log(`${plan.transactions.length} transactions; opgov at ${plan.resolved.instance}`);
 * ```
 */
export async function planDao(client: OpGovClient, spec: SetupDaoParameters, options: PlanOptions = {}): Promise<PlanDaoReturnType> {
  return planWith(client, spec, ALL, options);
}

/**
 * Brings a whole organisation on-chain (Conversation, Formation, Organization) in as few
 * transactions as the protocol allows; resumable and idempotent like each phase's setup.
 *
 * @param client - an opgov client with the operator's wallet (an owner of the treasury Safe, threshold 1).
 * @param spec - the organisation spec.
 * @param options - `onProgress` receives a `sending` and a `sent` event per transaction.
 * @returns the transactions sent and every resolved address and id.
 * @example
 * ```ts
 * const { transactions, resolved } = await setupDao(client, spec, { onProgress: console.log });
 * console.log(transactions.length, "transactions; instance", resolved.instance);
 * ```
 */
export async function setupDao(client: OpGovClient, spec: SetupDaoParameters, options: SetupOptions = {}): Promise<SetupDaoReturnType> {
  return runSetup(client, spec, ALL, options, "setupDao");
}
