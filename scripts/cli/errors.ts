import { InvalidDeploymentRecordError, DeploymentNotFoundError } from "../../sdk/chains/deployments.js";
import { OpGovError, type OpGovErrorParameters } from "../../sdk/errors/base.js";
import { DeploymentFileError } from "../../deploy/deployments.js";
import { MissingPrerequisiteError } from "../../deploy/deployOpGov.js";
import { InvalidSpecError, SpecFileError } from "../spec/load.js";
import { OpGovContractError } from "../../sdk/errors/contractBase.js";
import {
  AlreadyObjectedError,
  CellPhaseError,
  InsufficientBudgetError,
  InvalidActionDataError,
  InvalidAddressError,
  InvalidAmountError,
  InvalidParameterError,
  NoStandingObjectionError,
  NotHatAdminError,
  NotWearerError,
  RoundContentMismatchError,
  RoundExistsError,
  RoundStateError,
  SpendingPausedError,
  TokenNotAllowedError,
  UnknownCellError,
  UnknownDomainError,
  UnknownRoundError,
  WindowOutOfBoundsError,
} from "../../sdk/errors/validation.js";
import { RoundNotFoundError } from "../../sdk/reads/errors.js";
import { TransactionRevertedError } from "../../sdk/internal/write.js";
import { NotASafeError, NotSafeOwnerError, SafeThresholdNotMetError } from "../../sdk/safe/errors.js";
import { InvalidSpecError as PhaseSpecError, SetupStalledError, SetupTransactionError, TreasuryNotOperableError } from "../../sdk/phases/errors.js";

/**
 * The CLI's exit codes. Documented in `opgov --help` and the README.
 */
export const EXIT = {
  /** Success. */
  ok: 0,
  /** An unexpected error (a bug, or a failure with no better code). */
  failure: 1,
  /** A bad command line: unknown command or option, bad or missing argument. */
  usage: 2,
  /** The RPC endpoint is unreachable, or the chain refused a request. */
  rpc: 3,
  /** No signer key, or a bad one. */
  key: 4,
  /** No opgov deployment for the chain (or the chain lacks Hats/Safe to deploy it), or a bad deployments file. */
  deployment: 5,
  /** The organisation spec is invalid or unreadable. */
  spec: 6,
  /** The command exists in the plan but is not available yet. */
  unavailable: 7,
  /** The signer does not wear the hat the action needs (or cannot execute the treasury Safe's transactions). */
  hat: 8,
  /** The domain's budget has not enough left this epoch (or spending is paused, or the token is not allowed). */
  budget: 9,
  /** The round is not in a state that allows the step (e.g. executing an open round). */
  roundState: 10,
  /** A transaction failed or reverted; for `apply`, what was sent before stays (re-run to continue). */
  transaction: 11,
} as const;

/** Base of the CLI's own errors: an {@link OpGovError} with the process exit code to use. */
export class CliError extends OpGovError {
  override name = "CliError";
  readonly exitCode: number;
  constructor(shortMessage: string, exitCode: number, parameters: OpGovErrorParameters = {}) {
    super(shortMessage, parameters);
    this.exitCode = exitCode;
  }
}

/** A bad command line. */
export class BadArgumentError extends CliError {
  override name = "BadArgumentError";
  constructor(shortMessage: string, { command, cause }: { command?: string | undefined; cause?: unknown } = {}) {
    super(shortMessage, EXIT.usage, { details: `See \`opgov ${command ? `${command} ` : ""}--help\`.`, cause });
  }
}

/** The JSON-RPC endpoint did not answer. */
export class RpcUnreachableError extends CliError {
  override name = "RpcUnreachableError";
  constructor({ url, cause }: { url: string; cause?: unknown }) {
    const reason = (cause as { shortMessage?: string; message?: string } | undefined)?.shortMessage ?? (cause as Error | undefined)?.message;
    super(`Cannot reach the JSON-RPC endpoint ${url}.`, EXIT.rpc, {
      ...(reason ? { metaMessages: [`Reason: ${reason.split("\n")[0]}`] } : {}),
      details: "Check the URL given with --rpc. For a local chain, start one with `opgov node` (default http://127.0.0.1:8545).",
      cause,
    });
  }
}

/** A command needs a signer and none was given. */
export class MissingKeyError extends CliError {
  override name = "MissingKeyError";
  constructor(command: string) {
    super(`\`opgov ${command}\` sends transactions and needs the signer's private key.`, EXIT.key, {
      details:
        "Set the environment variable OPGOV_PRIVATE_KEY, or pass --key-file PATH (a file holding the 0x-prefixed key). " +
        "A key is never accepted as a command-line argument: it would land in the shell history.",
    });
  }
}

/** The key file is missing, unreadable or does not hold a private key. */
export class BadKeyFileError extends CliError {
  override name = "BadKeyFileError";
  constructor({ path, problem, cause }: { path: string; problem: string; cause?: unknown }) {
    super(`The key file ${path} ${problem}.`, EXIT.key, {
      details: "It must hold one private key: 0x followed by 64 hex digits (surrounding whitespace is ignored).",
      cause,
    });
  }
}

