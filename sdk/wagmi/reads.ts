import type { Config } from "@wagmi/core";
import { getCell as sdk_getCell, type GetCellParameters as SdkGetCellParameters, type GetCellReturnType, type GetCellErrorType } from "../reads/getCell.js";
import { getCellTree as sdk_getCellTree, type GetCellTreeParameters as SdkGetCellTreeParameters, type GetCellTreeReturnType, type GetCellTreeErrorType } from "../reads/getCellTree.js";
import { getDomain as sdk_getDomain, type GetDomainParameters as SdkGetDomainParameters, type GetDomainReturnType, type GetDomainErrorType } from "../reads/getDomain.js";
import { getBudget as sdk_getBudget, type GetBudgetParameters as SdkGetBudgetParameters, type GetBudgetReturnType, type GetBudgetErrorType } from "../reads/getBudget.js";
import { getBudgets as sdk_getBudgets, type GetBudgetsParameters as SdkGetBudgetsParameters, type GetBudgetsReturnType, type GetBudgetsErrorType } from "../reads/getBudgets.js";
import { getConstraints as sdk_getConstraints, type GetConstraintsParameters as SdkGetConstraintsParameters, type GetConstraintsReturnType, type GetConstraintsErrorType } from "../reads/getConstraints.js";
import { getRound as sdk_getRound, type GetRoundParameters as SdkGetRoundParameters, type GetRoundReturnType, type GetRoundErrorType } from "../reads/getRound.js";
import { getObjections as sdk_getObjections, type GetObjectionsParameters as SdkGetObjectionsParameters, type GetObjectionsReturnType, type GetObjectionsErrorType } from "../reads/getObjections.js";
import { getHistory as sdk_getHistory, type GetHistoryParameters as SdkGetHistoryParameters, type GetHistoryReturnType, type GetHistoryErrorType } from "../reads/getHistory.js";
import { getDashboard as sdk_getDashboard, type GetDashboardParameters as SdkGetDashboardParameters, type GetDashboardReturnType, type GetDashboardErrorType } from "../reads/getDashboard.js";
import { createWagmiReadAction, type OpGovWagmiParameters } from "./createWagmiAction.js";

// The SDK's read actions as `@wagmi/core` actions `(config, parameters)`: same names, same
// results and errors; the parameters add `instance` and optionally `chainId` and `deployment`.

/** What the wagmi {@link getCell} takes. */
export type GetCellParameters<config extends Config = Config> = SdkGetCellParameters & OpGovWagmiParameters<config>;
export type { GetCellReturnType, GetCellErrorType };
/**
 * Reads one cell (see the SDK's `getCell`).
 *
 * @param config - the wagmi config.
 * @param parameters - the opgov instance (and optionally chainId) with the action's parameters.
 * @returns what the SDK's `getCell` returns.
 * @example
 * ```ts
 * const cell = await getCell(config, { instance, cell: 123n });
 * ```
 */
export const getCell = createWagmiReadAction(sdk_getCell);

/** What the wagmi {@link getCellTree} takes. */
export type GetCellTreeParameters<config extends Config = Config> = SdkGetCellTreeParameters & OpGovWagmiParameters<config>;
export type { GetCellTreeReturnType, GetCellTreeErrorType };
/**
 * Reads the whole cell tree (see the SDK's `getCellTree`).
 *
 * @param config - the wagmi config.
 * @param parameters - the opgov instance (and optionally chainId) with the action's parameters.
 * @returns what the SDK's `getCellTree` returns.
 * @example
 * ```ts
 * const { roots } = await getCellTree(config, { instance });
 * ```
 */
export const getCellTree = createWagmiReadAction(sdk_getCellTree);

/** What the wagmi {@link getDomain} takes. */
export type GetDomainParameters<config extends Config = Config> = SdkGetDomainParameters & OpGovWagmiParameters<config>;
export type { GetDomainReturnType, GetDomainErrorType };
/**
 * Reads one domain (see the SDK's `getDomain`).
 *
 * @param config - the wagmi config.
 * @param parameters - the opgov instance (and optionally chainId) with the action's parameters.
 * @returns what the SDK's `getDomain` returns.
 * @example
 * ```ts
 * const domain = await getDomain(config, { instance, domain: 1 });
 * ```
 */
export const getDomain = createWagmiReadAction(sdk_getDomain);

/** What the wagmi {@link getBudget} takes. */
export type GetBudgetParameters<config extends Config = Config> = SdkGetBudgetParameters & OpGovWagmiParameters<config>;
export type { GetBudgetReturnType, GetBudgetErrorType };
/**
 * Reads a domain's budget for one token: allowance, spent, committed, remaining, epoch (see the SDK's `getBudget`).
 *
 * @param config - the wagmi config.
 * @param parameters - the opgov instance (and optionally chainId) with the action's parameters.
 * @returns what the SDK's `getBudget` returns.
 * @example
 * ```ts
 * const { remaining } = await getBudget(config, { instance, domain: 1, token });
 * ```
 */
