import type { Config } from "@wagmi/core";
import { planConversation as sdk_planConversation, setupConversation as sdk_setupConversation, type PlanConversationReturnType, type SetupConversationErrorType, type SetupConversationParameters as SdkSetupConversationParameters, type SetupConversationReturnType } from "../phases/setupConversation.js";
import { planFormation as sdk_planFormation, setupFormation as sdk_setupFormation, type PlanFormationReturnType, type SetupFormationErrorType, type SetupFormationParameters as SdkSetupFormationParameters, type SetupFormationReturnType } from "../phases/setupFormation.js";
import { planOrganization as sdk_planOrganization, setupOrganization as sdk_setupOrganization, type PlanOrganizationReturnType, type SetupOrganizationErrorType, type SetupOrganizationParameters as SdkSetupOrganizationParameters, type SetupOrganizationReturnType } from "../phases/setupOrganization.js";
import { planDao as sdk_planDao, setupDao as sdk_setupDao, type PlanDaoReturnType, type SetupDaoErrorType, type SetupDaoParameters as SdkSetupDaoParameters, type SetupDaoReturnType } from "../phases/setupDao.js";
import { completeCell as sdk_completeCell, planCompletion as sdk_planCompletion, type CompleteCellErrorType, type CompleteCellParameters as SdkCompleteCellParameters, type CompleteCellReturnType, type PlanCompletionReturnType } from "../phases/completeCell.js";
import type { PlanOptions, SetupOptions } from "../phases/types.js";
import { createWagmiReadAction, createWagmiWriteAction, type OpGovWagmiWriteParameters } from "./createWagmiAction.js";

// The SDK's phase setups as `@wagmi/core` actions `(config, parameters)`. The SDK's
// `setupX(client, spec, options)` become `setupX(config, { spec, ...options })`; the connected
// account is the operator. `deployment` (the chain's opgov factory and implementations) is
// required in practice: the default deployment has none. `planX` are read actions: pass the
// `operator` who will send.


/**
 * Sets up the Conversation phase: the community's top hat, the treasury Safe with opgov as its module, the opgov instance, constraints and the anchor cell; resumable (see the SDK's `setupConversation`).
 *
 * @param config - the wagmi config (its connected account is the operator).
 * @param parameters - `spec`, the setup options (`onProgress`, `fromBlock`, …) and `deployment`.
 * @returns what the SDK's `setupConversation` returns: the transactions sent and the resolved ids.
 * @example
 * ```ts
 * const { resolved } = await setupConversation(config, { spec, deployment, onProgress: console.log });
 * ```
 */
export const setupConversation = createWagmiWriteAction((client, { spec, ...options }: { spec: SdkSetupConversationParameters } & SetupOptions): Promise<SetupConversationReturnType> => sdk_setupConversation(client, spec, options));

/**
 * Plans the Conversation phase without sending anything (see the SDK's `planConversation`).
 *
 * @param config - the wagmi config.
 * @param parameters - `spec`, the plan options (`operator`, …) and `deployment`.
 * @returns what the SDK's `planConversation` returns: the planned transactions and the resolved ids.
 * @example
 * ```ts
 * const { transactions } = await planConversation(config, { spec, deployment, operator });
 * ```
 */
export const planConversation = createWagmiReadAction((client, { spec, ...options }: { spec: SdkSetupConversationParameters } & PlanOptions): Promise<PlanConversationReturnType> => sdk_planConversation(client, spec, options));
export type { SetupConversationErrorType };

/**
 * Sets up the Formation phase: cells and sub-cells with their cell, member and role hats, members minted, cell Safes and group-state pointers; resumable (see the SDK's `setupFormation`).
 *
 * @param config - the wagmi config (its connected account is the operator).
 * @param parameters - `spec`, the setup options (`onProgress`, `fromBlock`, …) and `deployment`.
 * @returns what the SDK's `setupFormation` returns: the transactions sent and the resolved ids.
 * @example
 * ```ts
 * const { resolved } = await setupFormation(config, { spec, deployment, onProgress: console.log });
 * ```
 */
export const setupFormation = createWagmiWriteAction((client, { spec, ...options }: { spec: SdkSetupFormationParameters } & SetupOptions): Promise<SetupFormationReturnType> => sdk_setupFormation(client, spec, options));

/**
 * Plans the Formation phase without sending anything (see the SDK's `planFormation`).
 *
 * @param config - the wagmi config.
 * @param parameters - `spec`, the plan options (`operator`, …) and `deployment`.
 * @returns what the SDK's `planFormation` returns: the planned transactions and the resolved ids.
 * @example
 * ```ts
 * const { transactions } = await planFormation(config, { spec, deployment, operator });
 * ```
 */
