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
  Constraints,
  DecodedAction,
  DocumentRef,
  Domain,
  HatRef,
  Objection,
  ObjectionStatusName,
  PartyName,
  PhaseName,
  RawAction,
  Round,
  RoundContent,
  RoundStateName,
  RoundStatusName,
  RoundStatusView,
  TokenPolicy,
} from "./reads/types.js";
