import { InvalidDeploymentRecordError, DeploymentNotFoundError } from "../../sdk/chains/deployments.js";
import { OpGovError, type OpGovErrorParameters } from "../../sdk/errors/base.js";
import { DeploymentFileError } from "../../deploy/deployments.js";
import { MissingPrerequisiteError } from "../../deploy/deployOpGov.js";
import { InvalidSpecError, SpecFileError } from "../spec/load.js";

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

/** The command is part of opgov's plan but needs SDK parts that are not there yet. */
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

/**
 * The exit code for any error: a {@link CliError}'s own code, a code by class for the errors of
 * the layers below, else {@link EXIT.failure}.
 */
export function exitCodeOf(error: unknown): number {
  if (error instanceof CliError) return error.exitCode;
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
