import { formatUnits, getAddress, isAddressEqual, zeroAddress, type Address } from "viem";
import { formatTime } from "../../sdk/index.js";

// Small text helpers shared by the renderers: short hex, gas with separators, token amounts with
// their symbols, compact durations and dates, and plain-text tables. Pure functions, no I/O.

/** How a token is shown: its symbol and decimals. */
export type TokenInfo = { readonly symbol: string; readonly decimals: number };

/** Display names for what the chain only knows by id or address; every field is optional. */
export type RenderLabels = {
  /** Tokens by address (any case); the native coin is `ETH` with 18 decimals unless given. */
  readonly tokens?: Readonly<Record<string, TokenInfo>> | undefined;
  /** Cell names by cell id (decimal string, as `String(id)`). */
  readonly cells?: Readonly<Record<string, string>> | undefined;
  /** Domain names by domain id. */
  readonly domains?: Readonly<Record<number, string>> | undefined;
  /** Names of accounts (people, Safes) by address (any case). */
  readonly accounts?: Readonly<Record<string, string>> | undefined;
  /** Names of rounds by round id (any case). */
  readonly rounds?: Readonly<Record<string, string>> | undefined;
};

const NATIVE: TokenInfo = { symbol: "ETH", decimals: 18 };

function lookup<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  if (!record) return undefined;
  if (key in record) return record[key];
  const lower = key.toLowerCase();
  for (const [k, v] of Object.entries(record)) if (k.toLowerCase() === lower) return v;
  return undefined;
}

/**
 * A hex string cut to its first and last characters: `0x1234…abcd`.
 *
 * @example
 * ```ts
 * shortHex("0x1234567890abcdef1234567890abcdef12345678"); // "0x1234…5678"
 * ```
 */
export function shortHex(hex: string, head = 4, tail = 4): string {
  return hex.length <= 2 + head + tail + 1 ? hex : `${hex.slice(0, 2 + head)}…${hex.slice(-tail)}`;
}

/**
 * A whole number with thousands separators: `1,234,567`.
 *
 * @example
 * ```ts
 * formatGas(1234567n); // "1,234,567"
 * ```
 */
export function formatGas(gas: bigint | number): string {
  return BigInt(gas).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * The display info of a token: from the labels, `ETH` for the zero address, else a short address
 * and 0 decimals (base units).
 *
 * @example
 * ```ts
 * tokenInfo("0x0000000000000000000000000000000000000000"); // { symbol: "ETH", decimals: 18 }
 * ```
 */
export function tokenInfo(token: Address, labels: RenderLabels = {}): TokenInfo {
  const known = lookup(labels.tokens, token);
  if (known) return known;
  if (isAddressEqual(token, zeroAddress)) return NATIVE;
  return { symbol: shortHex(getAddress(token)), decimals: 0 };
}

/**
 * An amount in a token's units with its symbol: `1,500.25 TUSD`.
 *
 * @example
 * ```ts
 * formatTokenAmount(1500n * 10n ** 18n, zeroAddress); // "1,500 ETH"
 * ```
 */
export function formatTokenAmount(amount: bigint, token: Address, labels: RenderLabels = {}): string {
  const { symbol, decimals } = tokenInfo(token, labels);
  return `${formatNumber(amount, decimals)} ${symbol}`;
}

/**
 * A base-unit amount in decimal units with thousands separators and no trailing zeros.
 *
 * @example
 * ```ts
 * formatNumber(1234500000000000000000n, 18); // "1,234.5"
 * ```
 */
export function formatNumber(amount: bigint, decimals: number): string {
  const [whole = "0", fraction] = formatUnits(amount, decimals).split(".");
  const negative = whole.startsWith("-");
  const digits = (negative ? whole.slice(1) : whole).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}${digits}${fraction ? `.${fraction}` : ""}`;
}

/**
 * A duration in seconds, compact: `30d`, `12h`, `1h30m`, `45s`.
 *
 * @example
 * ```ts
 * formatSpan(7 * 86400); // "7d"
 * ```
 */
export function formatSpan(seconds: number): string {
  if (seconds <= 0) return "0s";
  const parts: string[] = [];
  let rest = seconds;
  for (const [unit, size] of [["d", 86_400], ["h", 3_600], ["m", 60], ["s", 1]] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return parts.slice(0, 2).join("");
}

/**
 * A Unix time as a compact UTC date, `2026-11-21 07:00Z` (the SDK's `formatTime`, shortened).
 *
 * @example
 * ```ts
 * formatDate(0); // "1970-01-01 00:00Z"
 * ```
 */
export function formatDate(seconds: number | bigint): string {
  const iso = formatTime(seconds);
  return /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(iso) ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}Z` : iso;
}

/** The label of a cell: its name, or `cell <dotted hat id>`. */
export function cellName(id: bigint, labels: RenderLabels = {}): string {
  return lookup(labels.cells, String(id)) ?? `cell ${hatIp(id)}`;
}

/** The label of a domain: its name, or `domain #<id>`. */
export function domainName(id: number, labels: RenderLabels = {}): string {
  return labels.domains?.[id] ?? `domain #${id}`;
}

/** The label of an account: its name, or its short address. */
export function accountName(address: Address, labels: RenderLabels = {}): string {
  return lookup(labels.accounts, address) ?? shortHex(getAddress(address));
}

/** The label of a round: its name and short id, or the short id alone. */
export function roundName(round: string, labels: RenderLabels = {}): string {
  const name = lookup(labels.rounds, round);
  return name ? `"${name}" (${shortHex(round)})` : `round ${shortHex(round)}`;
}

/** How a column is aligned. */
export type Align = "left" | "right";

/**
 * A plain-text table: a header row, a rule, then the rows; columns padded to their widest cell.
 *
 * @param headers - the column titles.
 * @param rows - the cells, as strings.
 * @param align - per column (default left).
 * @param indent - spaces before every line.
 * @returns the lines joined with `\n` (no trailing newline).
 * @example
 * ```ts
 * table(["domain", "spent"], [["ops", "1 ETH"]], ["left", "right"]);
 * ```
 */
export function table(headers: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[] = [], indent = 2): string {
  const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ""))));
  const pad = (cell: string, i: number) => {
    const fill = " ".repeat(widths[i]! - width(cell));
    return align[i] === "right" ? fill + cell : cell + fill;
  };
  const line = (cells: readonly string[]) => " ".repeat(indent) + headers.map((_, i) => pad(cells[i] ?? "", i)).join("  ").trimEnd();
  return [line(headers), " ".repeat(indent) + widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** Display width of a string (code points; the renderers use no wide characters). */
function width(text: string): number {
  return [...text].length;
}

/**
 * A hat id in the dotted form Hats apps show (`1.1.2`): the top-hat domain, then each non-empty
 * 16-bit level.
 *
 * @example
 * ```ts
 * hatIp((1n << 224n) | (1n << 208n)); // "1.1"
 * ```
 */
export function hatIp(id: bigint): string {
  const levels: bigint[] = [];
  for (let level = 1; level <= 14; level++) levels.push((id >> BigInt(224 - 16 * level)) & 0xffffn);
  while (levels.length > 0 && levels[levels.length - 1] === 0n) levels.pop();
  return [id >> 224n, ...levels].map(String).join(".");
}
