import type { Address } from "viem";
import type { MissingWalletError } from "../client.js";
import { OpGovError } from "../errors/base.js";
import type { OpGovContractError } from "../errors/contractBase.js";

/** The operator and the co-signers are fewer owners of the treasury Safe than its threshold. */
export class TreasuryNotOperableError extends OpGovError {
  override name = "TreasuryNotOperableError";
  constructor(treasury: Address, operator: Address, owners: readonly Address[], threshold: bigint | number) {
    super(`The operator ${operator} and the co-signers cannot execute transactions of the treasury Safe ${treasury}.`, {
      metaMessages: [`  owners: ${owners.join(", ")}`, `  threshold: ${threshold}`],
      details:
        "Setup acts as the community through the treasury Safe: the operator (if an owner) and the `signers` passed to the setup must be at least `threshold` owners.",
    });
  }
}

/** The spec is inconsistent (unknown key, duplicate key, a cycle, a missing hat). Nothing was sent. */
export class InvalidSpecError extends OpGovError {
  override name = "InvalidSpecError";
  constructor(problem: string, details?: string) {
    super(`Invalid organisation spec: ${problem}`, { details });
  }
}

/** A phase's setup needs an earlier phase done first (e.g. Formation before the instance exists). */
export class PhaseNotReadyError extends OpGovError {
  override name = "PhaseNotReadyError";
  constructor(phase: string, missing: string) {
    super(`${phase} cannot be set up yet: ${missing}.`, { details: "Run the earlier phase's setup first (or setupDao for all of them)." });
  }
}

/** The client's instance is not the one the spec describes. */
export class InstanceMismatchError extends OpGovError {
  override name = "InstanceMismatchError";
  constructor(instance: Address, what: string) {
    super(`The opgov instance ${instance} does not match the spec: ${what}.`, {
      details: "Point the client at the spec's instance, or fix the spec.",
    });
  }
}

/** A setup transaction failed; earlier ones stay on-chain and a re-run continues from there. */
export class SetupTransactionError extends OpGovError {
  override name = "SetupTransactionError";
  /** The failing transaction's description. */
  readonly step: string;
  constructor(step: string, cause: unknown) {
    super(`Setup transaction failed: ${step}`, {
      cause,
      details: `${(cause as { shortMessage?: string; message?: string })?.shortMessage ?? (cause as Error)?.message ?? String(cause)}. Transactions already mined stay; run the setup again to continue from there.`,
    });
    this.step = step;
  }
}

/** The setup planned the same transaction again after sending it: the chain did not change as expected. */
export class SetupStalledError extends OpGovError {
  override name = "SetupStalledError";
  constructor(step: string) {
    super(`Setup made no progress: it would send "${step}" again.`, {
      details: "The transaction succeeded but the state it should create is not visible. Check the spec and the deployment addresses.",
    });
  }
}

/**
 * What any phase setup may throw: a spec the chain contradicts, a treasury the operator cannot
 * run, an instance at the predicted address with other settings, no wallet, a failed or stalled
 * transaction, or a contract revert (as its named class).
 */
export type SetupErrorType =
  | InvalidSpecError
  | TreasuryNotOperableError
  | InstanceMismatchError
  | MissingWalletError
  | SetupTransactionError
  | SetupStalledError
  | OpGovContractError;
