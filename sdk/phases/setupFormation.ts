import type { OpGovClient } from "../client.js";
import type { PhaseNotReadyError, SetupErrorType } from "./errors.js";
import { formationOps } from "./internal/builders.js";
import { planWith, requireInstanceDeployed, runSetup } from "./internal/run.js";
import type { OrganizationSpec, PlanOptions, SetupOptions, SetupPlan, SetupResult } from "./types.js";

/** What {@link planFormation} and {@link setupFormation} take: the organisation spec (its `cells`). */
export type SetupFormationParameters = OrganizationSpec;

/** What {@link planFormation} returns. */
export type PlanFormationReturnType = SetupPlan;

/** What {@link setupFormation} returns. */
export type SetupFormationReturnType = SetupResult;

/** The errors {@link setupFormation} may throw. */
export type SetupFormationErrorType = SetupErrorType | PhaseNotReadyError;

/**
 * Plans Formation: one treasury Safe transaction that creates the spec's cells and sub-cells
 * (community `act`s, sixteen actions each, moving every cell to Formation, which creates its
 * member hat, and each parent of a sub-cell to Coordination), deploys each cell's Safe
 * (members as owners, with protocol-kit), adds the role hats, points the group states, records
 * the cell Safes, hands each cell hat to its Safe, and mints every member (one `batchMintHats`).
 * The treasury, which wears the top hat and so administers every hat, wears a cell hat only
 * for the calls that need its wearer.
 *
 * @param client - an opgov client.
 * @param spec - the organisation spec.
 * @param options - the operator (default: the client's wallet account).
 * @returns the planned transactions and the resolved ids (predicted for what the plan creates).
 * @throws {PhaseNotReadyError} when the opgov instance does not exist yet.
 * @example
 * ```ts
 * const { transactions, resolved } = await planFormation(client, spec);
 * console.log(transactions.length, "transaction(s); cell ids:", resolved.cells);
 * ```
 */
export async function planFormation(client: OpGovClient, spec: SetupFormationParameters, options: PlanOptions = {}): Promise<PlanFormationReturnType> {
  return planWith(client, spec, [formationOps], options, requireInstanceDeployed("Formation"));
}

/**
 * Sets Formation up: sends what {@link planFormation} plans; resumable and idempotent (cells,
 * hats, Safes and members that exist are recognised and not created again).
 *
 * @param client - an opgov client with the operator's wallet.
 * @param spec - the organisation spec.
 * @param options - `onProgress` receives a `sending` and a `sent` event per transaction.
 * @returns the transactions sent and the resolved ids (cells, member and role hats, cell Safes).
 * @throws {PhaseNotReadyError} when the opgov instance does not exist yet (run setupConversation).
 * @example
 * ```ts
 * const { resolved } = await setupFormation(client, spec, { onProgress: console.log });
 * console.log(resolved.cells.ops, resolved.cellSafes.ops);
 * ```
 */
export async function setupFormation(client: OpGovClient, spec: SetupFormationParameters, options: SetupOptions = {}): Promise<SetupFormationReturnType> {
  return runSetup(client, spec, [formationOps], options, "setupFormation", requireInstanceDeployed("Formation"));
}
