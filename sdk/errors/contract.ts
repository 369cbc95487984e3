import { BaseError, ContractFunctionRevertedError } from "viem";
import { OpGovContractError } from "./contractBase.js";
import { opgovErrorClasses } from "./opgov.js";

export { OpGovContractError };

/**
 * Finds the decoded custom error inside a viem error (simulate, estimate or write) and returns
 * it as its named class (e.g. {@link OpGovInsufficientBudgetError}, every class is in
 * `opgovErrorClasses`), or as a plain {@link OpGovContractError} for an error without one;
 * any other error comes back unchanged.
 *
 * @param error - what a viem call threw.
 * @returns the named opgov error, or `error` itself.
 * @example
 * ```ts
 * try {
 *   await publicClient.simulateContract({ abi: opgovAbi, address, functionName: "spend", args, account });
 * } catch (error) {
 *   const decoded = decodeOpGovError(error);
 *   if (decoded instanceof OpGovInsufficientBudgetError) console.log(decoded.args.remaining);
 * }
 * ```
 */
export function decodeOpGovError(error: unknown): unknown {
  if (!(error instanceof BaseError)) return error;
  const reverted = error.walk((e) => e instanceof ContractFunctionRevertedError);
  if (!(reverted instanceof ContractFunctionRevertedError) || !reverted.data) return error;
  const { errorName, args = [], abiItem } = reverted.data;
  const inputs = "inputs" in abiItem ? abiItem.inputs : [];
  const named: Record<string, unknown> = {};
  inputs.forEach((input, i) => (named[input.name || `arg${i}`] = (args as readonly unknown[])[i]));
  const known = (opgovErrorClasses as Record<string, new (args: never, cause?: unknown) => OpGovContractError>)[errorName];
  return known ? new known(named as never, error) : new OpGovContractError(errorName, named, { cause: error });
}
