import type { Config } from "@wagmi/core";
import { actAsCommunity as sdk_actAsCommunity, type ActAsCommunityParameters as SdkActAsCommunityParameters, type ActAsCommunityReturnType, type ActAsCommunityErrorType } from "../actions/actAsCommunity.js";
import { addRoleHat as sdk_addRoleHat, type AddRoleHatParameters as SdkAddRoleHatParameters, type AddRoleHatReturnType, type AddRoleHatErrorType } from "../actions/addRoleHat.js";
import { amendRound as sdk_amendRound, type AmendRoundParameters as SdkAmendRoundParameters, type AmendRoundReturnType, type AmendRoundErrorType } from "../actions/amendRound.js";
import { closeRound as sdk_closeRound, type CloseRoundParameters as SdkCloseRoundParameters, type CloseRoundReturnType, type CloseRoundErrorType } from "../actions/closeRound.js";
import { deployInstance as sdk_deployInstance, type DeployInstanceParameters as SdkDeployInstanceParameters, type DeployInstanceReturnType, type DeployInstanceErrorType } from "../actions/deployInstance.js";
import { escalateRound as sdk_escalateRound, type EscalateRoundParameters as SdkEscalateRoundParameters, type EscalateRoundReturnType, type EscalateRoundErrorType } from "../actions/escalateRound.js";
import { executeRound as sdk_executeRound, type ExecuteRoundParameters as SdkExecuteRoundParameters, type ExecuteRoundReturnType, type ExecuteRoundErrorType } from "../actions/executeRound.js";
import { expireRound as sdk_expireRound, type ExpireRoundParameters as SdkExpireRoundParameters, type ExpireRoundReturnType, type ExpireRoundErrorType } from "../actions/expireRound.js";
import { objectToRound as sdk_objectToRound, type ObjectToRoundParameters as SdkObjectToRoundParameters, type ObjectToRoundReturnType, type ObjectToRoundErrorType } from "../actions/objectToRound.js";
import { predictInstance as sdk_predictInstance, type PredictInstanceParameters as SdkPredictInstanceParameters, type PredictInstanceReturnType, type PredictInstanceErrorType } from "../actions/predictInstance.js";
import { proposeRound as sdk_proposeRound, type ProposeRoundParameters as SdkProposeRoundParameters, type ProposeRoundReturnType, type ProposeRoundErrorType } from "../actions/proposeRound.js";
import { resolveEscalation as sdk_resolveEscalation, type ResolveEscalationParameters as SdkResolveEscalationParameters, type ResolveEscalationReturnType, type ResolveEscalationErrorType } from "../actions/resolveEscalation.js";
import { setCellSafe as sdk_setCellSafe, type SetCellSafeParameters as SdkSetCellSafeParameters, type SetCellSafeReturnType, type SetCellSafeErrorType } from "../actions/setCellSafe.js";
import { setConstraints as sdk_setConstraints, type SetConstraintsParameters as SdkSetConstraintsParameters, type SetConstraintsReturnType, type SetConstraintsErrorType } from "../actions/setConstraints.js";
import { setDomainSpender as sdk_setDomainSpender, type SetDomainSpenderParameters as SdkSetDomainSpenderParameters, type SetDomainSpenderReturnType, type SetDomainSpenderErrorType } from "../actions/setDomainSpender.js";
import { setSpendingPaused as sdk_setSpendingPaused, type SetSpendingPausedParameters as SdkSetSpendingPausedParameters, type SetSpendingPausedReturnType, type SetSpendingPausedErrorType } from "../actions/setSpendingPaused.js";
import { setTokenPolicy as sdk_setTokenPolicy, type SetTokenPolicyParameters as SdkSetTokenPolicyParameters, type SetTokenPolicyReturnType, type SetTokenPolicyErrorType } from "../actions/setTokenPolicy.js";
import { setTreasuryPull as sdk_setTreasuryPull, type SetTreasuryPullParameters as SdkSetTreasuryPullParameters, type SetTreasuryPullReturnType, type SetTreasuryPullErrorType } from "../actions/setTreasuryPull.js";
import { setWearerStanding as sdk_setWearerStanding, type SetWearerStandingParameters as SdkSetWearerStandingParameters, type SetWearerStandingReturnType, type SetWearerStandingErrorType } from "../actions/setWearerStanding.js";
import { spendBudget as sdk_spendBudget, type SpendBudgetParameters as SdkSpendBudgetParameters, type SpendBudgetReturnType, type SpendBudgetErrorType } from "../actions/spendBudget.js";
import { updateGroupState as sdk_updateGroupState, type UpdateGroupStateParameters as SdkUpdateGroupStateParameters, type UpdateGroupStateReturnType, type UpdateGroupStateErrorType } from "../actions/updateGroupState.js";
import { withdrawObjection as sdk_withdrawObjection, type WithdrawObjectionParameters as SdkWithdrawObjectionParameters, type WithdrawObjectionReturnType, type WithdrawObjectionErrorType } from "../actions/withdrawObjection.js";
import { withdrawRound as sdk_withdrawRound, type WithdrawRoundParameters as SdkWithdrawRoundParameters, type WithdrawRoundReturnType, type WithdrawRoundErrorType } from "../actions/withdrawRound.js";
import { createWagmiReadAction, createWagmiWriteAction, type OpGovWagmiParameters, type OpGovWagmiWriteParameters } from "./createWagmiAction.js";

