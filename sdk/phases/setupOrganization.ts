import type { OpGovClient } from "../client.js";
import type { PhaseNotReadyError, SetupErrorType } from "./errors.js";
import { organizationOps } from "./internal/builders.js";
import { planWith, requireInstanceDeployed, runSetup } from "./internal/run.js";
import type { OrganizationSpec, PlanOptions, SetupOptions, SetupPlan, SetupResult } from "./types.js";

/** What {@link planOrganization} and {@link setupOrganization} take: the organisation spec (its `policy`, `domains` and cells' `phase`). */
export type SetupOrganizationParameters = OrganizationSpec;

/** What {@link planOrganization} returns. */
export type PlanOrganizationReturnType = SetupPlan;

/** What {@link setupOrganization} returns. */
export type SetupOrganizationReturnType = SetupResult;

/** The errors {@link setupOrganization} may throw. */
export type SetupOrganizationErrorType = SetupErrorType | PhaseNotReadyError;

/**
 * Plans Organization: one treasury Safe transaction that sets the consent policy
 * (`setConstraints`, `setTokenPolicy`, only where the chain differs), moves cells to their
 * phase, assigns and delegates the domains and sets their budgets (community `act`s of up to
 * sixteen actions). Existing domains are recognised by owner, parent and description URI;
 * budgets are set only where allowance or epoch differ.
 *
 * @param client - an opgov client.
 * @param spec - the organisation spec.
 * @param options - the operator (default: the client's wallet account).
 * @returns the planned transactions and the resolved ids (domain ids predicted for new domains).
 * @throws {PhaseNotReadyError} when the opgov instance does not exist yet.
 * @example
 * ```ts
 * const { transactions } = await planOrganization(client, spec);
 * transactions.forEach((tx) => tx.calls.forEach((call) => console.log(call.description)));
 * ```
 */
export async function planOrganization(client: OpGovClient, spec: SetupOrganizationParameters, options: PlanOptions = {}): Promise<PlanOrganizationReturnType> {
  return planWith(client, spec, [organizationOps], options, requireInstanceDeployed("Organization"));
}

/**
 * Sets Organization up: sends what {@link planOrganization} plans; resumable and idempotent.
 *
 * @param client - an opgov client with the operator's wallet.
 * @param spec - the organisation spec.
 * @param options - `onProgress` receives a `sending` and a `sent` event per transaction.
 * @returns the transactions sent and the resolved ids (`resolved.domains`).
 * @example
 * ```ts
 * const { resolved } = await setupOrganization(client, spec);
 * console.log("domain ids", resolved.domains);
 * ```
 */
export async function setupOrganization(client: OpGovClient, spec: SetupOrganizationParameters, options: SetupOptions = {}): Promise<SetupOrganizationReturnType> {
  return runSetup(client, spec, [organizationOps], options, "setupOrganization", requireInstanceDeployed("Organization"));
}