export const planFormation = createWagmiReadAction((client, { spec, ...options }: { spec: SdkSetupFormationParameters } & PlanOptions): Promise<PlanFormationReturnType> => sdk_planFormation(client, spec, options));
export type { SetupFormationErrorType };

/**
 * Sets up the Organization phase: domains, budgets, token policy and consent policy, and the cells' phases; resumable (see the SDK's `setupOrganization`).
 *
 * @param config - the wagmi config (its connected account is the operator).
 * @param parameters - `spec`, the setup options (`onProgress`, `fromBlock`, …) and `deployment`.
 * @returns what the SDK's `setupOrganization` returns: the transactions sent and the resolved ids.
 * @example
 * ```ts
 * const { resolved } = await setupOrganization(config, { spec, deployment, onProgress: console.log });
 * ```
 */
export const setupOrganization = createWagmiWriteAction((client, { spec, ...options }: { spec: SdkSetupOrganizationParameters } & SetupOptions): Promise<SetupOrganizationReturnType> => sdk_setupOrganization(client, spec, options));

/**
 * Plans the Organization phase without sending anything (see the SDK's `planOrganization`).
 *
 * @param config - the wagmi config.
 * @param parameters - `spec`, the plan options (`operator`, …) and `deployment`.
 * @returns what the SDK's `planOrganization` returns: the planned transactions and the resolved ids.
 * @example
 * ```ts
 * const { transactions } = await planOrganization(config, { spec, deployment, operator });
 * ```
 */
export const planOrganization = createWagmiReadAction((client, { spec, ...options }: { spec: SdkSetupOrganizationParameters } & PlanOptions): Promise<PlanOrganizationReturnType> => sdk_planOrganization(client, spec, options));
export type { SetupOrganizationErrorType };

/**
 * Sets up the whole organisation: Conversation, Formation and Organization together, in as few transactions as the protocol allows; resumable (see the SDK's `setupDao`).
 *
 * @param config - the wagmi config (its connected account is the operator).
 * @param parameters - `spec`, the setup options (`onProgress`, `fromBlock`, …) and `deployment`.
 * @returns what the SDK's `setupDao` returns: the transactions sent and the resolved ids.
 * @example
 * ```ts
 * const { resolved } = await setupDao(config, { spec, deployment, onProgress: console.log });
 * ```
 */
export const setupDao = createWagmiWriteAction((client, { spec, ...options }: { spec: SdkSetupDaoParameters } & SetupOptions): Promise<SetupDaoReturnType> => sdk_setupDao(client, spec, options));

/**
 * Plans the whole organisation without sending anything (see the SDK's `planDao`).
 *
 * @param config - the wagmi config.
 * @param parameters - `spec`, the plan options (`operator`, …) and `deployment`.
 * @returns what the SDK's `planDao` returns: the planned transactions and the resolved ids.
 * @example
 * ```ts
 * const { transactions } = await planDao(config, { spec, deployment, operator });
 * ```
 */
export const planDao = createWagmiReadAction((client, { spec, ...options }: { spec: SdkSetupDaoParameters } & PlanOptions): Promise<PlanDaoReturnType> => sdk_planDao(client, spec, options));
export type { SetupDaoErrorType };

/** What the wagmi {@link completeCell} takes. */
export type CompleteCellParameters<config extends Config = Config> = SdkCompleteCellParameters & SetupOptions & OpGovWagmiWriteParameters<config>;
export type { CompleteCellErrorType, CompleteCellReturnType };
/**
 * Completes a cell (hats off, allowances zero) and reports what it still holds (see the SDK's `completeCell`).
 *
 * @param config - the wagmi config (its connected account is the operator).
 * @param parameters - `spec`, the cell's key, the setup options and `deployment`.
 * @returns what the SDK's `completeCell` returns: transactions, resolved ids and the cell's holdings.
 * @example
 * ```ts
 * const { holdings } = await completeCell(config, { spec, cell: "tooling", deployment });
 * ```
 */
export const completeCell = createWagmiWriteAction((client, { spec, cell, tokens, ...options }: SdkCompleteCellParameters & SetupOptions): Promise<CompleteCellReturnType> =>
  sdk_completeCell(client, { spec, cell, tokens }, options),
);

/**
 * Plans a cell's Completion without sending anything (see the SDK's `planCompletion`).
 *
 * @param config - the wagmi config.
 * @param parameters - `spec`, the cell's key, the plan options and `deployment`.
 * @returns what the SDK's `planCompletion` returns.
 * @example
 * ```ts
 * const { transactions } = await planCompletion(config, { spec, cell: "tooling", deployment, operator });
 * ```
 */
export const planCompletion = createWagmiReadAction((client, { spec, cell, tokens, ...options }: SdkCompleteCellParameters & PlanOptions): Promise<PlanCompletionReturnType> =>
  sdk_planCompletion(client, { spec, cell, tokens }, options),
);
