import type { BaseError } from "viem";
import type { MissingInstanceError, MissingWalletError } from "../client.js";
import type { OpGovContractError } from "../errors/contractBase.js";
import type { TransactionRevertedError } from "../internal/write.js";
import type { NotASafeError, NotSafeOwnerError, SafeThresholdNotMetError } from "../safe/errors.js";

/**
 * What any sending action may throw besides its own validation errors: no instance or wallet on
 * the client, a decoded contract revert, a transaction reverted after its simulation, a
 * transport error from viem, or (with `via`) a Safe the wallet and co-signers cannot operate.
 */
export type WriteErrorType =
  | MissingInstanceError
  | MissingWalletError
  | OpGovContractError
  | TransactionRevertedError
  | BaseError
  | NotASafeError
  | NotSafeOwnerError
  | SafeThresholdNotMetError;