// The SDK's write actions as `@wagmi/core` actions `(config, parameters)`: same names, same
// results and errors; the parameters add `instance` and optionally `chainId`, `deployment`,
// `account` and `connector` (the wallet client is the connected connector's).
// predictInstance sends nothing, so it is a read action here.

/** What the wagmi {@link actAsCommunity} takes. */
export type ActAsCommunityParameters<config extends Config = Config> = SdkActAsCommunityParameters & OpGovWagmiWriteParameters<config>;
export type { ActAsCommunityReturnType, ActAsCommunityErrorType };
/**
 * The community acts directly (see the SDK's `actAsCommunity`, sent from the connected account).
 *
 * @param config - the wagmi config.
 * @param parameters - the opgov instance (and optionally chainId, account, connector) with the action's parameters.
 * @returns what the SDK's `actAsCommunity` returns.
 * @example
 * ```ts
 * const { cells } = await actAsCommunity(config, {
 *   instance,
 *   actions: [encodeCreateCell({ parent: 0n, wearer: cellSafe, metadataUri, metadataHash })],
 *   rationaleUri,
 *   rationaleHash,
 * });
 * ```
 */
export const actAsCommunity = createWagmiWriteAction(sdk_actAsCommunity);

/** What the wagmi {@link addRoleHat} takes. */
export type AddRoleHatParameters<config extends Config = Config> = SdkAddRoleHatParameters & OpGovWagmiWriteParameters<config>;
export type { AddRoleHatReturnType, AddRoleHatErrorType };
/**
 * Creates a role hat under a cell's hat and records it as the cell's (see the SDK's `addRoleHat`, sent from the connected account).
 *
 * @param config - the wagmi config.
 * @param parameters - the opgov instance (and optionally chainId, account, connector) with the action's parameters.
 * @returns what the SDK's `addRoleHat` returns.
 * @example
 * ```ts
 * const { hat } = await addRoleHat(config, { instance, cell, details: "treasurer", maxSupply: 1 });
 * ```
 */
export const addRoleHat = createWagmiWriteAction(sdk_addRoleHat);

/** What the wagmi {@link amendRound} takes. */
export type AmendRoundParameters<config extends Config = Config> = SdkAmendRoundParameters & OpGovWagmiWriteParameters<config>;
export type { AmendRoundReturnType, AmendRoundErrorType };
/**
 * Amends an open or blocked round (see the SDK's `amendRound`, sent from the connected account).
 *
 * @param config - the wagmi config.
 * @param parameters - the opgov instance (and optionally chainId, account, connector) with the action's parameters.
 * @returns what the SDK's `amendRound` returns.
 * @example
 * ```ts
 * const { content: amended } = await amendRound(config, { instance, round, current: content, actions, rationaleUri, rationaleHash, window: 86_400 });
 * ```
 */
export const amendRound = createWagmiWriteAction(sdk_amendRound);