export const getBudget = createWagmiReadAction(sdk_getBudget);

/** What the wagmi {@link getBudgets} takes. */
export type GetBudgetsParameters<config extends Config = Config> = SdkGetBudgetsParameters & OpGovWagmiParameters<config>;
export type { GetBudgetsReturnType, GetBudgetsErrorType };
/**
 * Reads every budget of several domains in one call (see the SDK's `getBudgets`).
 *
 * @param config - the wagmi config.
 * @param parameters - the opgov instance (and optionally chainId) with the action's parameters.
 * @returns what the SDK's `getBudgets` returns.
 * @example
 * ```ts
 * const budgets = await getBudgets(config, { instance, domains: [1, 2] });
 * ```
 */
export const getBudgets = createWagmiReadAction(sdk_getBudgets);

/** What the wagmi {@link getConstraints} takes. */
export type GetConstraintsParameters<config extends Config = Config> = SdkGetConstraintsParameters & OpGovWagmiParameters<config>;
export type { GetConstraintsReturnType, GetConstraintsErrorType };
/**
 * Reads the community's network constraints (see the SDK's `getConstraints`).
 *
 * @param config - the wagmi config.
 * @param parameters - the opgov instance (and optionally chainId) with the action's parameters.
 * @returns what the SDK's `getConstraints` returns.
 * @example
 * ```ts
 * const { minWindow, maxWindow } = await getConstraints(config, { instance });
 * ```
 */
export const getConstraints = createWagmiReadAction(sdk_getConstraints);

/** What the wagmi {@link getRound} takes. */
export type GetRoundParameters<config extends Config = Config> = SdkGetRoundParameters & OpGovWagmiParameters<config>;
export type { GetRoundReturnType, GetRoundErrorType };
/**
 * Reads one round with its state, deadlines, actions and standing objections (see the SDK's `getRound`).
 *
 * @param config - the wagmi config.
 * @param parameters - the opgov instance (and optionally chainId) with the action's parameters.
 * @returns what the SDK's `getRound` returns.
 * @example
 * ```ts
 * const round = await getRound(config, { instance, round: id });
 * ```
 */
export const getRound = createWagmiReadAction(sdk_getRound);

/** What the wagmi {@link getObjections} takes. */
export type GetObjectionsParameters<config extends Config = Config> = SdkGetObjectionsParameters & OpGovWagmiParameters<config>;
export type { GetObjectionsReturnType, GetObjectionsErrorType };
/**
 * Reads every objection of a round (see the SDK's `getObjections`).
 *
 * @param config - the wagmi config.
 * @param parameters - the opgov instance (and optionally chainId) with the action's parameters.
 * @returns what the SDK's `getObjections` returns.
 * @example
 * ```ts
 * const standing = await getObjections(config, { instance, round: id, status: ["Standing"] });
 * ```
 */
export const getObjections = createWagmiReadAction(sdk_getObjections);

/** What the wagmi {@link getHistory} takes. */
export type GetHistoryParameters<config extends Config = Config> = SdkGetHistoryParameters & OpGovWagmiParameters<config>;
export type { GetHistoryReturnType, GetHistoryErrorType };
/**
 * Rebuilds the decision history from events (see the SDK's `getHistory`).
 *
 * @param config - the wagmi config.
 * @param parameters - the opgov instance (and optionally chainId) with the action's parameters.
 * @returns what the SDK's `getHistory` returns.
 * @example
 * ```ts
 * const history = await getHistory(config, { instance, fromBlock: deploymentBlock });
 * ```
 */
export const getHistory = createWagmiReadAction(sdk_getHistory);

/** What the wagmi {@link getDashboard} takes. */
export type GetDashboardParameters<config extends Config = Config> = SdkGetDashboardParameters & OpGovWagmiParameters<config>;
export type { GetDashboardReturnType, GetDashboardErrorType };
/**
 * Reads a snapshot of a whole organisation in 4 requests where the chain has Multicall3 (see the SDK's `getDashboard`).
 *
 * @param config - the wagmi config.
 * @param parameters - the opgov instance (and optionally chainId) with the action's parameters.
 * @returns what the SDK's `getDashboard` returns.
 * @example
 * ```ts
 * const dashboard = await getDashboard(config, { instance, fromBlock: deploymentBlock });
 * ```
 */
export const getDashboard = createWagmiReadAction(sdk_getDashboard);
