import type { BaseError } from "viem";
import type { MissingInstanceError, MissingWalletError } from "../client.js";
import type { OpGovContractError } from "../errors/contractBase.js";
import type { TransactionRevertedError } from "../internal/write.js";

/**
 * What any sending action may throw besides its own validation errors: no instance or wallet on
 * the client, a decoded contract revert, a transaction reverted after its simulation, or a
 * transport error from viem.
 */
export type WriteErrorType = MissingInstanceError | MissingWalletError | OpGovContractError | TransactionRevertedError | BaseError;
