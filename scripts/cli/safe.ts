import type { Account, Address, Chain, Transport, WalletClient } from "viem";
import type { SafeExecution, ViaSafe } from "../../sdk/safe/viaSafe.js";
import type { CommandInput, Io, OptionSpec } from "./command.js";
import { loadSigner, walletFor, type ChainConnection } from "./context.js";
import { BadArgumentError } from "./errors.js";
import { addressOf } from "./org.js";
import { shortHex } from "../render/text.js";

// Acting through a Safe from the CLI: --via-safe names the Safe that wears the hat (the signer, one
// of its owners, executes the Safe transaction), --co-signer-key-file (repeatable) the other owners
// who sign it. Keys come from files only, never from the command line.

/** The co-signers' option, shared by the day-to-day commands and `opgov apply`. */
export const CO_SIGNER_OPTION = {
  type: "string",
  multiple: true,
  value: "PATH",
  description: "file holding a co-signing Safe owner's private key; repeat it until the owners reach the Safe's threshold (the signer counts as one)",
} as const satisfies OptionSpec;

/** The options of every day-to-day command that sends. */
export const SAFE_OPTIONS = {
  "via-safe": {
    type: "string",
    value: "ADDRESS",
    description: "act as this Safe (it wears the hat): the signer, an owner, executes a Safe transaction signed with the co-signers",
  },
  "co-signer-key-file": CO_SIGNER_OPTION,
} as const satisfies Record<string, OptionSpec>;

/** The key files given with `--co-signer-key-file`, in order. */
function coSignerFiles(values: CommandInput["values"]): string[] {
  const given = values["co-signer-key-file"];
  if (given === undefined) return [];
  return Array.isArray(given) ? given : [String(given)];
}

/**
 * Wallet clients for the co-signers' key files (a {@link BadKeyFileError} for a bad file).
 *
 * @example
 * ```ts
 * const signers = coSignersOf(values, connection, "apply");
 * ```
 */
export function coSignersOf(values: CommandInput["values"], connection: ChainConnection, command: string): WalletClient<Transport, Chain | undefined, Account>[] {
  return coSignerFiles(values).map((keyFile) => walletFor(connection, loadSigner({ command, keyFile })));
}

/**
 * The SDK's `via` for `--via-safe` and `--co-signer-key-file`, or nothing without `--via-safe`
 * (co-signers alone are a {@link BadArgumentError}).
 *
 * @example
 * ```ts
 * await proposeRound(org.client, { ...parameters, ...viaOf(values, org.connection, "propose") });
 * ```
 */
export function viaOf(values: CommandInput["values"], connection: ChainConnection, command: string): { via?: ViaSafe } {
  const safeText = values["via-safe"] as string | undefined;
  if (safeText === undefined) {
    if (coSignerFiles(values).length) throw new BadArgumentError("--co-signer-key-file signs a Safe transaction: pass --via-safe ADDRESS too.", { command });
    return {};
  }
  const safe = addressOf(safeText, "--via-safe");
  return { via: { safe, signers: coSignersOf(values, connection, command) } };
}

/**
 * Who acts: the Safe with `--via-safe`, else the signer.
 *
 * @example
 * ```ts
 * const mine = round.objections.some((o) => isAddressEqual(o.objector, actorOf(values, signer)));
 * ```
 */
export function actorOf(values: CommandInput["values"], signer: Address): Address {
  const safeText = values["via-safe"] as string | undefined;
  return safeText === undefined ? signer : addressOf(safeText, "--via-safe");
}

/**
 * One line saying which Safe acted and who signed, when a command went through one.
 *
 * @example
 * ```ts
 * printSafe(io, sent.safe);
 * ```
 */
export function printSafe(io: Io, safe: SafeExecution | undefined): void {
  if (!safe) return;
  io.out(`  as Safe ${safe.safe} (Safe tx ${shortHex(safe.safeTxHash)}, nonce ${safe.nonce}), signed by ${safe.signers.join(", ")}`);
}
