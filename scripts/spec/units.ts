import { formatUnits, parseUnits } from "viem";

/**
 * The one place where an organisation spec's human units become chain units: durations such as
 * `30d` become seconds, amounts such as `"1000 TUSD"` become the token's base units.
 */

/** Seconds per duration unit a spec may use. */
export const DURATION_UNITS = { s: 1, m: 60, h: 3_600, d: 86_400, w: 604_800 } as const;

/** A day and the longest epoch or window, in seconds (`MIN_EPOCH`, `MAX_EPOCH`, `MAX_WINDOW` in OpGovBase). */
export const DAY = 86_400;
export const MIN_EPOCH = DAY;
export const MAX_EPOCH = 366 * DAY;
export const MAX_WINDOW = 366 * DAY;

/** The largest amount a budget word holds (`uint96`). */
export const MAX_UINT96 = 2n ** 96n - 1n;

/**
 * Parses a duration written with a unit: `90s`, `45m`, `12h`, `30d`, `2w`.
 *
 * @param text - The duration.
 * @returns Seconds, or `undefined` when `text` is not a duration.
 * @example
 * ```ts
 * parseDuration("30d"); // 2_592_000
 * ```
 */
export function parseDuration(text: string): number | undefined {
  const match = /^([1-9][0-9]{0,9}|0)\s*(s|m|h|d|w)$/.exec(text.trim());
  if (!match) return undefined;
  const seconds = Number(match[1]) * DURATION_UNITS[match[2] as keyof typeof DURATION_UNITS];
  return Number.isSafeInteger(seconds) ? seconds : undefined;
}

/**
 * Writes seconds back in the largest unit that divides them (`2592000` → `30d`).
 *
 * @example
 * ```ts
 * formatDuration(86_400 * 7); // "1w"
 * ```
 */
export function formatDuration(seconds: number): string {
  for (const unit of ["w", "d", "h", "m"] as const) {
    const size = DURATION_UNITS[unit];
    if (seconds >= size && seconds % size === 0) return `${seconds / size}${unit}`;
  }
  return `${seconds}s`;
}

/** An amount as written in a spec, split into its number and token symbol. */
export type WrittenAmount = { amount: string; token: string };

/**
 * Splits `"1000 TUSD"` (or `"1_000.5 ETH"`) into `{ amount: "1000", token: "TUSD" }`.
 *
 * @returns The parts, or `undefined` when `text` is not `<number> <SYMBOL>`.
 * @example
 * ```ts
 * splitAmount("2,000 TUSD"); // undefined: write 2000 or 2_000
 * ```
 */
export function splitAmount(text: string): WrittenAmount | undefined {
  const match = /^\s*([0-9][0-9_]*(?:\.[0-9]+)?)\s+([A-Za-z][A-Za-z0-9]{0,10})\s*$/.exec(text);
  if (!match) return undefined;
  return { amount: match[1]!.replaceAll("_", ""), token: match[2]! };
}

/**
 * Converts a decimal amount to base units, refusing more decimals than the token has.
 *
 * @param amount - A decimal string such as `"1000"` or `"0.5"`.
 * @param decimals - The token's decimals.
 * @returns The amount in base units, or `undefined` when it has too many decimals.
 * @example
 * ```ts
 * toBaseUnits("1000", 6); // 1_000_000_000n
 * ```
 */
export function toBaseUnits(amount: string, decimals: number): bigint | undefined {
  const fraction = amount.split(".")[1] ?? "";
  if (fraction.length > decimals) return undefined;
  return parseUnits(amount, decimals);
}

/**
 * Formats base units as `"<amount> <SYMBOL>"`.
 *
 * @example
 * ```ts
 * formatAmount(1_000_000_000n, { symbol: "TUSD", decimals: 6 }); // "1000 TUSD"
 * ```
 */
export function formatAmount(amount: bigint, token: { symbol: string; decimals: number }): string {
  return `${formatUnits(amount, token.decimals)} ${token.symbol}`;
}
