import { HATS_ABI } from "@hatsprotocol/sdk-v1-core";
import { BaseError, ContractFunctionRevertedError, decodeErrorResult, type Abi, type Hex } from "viem";
import { opgovAbi } from "../abis/opgov.js";
import { opgovFactoryAbi } from "../abis/opgovFactory.js";
import { OpGovContractError } from "./contractBase.js";
import { opgovErrorClasses } from "./opgov.js";

export { OpGovContractError };

/** Every custom error a call into opgov can bubble up: opgov's, its factory's and Hats v1's. */
const revertAbi: Abi = [...opgovAbi, ...opgovFactoryAbi, ...(HATS_ABI as Abi)].filter((item) => item.type === "error");

type NamedClass = new (args: never, cause?: unknown) => OpGovContractError;

/** The error as its named class (or a plain {@link OpGovContractError}), arguments by name. */
function named(errorName: string, abiItem: { inputs?: readonly { name?: string | undefined }[] } | undefined, args: readonly unknown[] | undefined, cause: unknown): OpGovContractError {
  const values: Record<string, unknown> = {};
  (abiItem?.inputs ?? []).forEach((input, i) => (values[input.name || `arg${i}`] = args?.[i]));
  const known = (opgovErrorClasses as Record<string, NamedClass>)[errorName];
  return known ? new known(values as never, cause) : new OpGovContractError(errorName, values, { cause });
}

/** The first revert data (`0x` + selector…) found in a viem error's chain, if any. */
function revertData(error: BaseError): Hex | undefined {
  const reverted = error.walk((e) => e instanceof ContractFunctionRevertedError);
  if (reverted instanceof ContractFunctionRevertedError && reverted.raw) return reverted.raw;
  const withData = error.walk((e) => {
    const data = (e as { data?: unknown }).data;
    return typeof data === "string" && data.startsWith("0x") && data.length >= 10;
  });
  return (withData as { data?: Hex } | null)?.data;
}

/**
 * Finds the custom error inside a viem error (simulate, estimate, write, or a raw
 * `sendTransaction`) and returns it as its named class (e.g. {@link OpGovInsufficientBudgetError};
 * every class is in `opgovErrorClasses`), or as a plain {@link OpGovContractError} for an error
 * without one (the factory's, Hats v1's); any other error comes back unchanged.
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
  if (reverted instanceof ContractFunctionRevertedError && reverted.data) {
    return named(reverted.data.errorName, reverted.data.abiItem as never, reverted.data.args as readonly unknown[] | undefined, error);
  }
  const data = revertData(error);
  if (!data) return error;
  try {
    const decoded = decodeErrorResult({ abi: revertAbi, data });
    return named(decoded.errorName, decoded.abiItem as never, decoded.args as readonly unknown[] | undefined, error);
  } catch {
    return error;
  }
}
