import { formatEther, type Address } from "viem";
import { ActionKind, enumName, Phase, RoundState } from "../encoding/types.js";

// Readable renderings of the values errors carry: hat ids in hex, amounts with their token,
// times as ISO dates, durations in days/hours, enum values by name.

const NATIVE = "0x0000000000000000000000000000000000000000";

/**
 * A hat id as Hats shows it: 0x and 64 hex digits.
 *
 * @param hat - the hat id.
 * @returns the id in hex.
 * @example
 * ```ts
 * formatHat(1n << 224n); // "0x00000001000…0"
 * ```
 */
export function formatHat(hat: bigint): string {
  return `0x${hat.toString(16).padStart(64, "0")}`;
}

/**
 * An amount of a token: ETH for the native token, raw base units (and the token) otherwise.
 *
 * @param amount - the amount in base units.
 * @param token - the token (the zero address for the native token); omitted: the bare number.
 * @returns the amount in words.
 * @example
 * ```ts
 * formatAmount(10n ** 18n, zeroAddress); // "1 ETH (1000000000000000000 wei)"
 * ```
 */
export function formatAmount(amount: bigint, token?: Address | undefined): string {
  if (token === undefined) return amount.toString();
  if (token.toLowerCase() === NATIVE) return `${formatEther(amount)} ETH (${amount} wei)`;
  return `${amount} base units of token ${token}`;
}

/**
 * A unix time in seconds as an ISO date.
 *
 * @param seconds - unix seconds.
 * @returns the ISO date, or the number when it is out of range.
 * @example
 * ```ts
 * formatTime(0); // "1970-01-01T00:00:00.000Z"
 * ```
 */
export function formatTime(seconds: bigint | number): string {
  const ms = Number(seconds) * 1000;
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : `${String(seconds)} (unix seconds)`;
}

/**
 * A duration in seconds, with days, hours or minutes when it is a whole number of them.
 *
 * @param seconds - the duration.
 * @returns e.g. `3600 s (1 h)` or `1209600 s (14 d)`.
 * @example
 * ```ts
 * formatDuration(14 * 86_400); // "1209600 s (14 d)"
 * ```
 */
export function formatDuration(seconds: bigint | number): string {
  const s = Number(seconds);
  const readable = s % 86_400 === 0 && s > 0 ? `${s / 86_400} d` : s % 3600 === 0 && s > 0 ? `${s / 3600} h` : s % 60 === 0 && s > 0 ? `${s / 60} min` : undefined;
  return readable ? `${s} s (${readable})` : `${s} s`;
}

/** A phase by name. */
export function formatPhase(phase: number | bigint): string {
  return enumName(Phase, phase);
}

/** An action kind by name. */
export function formatKind(kind: number | bigint): string {
  return enumName(ActionKind, kind);
}

/** A round state by name. */
export function formatRoundState(state: number | bigint): string {
  return enumName(RoundState, state);
}

/** The states a `bytes32` state mask allows (bit i = `RoundState(i)`), by name. */
export function formatStateMask(mask: `0x${string}` | bigint): string {
  const bits = typeof mask === "bigint" ? mask : BigInt(mask);
  const names: string[] = [];
  for (let i = 0; i < 10; i++) if ((bits >> BigInt(i)) & 1n) names.push(formatRoundState(i));
  return names.length ? names.join(" or ") : "none";
}