/** What the wagmi {@link closeRound} takes. */
export type CloseRoundParameters<config extends Config = Config> = SdkCloseRoundParameters & OpGovWagmiWriteParameters<config>;
export type { CloseRoundReturnType, CloseRoundErrorType };
/**
 * Records the end of a round's window (see the SDK's `closeRound`, sent from the connected account).
 *
 * @param config - the wagmi config.
 * @param parameters - the opgov instance (and optionally chainId, account, connector) with the action's parameters.
 * @returns what the SDK's `closeRound` returns.
 * @example
 * ```ts
 * const { consented } = await closeRound(config, { instance, round });
 * ```
 */
export const closeRound = createWagmiWriteAction(sdk_closeRound);

/** What the wagmi {@link deployInstance} takes. */
export type DeployInstanceParameters<config extends Config = Config> = SdkDeployInstanceParameters & OpGovWagmiWriteParameters<config>;
export type { DeployInstanceReturnType, DeployInstanceErrorType };
/**
 * Deploys a DAO's opgov instance from the chain's factory at its predicted address (see the SDK's `deployInstance`, sent from the connected account).
 *
 * @param config - the wagmi config.
 * @param parameters - the opgov deployment (and optionally chainId) with the action's parameters.
 * @returns what the SDK's `deployInstance` returns.
 * @example
 * ```ts
 * const { instance } = await deployInstance(config, { deployment, params, salt });
 * ```
 */
export const deployInstance = createWagmiWriteAction(sdk_deployInstance);

/** What the wagmi {@link escalateRound} takes. */
export type EscalateRoundParameters<config extends Config = Config> = SdkEscalateRoundParameters & OpGovWagmiWriteParameters<config>;
export type { EscalateRoundReturnType, EscalateRoundErrorType };
/**
 * Escalates a blocked round to the parent circle (or, for a top-level cell, the community) (see the SDK's `escalateRound`, sent from the connected account).
 *
 * @param config - the wagmi config.
 * @param parameters - the opgov instance (and optionally chainId, account, connector) with the action's parameters.
 * @returns what the SDK's `escalateRound` returns.
 * @example
 * ```ts
 * const { resolverHat } = await escalateRound(config, { instance, round, content });
 * ```
 */
export const escalateRound = createWagmiWriteAction(sdk_escalateRound);

/** What the wagmi {@link executeRound} takes. */
export type ExecuteRoundParameters<config extends Config = Config> = SdkExecuteRoundParameters & OpGovWagmiWriteParameters<config>;
export type { ExecuteRoundReturnType, ExecuteRoundErrorType };
/**
 * Executes a consented (or accepted) round's actions, once, within its execution window (see the SDK's `executeRound`, sent from the connected account).
 *
 * @param config - the wagmi config.
 * @param parameters - the opgov instance (and optionally chainId, account, connector) with the action's parameters.
 * @returns what the SDK's `executeRound` returns.
 * @example
 * ```ts
 * const { cells, domains } = await executeRound(config, { instance, round, content });
 * ```
 */
export const executeRound = createWagmiWriteAction(sdk_executeRound);

/** What the wagmi {@link expireRound} takes. */
export type ExpireRoundParameters<config extends Config = Config> = SdkExpireRoundParameters & OpGovWagmiWriteParameters<config>;
export type { ExpireRoundReturnType, ExpireRoundErrorType };
/**
 * Marks a round that can no longer execute as expired and releases its committed funds (see the SDK's `expireRound`, sent from the connected account).
 *
 * @param config - the wagmi config.
 * @param parameters - the opgov instance (and optionally chainId, account, connector) with the action's parameters.
 * @returns what the SDK's `expireRound` returns.
 * @example
 * ```ts
 * await expireRound(config, { instance, round, content });
 * ```
 */
export const expireRound = createWagmiWriteAction(sdk_expireRound);