/** OPGOV_PRIVATE_KEY does not hold a private key. */
export class BadKeyError extends CliError {
  override name = "BadKeyError";
  constructor(cause?: unknown) {
    super("OPGOV_PRIVATE_KEY does not hold a private key.", EXIT.key, {
      details: "It must be 0x followed by 64 hex digits.",
      cause,
    });
  }
}

/** Exit 7, reserved for a listed command that cannot run yet; no command throws it today. */
export class NotYetAvailableError extends CliError {
  override name = "NotYetAvailableError";
  constructor(command: string) {
    super(`\`opgov ${command}\` is not yet available.`, EXIT.unavailable, {
      details: "It needs the SDK's actions, reads and phase setup, which are being built. `opgov --help` lists what works today.",
    });
  }
}

/** A file the command would write exists already. */
export class FileExistsError extends CliError {
  override name = "FileExistsError";
  constructor(path: string) {
    super(`${path} exists already.`, EXIT.usage, { details: "Pass --force to overwrite it, or choose another path." });
  }
}

/** The organisation the command names is not on the chain (not applied yet, or another chain). */
export class OrganisationNotFoundError extends CliError {
  override name = "OrganisationNotFoundError";
  constructor(what: string) {
    super(`${what} is not on this chain.`, EXIT.deployment, {
      details: "Bring the organisation on-chain with `opgov apply <spec>` first, or check --rpc, --spec and --instance.",
    });
  }
}

/** Contract errors (by their Solidity name) with their own exit code. */
const CONTRACT_ERROR_CODES: Record<string, number> = {
  OpGovNotWearer: EXIT.hat,
  OpGovNotHatAdmin: EXIT.hat,
  OpGovInsufficientBudget: EXIT.budget,
  OpGovSpendingPaused: EXIT.budget,
  OpGovTokenNotAllowed: EXIT.budget,
  OpGovUnexpectedRoundState: EXIT.roundState,
};

/**
 * The exit code for any error: a {@link CliError}'s own code, a code by class for the errors of
 * the layers below, else {@link EXIT.failure}.
 */
export function exitCodeOf(error: unknown): number {
  if (error instanceof CliError) return error.exitCode;
  if (error instanceof NotWearerError || error instanceof NotHatAdminError || error instanceof TreasuryNotOperableError) return EXIT.hat;
  if (error instanceof NotSafeOwnerError || error instanceof SafeThresholdNotMetError) return EXIT.hat;
  if (error instanceof NotASafeError) return EXIT.usage;
  if (error instanceof InsufficientBudgetError || error instanceof SpendingPausedError || error instanceof TokenNotAllowedError) return EXIT.budget;
  if (error instanceof RoundStateError || error instanceof AlreadyObjectedError || error instanceof NoStandingObjectionError) return EXIT.roundState;
  if (error instanceof OpGovContractError) {
    const code = CONTRACT_ERROR_CODES[(error as { errorName?: string }).errorName ?? ""];
    if (code !== undefined) return code;
  }
  if (error instanceof SetupTransactionError) {
    const code = exitCodeOf(error.cause);
    return code === EXIT.failure ? EXIT.transaction : code;
  }
  if (error instanceof SetupStalledError || error instanceof TransactionRevertedError) return EXIT.transaction;
  if (
    error instanceof InvalidParameterError ||
    error instanceof InvalidAddressError ||
    error instanceof InvalidAmountError ||
    error instanceof InvalidActionDataError ||
    error instanceof WindowOutOfBoundsError ||
    error instanceof UnknownCellError ||
    error instanceof UnknownDomainError ||
    error instanceof UnknownRoundError ||
    error instanceof RoundNotFoundError ||
    error instanceof RoundContentMismatchError ||
    error instanceof RoundExistsError ||
    error instanceof CellPhaseError
  )
    return EXIT.usage;
  if (error instanceof PhaseSpecError) return EXIT.spec;
  if (isRpcFailure(error)) return EXIT.rpc;
  if (
    error instanceof DeploymentNotFoundError ||
    error instanceof InvalidDeploymentRecordError ||
    error instanceof DeploymentFileError ||
    error instanceof MissingPrerequisiteError
  )
    return EXIT.deployment;
  if (error instanceof InvalidSpecError || error instanceof SpecFileError) return EXIT.spec;
  return EXIT.failure;
}

/** A viem error caused by the transport (the node went away or timed out). */
export function isRpcFailure(error: unknown): boolean {
  for (let e = error as { name?: string; cause?: unknown } | undefined, depth = 0; e && depth < 8; e = e.cause as typeof e, depth++) {
    if (e.name === "HttpRequestError" || e.name === "TimeoutError" || e.name === "WebSocketRequestError") return true;
  }
  return false;
}
