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