/** What the wagmi {@link objectToRound} takes. */
export type ObjectToRoundParameters<config extends Config = Config> = SdkObjectToRoundParameters & OpGovWagmiWriteParameters<config>;
export type { ObjectToRoundReturnType, ObjectToRoundErrorType };
/**
 * Raises an objection in an open round, under one of its objector hats that the caller wears (see the SDK's `objectToRound`, sent from the connected account).
 *
 * @param config - the wagmi config.
 * @param parameters - the opgov instance (and optionally chainId, account, connector) with the action's parameters.
 * @returns what the SDK's `objectToRound` returns.
 * @example
 * ```ts
 * await objectToRound(config, { instance, round, objectorHats: content.objectorHats, reasonUri: "ipfs://…", reasonHash });
 * ```
 */
export const objectToRound = createWagmiWriteAction(sdk_objectToRound);

/** What the wagmi {@link predictInstance} takes. */
export type PredictInstanceParameters<config extends Config = Config> = SdkPredictInstanceParameters & OpGovWagmiParameters<config>;
export type { PredictInstanceReturnType, PredictInstanceErrorType };
/**
 * The address the factory deploys an instance with these parameters and salt to (CREATE2 over the whole configuration), so a DAO can mint the root hat to it and enable it as a Safe module before it exists (see the SDK's `predictInstance`).
 *
 * @param config - the wagmi config.
 * @param parameters - the opgov deployment (and optionally chainId) with the action's parameters.
 * @returns what the SDK's `predictInstance` returns.
 * @example
 * ```ts
 * const instance = await predictInstance(config, { deployment, params, salt });
 * ```
 */
export const predictInstance = createWagmiReadAction(sdk_predictInstance);

/** What the wagmi {@link proposeRound} takes. */
export type ProposeRoundParameters<config extends Config = Config> = SdkProposeRoundParameters & OpGovWagmiWriteParameters<config>;
export type { ProposeRoundReturnType, ProposeRoundErrorType };
/**
 * Proposes a consent round in a cell's name (see the SDK's `proposeRound`, sent from the connected account).
 *
 * @param config - the wagmi config.
 * @param parameters - the opgov instance (and optionally chainId, account, connector) with the action's parameters.
 * @returns what the SDK's `proposeRound` returns.
 * @example
 * ```ts
 * const { round, content, deadline } = await proposeRound(config, {
 *   instance,
 *   scope: cellA,
 *   actions: [encodeAllocation({ domain: 1, token: usdc, recipient, amount })],
 *   window: 3 * 86_400,
 *   rationaleUri: "ipfs://…",
 *   rationaleHash,
 * });
 * ```
 */
export const proposeRound = createWagmiWriteAction(sdk_proposeRound);

/** What the wagmi {@link resolveEscalation} takes. */
export type ResolveEscalationParameters<config extends Config = Config> = SdkResolveEscalationParameters & OpGovWagmiWriteParameters<config>;
export type { ResolveEscalationReturnType, ResolveEscalationErrorType };
/**
 * Decides an escalated round (see the SDK's `resolveEscalation`, sent from the connected account).
 *
 * @param config - the wagmi config.
 * @param parameters - the opgov instance (and optionally chainId, account, connector) with the action's parameters.
 * @returns what the SDK's `resolveEscalation` returns.
 * @example
 * ```ts
 * await resolveEscalation(config, { instance, round, content, accept: true, dismissed: [objector], rationaleUri, rationaleHash });
 * ```
 */
export const resolveEscalation = createWagmiWriteAction(sdk_resolveEscalation);

/** What the wagmi {@link setCellSafe} takes. */
export type SetCellSafeParameters<config extends Config = Config> = SdkSetCellSafeParameters & OpGovWagmiWriteParameters<config>;
export type { SetCellSafeReturnType, SetCellSafeErrorType };
/**
 * Records a cell's Safe (see the SDK's `setCellSafe`, sent from the connected account).
 *
 * @param config - the wagmi config.
 * @param parameters - the opgov instance (and optionally chainId, account, connector) with the action's parameters.
 * @returns what the SDK's `setCellSafe` returns.
 * @example
 * ```ts
 * await setCellSafe(config, { instance, cell, safe: cellSafeAddress });
 * ```
 */
export const setCellSafe = createWagmiWriteAction(sdk_setCellSafe);

