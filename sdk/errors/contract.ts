import { BaseError, ContractFunctionRevertedError } from "viem";
import { OpGovError } from "./base.js";

/**
 * A revert of an opgov contract, decoded from its custom error: `errorName` is the Solidity
 * error (e.g. `OpGovInsufficientBudget`), `args` its arguments by name.
 */
export class OpGovContractError extends OpGovError {
  override name = "OpGovContractError";
  /** The Solidity custom error's name. */
  readonly errorName: string;
  /** Its arguments, by parameter name. */
  readonly args: Readonly<Record<string, unknown>>;

  constructor(errorName: string, args: Readonly<Record<string, unknown>>, options: { shortMessage?: string; details?: string; cause?: unknown } = {}) {
    super(options.shortMessage ?? `opgov reverted with ${errorName}.`, {
      details: options.details,
      cause: options.cause,
      metaMessages: Object.entries(args).map(([key, value]) => `  ${key}: ${String(value)}`),
    });
    this.errorName = errorName;
    this.args = args;
  }
}

/**
 * Finds the decoded custom error inside a viem error (simulate, estimate or write) and returns
 * it as an {@link OpGovContractError}; any other error comes back unchanged.
 */
export function decodeOpGovError(error: unknown): unknown {
  if (!(error instanceof BaseError)) return error;
  const reverted = error.walk((e) => e instanceof ContractFunctionRevertedError);
  if (!(reverted instanceof ContractFunctionRevertedError) || !reverted.data) return error;
  const { errorName, args = [], abiItem } = reverted.data;
  const inputs = "inputs" in abiItem ? abiItem.inputs : [];
  const named: Record<string, unknown> = {};
  inputs.forEach((input, i) => (named[input.name || `arg${i}`] = (args as readonly unknown[])[i]));
  return new OpGovContractError(errorName, named, { cause: error });
}
