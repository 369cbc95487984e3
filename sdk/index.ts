// The opgov SDK's public surface: named exports only (no `export *`), browser-safe.
export { opgovAbi } from "./abis/opgov.js";
export { opgovFactoryAbi } from "./abis/opgovFactory.js";
export {
  HATS_V1_ADDRESS,
  SAFE_1_5_0_CANONICAL_ADDRESSES,
  SAFE_SINGLETON_FACTORY_ADDRESS,
  SAFE_VERSION,
  type SafeContractAddresses,
  type SafeContractName,
} from "./chains/addresses.js";
export {
  createOpGovClient,
  withInstance,
  MissingInstanceError,
  MissingWalletError,
  type CreateOpGovClientParameters,
  type OpGovClient,
  type OpGovDeployment,
} from "./client.js";
export { OpGovError, type OpGovErrorParameters } from "./errors/base.js";
export { OpGovContractError, decodeOpGovError } from "./errors/contract.js";
export { TransactionRevertedError, type OnProgress, type ProgressEvent, type SentTransaction } from "./internal/write.js";
export { planConversation, setupConversation, type PlanConversationReturnType, type SetupConversationErrorType, type SetupConversationParameters, type SetupConversationReturnType } from "./phases/setupConversation.js";
export { planFormation, setupFormation, type PlanFormationReturnType, type SetupFormationErrorType, type SetupFormationParameters, type SetupFormationReturnType } from "./phases/setupFormation.js";
export { planOrganization, setupOrganization, type PlanOrganizationReturnType, type SetupOrganizationErrorType, type SetupOrganizationParameters, type SetupOrganizationReturnType } from "./phases/setupOrganization.js";
export { planDao, setupDao, type PlanDaoReturnType, type SetupDaoErrorType, type SetupDaoParameters, type SetupDaoReturnType } from "./phases/setupDao.js";
export {
  completeCell,
  planCompletion,
  type CellHoldings,
  type CompleteCellErrorType,
  type CompleteCellParameters,
  type CompleteCellReturnType,
  type PlanCompletionReturnType,
  type RoundStateName,
  type UnfinishedRound,
} from "./phases/completeCell.js";
export {
  validateOrganizationSpec,
  type ValidateOrganizationSpecErrorType,
  type ValidateOrganizationSpecParameters,
} from "./phases/validateOrganizationSpec.js";
export {
  InstanceMismatchError,
  InvalidSpecError,
  PhaseNotReadyError,
  SetupStalledError,
  SetupTransactionError,
  TreasuryNotOperableError,
} from "./phases/errors.js";
export type {
  ActionKindName,
  BudgetSpec,
  CellSafeSpec,
  CellSpec,
  ConstraintsSpec,
  ConversationSpec,
  DocumentSpec,
  DomainSpec,
  OrganizationPolicySpec,
  OrganizationSpec,
  PartyName,
  PlannedCall,
  PlannedTransaction,
  PlanOptions,
  ResolvedOrganization,
  RoleSpec,
  SafeSpec,
  SentSetupTransaction,
  SetupOptions,
  SetupPhaseName,
  SetupPlan,
  SetupResult,
  SpenderSpec,
  TokenSpec,
} from "./phases/types.js";