/** What the wagmi {@link setConstraints} takes. */
export type SetConstraintsParameters<config extends Config = Config> = SdkSetConstraintsParameters & OpGovWagmiWriteParameters<config>;
export type { SetConstraintsReturnType, SetConstraintsErrorType };
/**
 * Sets the network constraints (objection window bounds, execution window, spending pause, required objector parties per action kind) (see the SDK's `setConstraints`, sent from the connected account).
 *
 * @param config - the wagmi config.
 * @param parameters - the opgov instance (and optionally chainId, account, connector) with the action's parameters.
 * @returns what the SDK's `setConstraints` returns.
 * @example
 * ```ts
 * await setConstraints(config, { instance, constraints: { ...current, maxWindow: 21 * 86_400 } });
 * ```
 */
export const setConstraints = createWagmiWriteAction(sdk_setConstraints);

/** What the wagmi {@link setDomainSpender} takes. */
export type SetDomainSpenderParameters<config extends Config = Config> = SdkSetDomainSpenderParameters & OpGovWagmiWriteParameters<config>;
export type { SetDomainSpenderReturnType, SetDomainSpenderErrorType };
/**
 * Changes which hat spends a domain's budget (see the SDK's `setDomainSpender`, sent from the connected account).
 *
 * @param config - the wagmi config.
 * @param parameters - the opgov instance (and optionally chainId, account, connector) with the action's parameters.
 * @returns what the SDK's `setDomainSpender` returns.
 * @example
 * ```ts
 * await setDomainSpender(config, { instance, domain: 1, spenderHat: treasurerRoleHat });
 * ```
 */
export const setDomainSpender = createWagmiWriteAction(sdk_setDomainSpender);

/** What the wagmi {@link setSpendingPaused} takes. */
export type SetSpendingPausedParameters<config extends Config = Config> = SdkSetSpendingPausedParameters & OpGovWagmiWriteParameters<config>;
export type { SetSpendingPausedReturnType, SetSpendingPausedErrorType };
/**
 * Pauses or resumes budget spending (rounds and community acts are unaffected) (see the SDK's `setSpendingPaused`, sent from the connected account).
 *
 * @param config - the wagmi config.
 * @param parameters - the opgov instance (and optionally chainId, account, connector) with the action's parameters.
 * @returns what the SDK's `setSpendingPaused` returns.
 * @example
 * ```ts
 * await setSpendingPaused(config, { instance, paused: true });
 * ```
 */
export const setSpendingPaused = createWagmiWriteAction(sdk_setSpendingPaused);

/** What the wagmi {@link setTokenPolicy} takes. */
export type SetTokenPolicyParameters<config extends Config = Config> = SdkSetTokenPolicyParameters & OpGovWagmiWriteParameters<config>;
export type { SetTokenPolicyReturnType, SetTokenPolicyErrorType };
/**
 * Allows or disallows a token, with its per-domain allowance cap (see the SDK's `setTokenPolicy`, sent from the connected account).
 *
 * @param config - the wagmi config.
 * @param parameters - the opgov instance (and optionally chainId, account, connector) with the action's parameters.
 * @returns what the SDK's `setTokenPolicy` returns.
 * @example
 * ```ts
 * await setTokenPolicy(config, { instance, token: usdc, allowed: true, capPerDomain: 50_000n * 10n ** 6n });
 * ```
 */
export const setTokenPolicy = createWagmiWriteAction(sdk_setTokenPolicy);

/** What the wagmi {@link setTreasuryPull} takes. */
export type SetTreasuryPullParameters<config extends Config = Config> = SdkSetTreasuryPullParameters & OpGovWagmiWriteParameters<config>;
export type { SetTreasuryPullReturnType, SetTreasuryPullErrorType };
/**
 * Chooses how the treasury pays an ERC-20: through the Safe module call, or by `transferFrom` on an allowance ("pull") (see the SDK's `setTreasuryPull`, sent from the connected account).
 *
 * @param config - the wagmi config.
 * @param parameters - the opgov instance (and optionally chainId, account, connector) with the action's parameters.
 * @returns what the SDK's `setTreasuryPull` returns.
 * @example
 * ```ts
 * await setTreasuryPull(config, { instance, token: usdc, pull: true });
 * ```
 */
export const setTreasuryPull = createWagmiWriteAction(sdk_setTreasuryPull);

