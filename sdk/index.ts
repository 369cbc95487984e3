// The opgov SDK's public surface: named exports only (no `export *`), browser-safe.
export { opgovAbi } from "./abis/opgov.js";
export { opgovFactoryAbi } from "./abis/opgovFactory.js";
export {
  HATS_V1_ADDRESS,
  MULTICALL3_ADDRESS,
  SAFE_1_5_0_CANONICAL_ADDRESSES,
  SAFE_SINGLETON_FACTORY_ADDRESS,
  SAFE_VERSION,
  type SafeContractAddresses,
  type SafeContractName,
} from "./chains/addresses.js";
export {
  DEPLOYMENT_RECORD_VERSION,
  DeploymentNotFoundError,
  InvalidDeploymentRecordError,
  getDeployment,
  parseDeploymentRecord,
  serializeDeploymentRecord,
  type DeploymentCodeHashes,
  type OpGovDeploymentRecord,
} from "./chains/deployments.js";
export {
  ChainIdMismatchError,
  ChainUnreachableError,
  createOpGovClientForChain,
  DeploymentCodeMissingError,
  getCanonicalContracts,
  type CreateOpGovClientForChainErrorType,
  type CreateOpGovClientForChainParameters,
  type CreateOpGovClientForChainReturnType,
} from "./chains/createOpGovClientForChain.js";
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
export { TransactionRevertedError, type OnProgress, type ProgressEvent, type SentTransaction } from "./internal/write.js";
// Acting through a Safe: the `via` option of every write action (sdk/safe).
export { NotASafeError, NotSafeOwnerError, SafeThresholdNotMetError } from "./safe/errors.js";
export { type SafeExecution, type SafeSigner, type ViaSafe, type WriteOptions } from "./safe/viaSafe.js";
// Reads (sdk/reads): one action per file.
export { getBudget, type GetBudgetErrorType, type GetBudgetParameters, type GetBudgetReturnType } from "./reads/getBudget.js";
export { getBudgets, type GetBudgetsErrorType, type GetBudgetsParameters, type GetBudgetsReturnType } from "./reads/getBudgets.js";
export { getCell, type GetCellErrorType, type GetCellParameters, type GetCellReturnType } from "./reads/getCell.js";
export { getCellTree, type GetCellTreeErrorType, type GetCellTreeParameters, type GetCellTreeReturnType } from "./reads/getCellTree.js";
export { getConstraints, type GetConstraintsErrorType, type GetConstraintsParameters, type GetConstraintsReturnType } from "./reads/getConstraints.js";
export { getDashboard, type GetDashboardErrorType, type GetDashboardParameters, type GetDashboardReturnType } from "./reads/getDashboard.js";
export { getDomain, type GetDomainErrorType, type GetDomainParameters, type GetDomainReturnType } from "./reads/getDomain.js";
export {
  getHistory,
  HISTORY_CATEGORIES,
  type GetHistoryErrorType,
  type GetHistoryParameters,
  type GetHistoryReturnType,
  type HistoryCategory,
  type HistoryDecision,
  type HistoryEntry,
} from "./reads/getHistory.js";
export { getObjections, type GetObjectionsErrorType, type GetObjectionsParameters, type GetObjectionsReturnType } from "./reads/getObjections.js";
export { getRound, type GetRoundErrorType, type GetRoundParameters, type GetRoundReturnType } from "./reads/getRound.js";
export { RoundNotFoundError } from "./reads/errors.js";
export type {
  ActionKindName,
  Budget,
  Cell,
  CellNode,
  ConstraintsView,
  ActionView,
  DocumentRef,
  Domain,
  HatRef,
  Objection,
  ObjectionStatusName,
  PartyName,
  PhaseName,
  RawAction,
  Round,
  RoundContentView,
  RoundStateName,
  RoundStatusName,
  RoundStatusView,
  TokenPolicy,
} from "./reads/types.js";
export { decodeOpGovError } from "./errors/contract.js";
export { OpGovContractError } from "./errors/contractBase.js";
export {
  OpGovNotWearerError,
  OpGovUnknownCellError,
  OpGovUnknownDomainError,
  OpGovUnknownRoundError,
  OpGovCellCompletedError,
  OpGovPhaseTooEarlyError,
  OpGovInvalidPhaseMoveError,
  OpGovCellHasActiveSubCellsError,
  OpGovUnexpectedRoundStateError,
  OpGovContentMismatchError,
  OpGovRoundExistsError,
  OpGovWindowOutOfBoundsError,
  OpGovRequiredObjectorMissingError,
  OpGovTooManyObjectorHatsError,
  OpGovActionCountError,
  OpGovObjectorHatsMismatchError,
  OpGovObjectorHatIndexError,
  OpGovAlreadyObjectedError,
  OpGovNoStandingObjectionError,
  OpGovReasonRequiredError,
  OpGovInsufficientBudgetError,
  OpGovSpendingPausedError,
  OpGovNativeTokenNotPullableError,
  OpGovTokenNotAllowedError,
  OpGovAmountTooLargeError,
  OpGovZeroAmountError,
  OpGovZeroRecipientError,
  OpGovAllowanceAboveCapError,
  OpGovAllowanceBelowDelegatedError,
  OpGovParentAllowanceExceededError,
  OpGovInvalidEpochLengthError,
  OpGovEpochLengthLockedError,
  OpGovNotManagedHatError,
  OpGovTreasuryModuleDisabledError,
  OpGovTreasuryTransferFailedError,
  OpGovActionOutOfScopeError,
  OpGovActionNotAllowedInPhaseError,
  OpGovInvalidConstraintsError,
  OpGovPolicyBelowMinimumError,
  OpGovLimitReachedError,
  OpGovStaleGroupStateError,
  OpGovNotCellHatError,
  OpGovNotHatAdminError,
  OpGovHatOutsideTreeError,
  OpGovNotDelegatedError,
  OpGovUnknownSelectorError,
  OpGovFactoryInstanceExistsError,
  OpGovFactoryTreasuryNotContractError,
  opgovErrorClasses,
} from "./errors/opgov.js";
export {
  InvalidAddressError,
  InvalidAmountError,
  InvalidParameterError,
  UnknownCellError,
  UnknownDomainError,
  UnknownRoundError,
  RoundContentMismatchError,
  RoundStateError,
  WindowOutOfBoundsError,
  InsufficientBudgetError,
  TokenNotAllowedError,
  SpendingPausedError,
  NotWearerError,
  NotHatAdminError,
  CellPhaseError,
  InvalidActionDataError,
  StaleGroupStateError,
  AlreadyObjectedError,
  NoStandingObjectionError,
  RoundExistsError,
  InstanceExistsError,
} from "./errors/validation.js";
export { formatAmount, formatDuration, formatHat, formatTime } from "./errors/format.js";
export {
  ActionKind,
  ObjectionStatus,
  Parties,
  Phase,
  RoundState,
  RoundStatus,
  type Action,
  type CellId,
  type Constraints,
  type DomainId,
  type RoundContent,
  type RoundId,
} from "./encoding/types.js";
export {
  decodeAction,
  encodeAllocation,
  encodeAssignDomain,
  encodeCreateCell,
  encodeDelegateDomain,
  encodeMovePhase,
  encodePolicyDecision,
  encodeSetBudget,
  type AllocationArgs,
  type AssignDomainArgs,
  type CreateCellArgs,
  type DecodedAction,
  type DelegateDomainArgs,
  type MovePhaseArgs,
  type PolicyDecisionArgs,
  type SetBudgetArgs,
} from "./encoding/actions.js";
export { roundId } from "./encoding/roundId.js";
export { MissingEventError, type OpGovEvent, type OpGovEventOf } from "./internal/events.js";
export type { WriteErrorType } from "./actions/types.js";
export {
  actAsCommunity,
  type ActAsCommunityErrorType,
  type ActAsCommunityParameters,
  type ActAsCommunityReturnType,
} from "./actions/actAsCommunity.js";
export {
  addRoleHat,
  type AddRoleHatErrorType,
  type AddRoleHatParameters,
  type AddRoleHatReturnType,
} from "./actions/addRoleHat.js";
export {
  amendRound,
  type AmendRoundErrorType,
  type AmendRoundParameters,
  type AmendRoundReturnType,
} from "./actions/amendRound.js";
export {
  closeRound,
  type CloseRoundErrorType,
  type CloseRoundParameters,
  type CloseRoundReturnType,
} from "./actions/closeRound.js";
export {
  deployInstance,
  type DeployInstanceErrorType,
  type DeployInstanceParameters,
  type DeployInstanceReturnType,
} from "./actions/deployInstance.js";
export {
  escalateRound,
  type EscalateRoundErrorType,
  type EscalateRoundParameters,
  type EscalateRoundReturnType,
} from "./actions/escalateRound.js";
export {
  executeRound,
  type ExecuteRoundErrorType,
  type ExecuteRoundParameters,
  type ExecuteRoundReturnType,
} from "./actions/executeRound.js";
export {
  expireRound,
  type ExpireRoundErrorType,
  type ExpireRoundParameters,
  type ExpireRoundReturnType,
} from "./actions/expireRound.js";
export {
  objectToRound,
  type ObjectToRoundErrorType,
  type ObjectToRoundParameters,
  type ObjectToRoundReturnType,
} from "./actions/objectToRound.js";
export {
  predictInstance,
  type InstanceParams,
  type PredictInstanceErrorType,
  type PredictInstanceParameters,
  type PredictInstanceReturnType,
} from "./actions/predictInstance.js";
export {
  proposeRound,
  type ProposeRoundErrorType,
  type ProposeRoundParameters,
  type ProposeRoundReturnType,
} from "./actions/proposeRound.js";
export {
  resolveEscalation,
  type ResolveEscalationErrorType,
  type ResolveEscalationParameters,
  type ResolveEscalationReturnType,
} from "./actions/resolveEscalation.js";
export {
  setCellSafe,
  type SetCellSafeErrorType,
  type SetCellSafeParameters,
  type SetCellSafeReturnType,
} from "./actions/setCellSafe.js";
export {
  setConstraints,
  type SetConstraintsErrorType,
  type SetConstraintsParameters,
  type SetConstraintsReturnType,
} from "./actions/setConstraints.js";
export {
  setDomainSpender,
  type SetDomainSpenderErrorType,
  type SetDomainSpenderParameters,
  type SetDomainSpenderReturnType,
} from "./actions/setDomainSpender.js";
export {
  setSpendingPaused,
  type SetSpendingPausedErrorType,
  type SetSpendingPausedParameters,
  type SetSpendingPausedReturnType,
} from "./actions/setSpendingPaused.js";
export {
  setTreasuryPull,
  type SetTreasuryPullErrorType,
  type SetTreasuryPullParameters,
  type SetTreasuryPullReturnType,
} from "./actions/setTreasuryPull.js";
export {
  setTokenPolicy,
  type SetTokenPolicyErrorType,
  type SetTokenPolicyParameters,
  type SetTokenPolicyReturnType,
} from "./actions/setTokenPolicy.js";
export {
  setWearerStanding,
  type SetWearerStandingErrorType,
  type SetWearerStandingParameters,
  type SetWearerStandingReturnType,
} from "./actions/setWearerStanding.js";
export {
  spendBudget,
  type SpendBudgetErrorType,
  type SpendBudgetParameters,
  type SpendBudgetReturnType,
} from "./actions/spendBudget.js";
export {
  updateGroupState,
  type UpdateGroupStateErrorType,
  type UpdateGroupStateParameters,
  type UpdateGroupStateReturnType,
} from "./actions/updateGroupState.js";
export {
  withdrawObjection,
  type WithdrawObjectionErrorType,
  type WithdrawObjectionParameters,
  type WithdrawObjectionReturnType,
} from "./actions/withdrawObjection.js";
export {
  withdrawRound,
  type WithdrawRoundErrorType,
  type WithdrawRoundParameters,
  type WithdrawRoundReturnType,
} from "./actions/withdrawRound.js";
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
  type SetupErrorType,
} from "./phases/errors.js";
export type {
  PolicyActionKind,
  BudgetSpec,
  CellSafeSpec,
  CellSpec,
  ConstraintsSpec,
  ConversationSpec,
  DocumentSpec,
  DomainSpec,
  OrganizationPolicySpec,
  OrganizationSpec,
  PolicyParty,
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
