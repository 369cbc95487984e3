import type { Hash } from "viem";
import type { OnProgress, ProgressEvent } from "../../sdk/index.js";
import { formatGas, shortHex } from "./text.js";

// Progress output for long jobs (the demo, `opgov apply`): headings per phase, one line per step
// with its transaction and gas, the SDK's `ProgressEvent`s, and the totals at the end. The line
// formatters are pure; `createProgressPrinter` writes them, counts transactions and gas, and
// remembers what was sent and what is in flight (so a failed job can say both).

/** A transaction a step sent: what every SDK write action returns has these two fields. */
export type StepTransaction = { readonly hash: Hash; readonly gasUsed: bigint };

/** Width of the label column, so hashes and gas line up. */
const LABEL_WIDTH = 70;

/**
 * A phase heading: a blank line, then `== title ==`.
 *
 * @example
 * ```ts
 * formatHeading("Formation"); // "\n== Formation =="
 * ```
 */
export function formatHeading(title: string): string {
  return `\n== ${title} ==`;
}

/**
 * One step: `  ✓ label … tx 0x1234…abcd  gas 61,234`, or `  · label` for a step that sent nothing.
 *
 * @example
 * ```ts
 * formatStep("alice spends 1 ETH", { hash: "0x…", gasUsed: 61234n });
 * ```
 */
export function formatStep(label: string, tx?: StepTransaction | undefined): string {
  if (!tx) return `  · ${label}`;
  const padded = label.length < LABEL_WIDTH ? label.padEnd(LABEL_WIDTH) : `${label} `;
  return `  ✓ ${padded}tx ${shortHex(tx.hash)}  gas ${formatGas(tx.gasUsed).padStart(10)}`;
}

/**
 * A detail line under a step: indented, prefixed with `→`.
 *
 * @example
 * ```ts
 * formatNote("spent 1 ETH of 5 ETH"); // "      → spent 1 ETH of 5 ETH"
 * ```
 */
export function formatNote(text: string): string {
  return text
    .split("\n")
    .map((line, i) => `      ${i === 0 ? "→" : " "} ${line}`)
    .join("\n");
}

/**
 * An SDK {@link ProgressEvent} as a line: `sent` as a step (with `[i/n]`), `skipped` with its
 * reason; `sending` gives `undefined` (the `sent` line follows).
 *
 * @example
 * ```ts
 * setupDao(client, spec, { onProgress: (e) => { const line = formatProgressEvent(e); if (line) console.log(line); } });
 * ```
 */
export function formatProgressEvent(event: ProgressEvent): string | undefined {
  const counter = event.total > 1 ? `[${event.index + 1}/${event.total}] ` : "";
  switch (event.type) {
    case "sending":
      return undefined;
    case "sent":
      return formatStep(`${counter}${shortenAddresses(event.step)}`, event);
    case "skipped":
      return `  · ${counter}${shortenAddresses(event.step)} (skipped: ${event.reason})`;
  }
}

/** Full addresses and hashes in a step's description, shortened to `0x1234…abcd`. */
function shortenAddresses(text: string): string {
  return text.replace(/0x[0-9a-fA-F]{40,64}\b/g, (hex) => shortHex(hex));
}

/** What a job sent in all. */
export type ProgressTotals = { transactions: number; gasUsed: bigint };

/** One transaction the printer counted: its label (or the SDK step), hash and gas. */
export type SentStep = { readonly step: string; readonly hash: Hash; readonly gasUsed: bigint };

/**
 * The closing line: transactions, gas and time.
 *
 * @example
 * ```ts
 * formatSummary({ transactions: 31, gasUsed: 21_000_000n }, 9_400); // "31 transactions, 21,000,000 gas, 9.4 s"
 * ```
 */
export function formatSummary(totals: ProgressTotals, elapsedMs: number): string {
  return `${totals.transactions} transaction${totals.transactions === 1 ? "" : "s"}, ${formatGas(totals.gasUsed)} gas, ${(elapsedMs / 1000).toFixed(1)} s`;
}

/** A progress printer: writes headings, steps and notes, and counts what was sent. */
export type ProgressPrinter = {
  /** Starts a group of steps (a phase). */
  heading(title: string): void;
  /** A step; with a transaction it is counted in the totals. */
  step(label: string, tx?: StepTransaction | undefined): void;
  /** A detail under the last step. */
  note(text: string): void;
  /** Any other line, as is. */
  line(text: string): void;
  /** Pass to the SDK's `setupX`/`completeCell` as `onProgress`: its transactions are printed and counted. */
  readonly onProgress: OnProgress;
  /** What has been sent so far. */
  totals(): ProgressTotals;
  /** Every transaction counted so far, in order. */
  sent(): readonly SentStep[];
  /**
   * The SDK step announced (`sending`) and not yet mined: after a failure, the one whose outcome
   * is unknown.
   */
  pending(): string | undefined;
};

/** What {@link createProgressPrinter} takes. */
export type CreateProgressPrinterParameters = {
  /** Where lines go (default: `process.stdout`, one line each). */
  write?: ((line: string) => void) | undefined;
};

/**
 * Creates a progress printer that writes each line through `write` and counts transactions and
 * gas, both from its own steps and from the SDK's progress events.
 *
 * @param parameters - where to write.
 * @returns the printer.
 * @example
 * ```ts
 * const progress = createProgressPrinter();
 * progress.heading("Conversation");
 * await setupConversation(client, spec, { onProgress: progress.onProgress });
 * const sent = await spendBudget(alice, { domain, token, to, amount });
 * progress.step("alice spends 1 ETH", sent);
 * console.log(formatSummary(progress.totals(), performance.now() - start));
 * ```
 */
export function createProgressPrinter(parameters: CreateProgressPrinterParameters = {}): ProgressPrinter {
  const write = parameters.write ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const totals: ProgressTotals = { transactions: 0, gasUsed: 0n };
  const sent: SentStep[] = [];
  let pending: string | undefined;
  const count = (step: string, tx: StepTransaction) => {
    totals.transactions += 1;
    totals.gasUsed += tx.gasUsed;
    sent.push({ step, hash: tx.hash, gasUsed: tx.gasUsed });
  };
  return {
    heading: (title) => write(formatHeading(title)),
    step: (label, tx) => {
      if (tx) count(label, tx);
      write(formatStep(label, tx));
    },
    note: (text) => write(formatNote(text)),
    line: (text) => write(text),
    onProgress: (event) => {
      pending = event.type === "sending" ? event.step : undefined;
      if (event.type === "sent") count(event.step, event);
      const line = formatProgressEvent(event);
      if (line !== undefined) write(line);
    },
    totals: () => ({ ...totals }),
    sent: () => [...sent],
    pending: () => pending,
  };
}
