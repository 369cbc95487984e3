import type { Hash } from "viem";
import type { ProgressEvent } from "../../sdk/internal/write.js";
import type { Io } from "./command.js";

// A small progress printer for the CLI (the demo's `scripts/render/` may have its own: dedupe at
// merge). One line per transaction: what, short hash, gas.

/** `0x1234…abcd`. */
export function shortHash(hash: Hash | string): string {
  return hash.length > 12 ? `${hash.slice(0, 6)}…${hash.slice(-4)}` : hash;
}

/** Gas with thousands separators: `1,234,567 gas`. */
export function formatGas(gas: bigint): string {
  return `${gas.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",")} gas`;
}

/** One transaction as the CLI prints it once mined. */
export function sentLine(what: string, hash: Hash, gasUsed: bigint): string {
  return `sent ${what} — ${shortHash(hash)}, ${formatGas(gasUsed)}`;
}

/** What a progress printer saw: the transactions announced and those mined. */
export type ProgressLog = {
  sent: { step: string; hash: Hash; gasUsed: bigint }[];
  /** The step announced last and not mined (the one in flight when something failed). */
  pending: string | undefined;
};

/**
 * An `onProgress` callback that prints one line per mined transaction on stderr (`[2/3] sent …
 * — 0x12ab…cdef, 21,000 gas`) and records what it saw, so a failure can say what was sent and
 * what was not.
 *
 * @param io - where to print.
 * @param offset - transactions sent by earlier steps of the same command (numbers continue).
 * @example
 * ```ts
 * const progress = progressPrinter(io);
 * await setupDao(client, spec, { onProgress: progress.onProgress });
 * ```
 */
export function progressPrinter(io: Io, log: ProgressLog = { sent: [], pending: undefined }) {
  const onProgress = (event: ProgressEvent) => {
    if (event.type === "sending") {
      log.pending = event.step;
      return;
    }
    if (event.type === "skipped") {
      io.err(`skipped ${event.step}: ${event.reason}`);
      return;
    }
    log.pending = undefined;
    log.sent.push({ step: event.step, hash: event.hash, gasUsed: event.gasUsed });
    io.err(`[${log.sent.length}] ${sentLine(event.step, event.hash, event.gasUsed)}`);
  };
  return { onProgress, log };
}