/** What the wagmi {@link setWearerStanding} takes. */
export type SetWearerStandingParameters<config extends Config = Config> = SdkSetWearerStandingParameters & OpGovWagmiWriteParameters<config>;
export type { SetWearerStandingReturnType, SetWearerStandingErrorType };
/**
 * Sets a wearer's eligibility for a hat opgov created (opgov is its eligibility module) (see the SDK's `setWearerStanding`, sent from the connected account).
 *
 * @param config - the wagmi config.
 * @param parameters - the opgov instance (and optionally chainId, account, connector) with the action's parameters.
 * @returns what the SDK's `setWearerStanding` returns.
 * @example
 * ```ts
 * await setWearerStanding(config, { instance, hat: memberHat, wearer: departed, eligible: false });
 * ```
 */
export const setWearerStanding = createWagmiWriteAction(sdk_setWearerStanding);

/** What the wagmi {@link spendBudget} takes. */
export type SpendBudgetParameters<config extends Config = Config> = SdkSpendBudgetParameters & OpGovWagmiWriteParameters<config>;
export type { SpendBudgetReturnType, SpendBudgetErrorType };
/**
 * Spends from a domain's budget (see the SDK's `spendBudget`, sent from the connected account).
 *
 * @param config - the wagmi config.
 * @param parameters - the opgov instance (and optionally chainId, account, connector) with the action's parameters.
 * @returns what the SDK's `spendBudget` returns.
 * @example
 * ```ts
 * const { remaining, hash } = await spendBudget(config, { instance, domain: 1, token: usdc, to: vendor, amount: 250_000_000n });
 * ```
 */
export const spendBudget = createWagmiWriteAction(sdk_spendBudget);

/** What the wagmi {@link updateGroupState} takes. */
export type UpdateGroupStateParameters<config extends Config = Config> = SdkUpdateGroupStateParameters & OpGovWagmiWriteParameters<config>;
export type { UpdateGroupStateReturnType, UpdateGroupStateErrorType };
/**
 * Points a cell's group state at a new document (see the SDK's `updateGroupState`, sent from the connected account).
 *
 * @param config - the wagmi config.
 * @param parameters - the opgov instance (and optionally chainId, account, connector) with the action's parameters.
 * @returns what the SDK's `updateGroupState` returns.
 * @example
 * ```ts
 * const { version } = await updateGroupState(config, { instance, cell, uri: "ipfs://state-v2", contentHash, expectedVersion: 1 });
 * ```
 */
export const updateGroupState = createWagmiWriteAction(sdk_updateGroupState);

/** What the wagmi {@link withdrawObjection} takes. */
export type WithdrawObjectionParameters<config extends Config = Config> = SdkWithdrawObjectionParameters & OpGovWagmiWriteParameters<config>;
export type { WithdrawObjectionReturnType, WithdrawObjectionErrorType };
/**
 * Withdraws the caller's standing objection in an open or blocked round (a blocked round whose last objection goes becomes consented) (see the SDK's `withdrawObjection`, sent from the connected account).
 *
 * @param config - the wagmi config.
 * @param parameters - the opgov instance (and optionally chainId, account, connector) with the action's parameters.
 * @returns what the SDK's `withdrawObjection` returns.
 * @example
 * ```ts
 * await withdrawObjection(config, { instance, round });
 * ```
 */
export const withdrawObjection = createWagmiWriteAction(sdk_withdrawObjection);

/** What the wagmi {@link withdrawRound} takes. */
export type WithdrawRoundParameters<config extends Config = Config> = SdkWithdrawRoundParameters & OpGovWagmiWriteParameters<config>;
export type { WithdrawRoundReturnType, WithdrawRoundErrorType };
/**
 * Withdraws a round that has not executed (its committed funds are released) (see the SDK's `withdrawRound`, sent from the connected account).
 *
 * @param config - the wagmi config.
 * @param parameters - the opgov instance (and optionally chainId, account, connector) with the action's parameters.
 * @returns what the SDK's `withdrawRound` returns.
 * @example
 * ```ts
 * await withdrawRound(config, { instance, round, content });
 * ```
 */
export const withdrawRound = createWagmiWriteAction(sdk_withdrawRound);
