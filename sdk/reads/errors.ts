import { UnknownRoundError } from "../errors/validation.js";

/**
 * The round reads' name for {@link UnknownRoundError} (the same class: `instanceof` either works).
 *
 * @deprecated Use `UnknownRoundError`; this alias stays for code written against the first reads.
 */
export const RoundNotFoundError = UnknownRoundError;
/** @deprecated Use `UnknownRoundError`. */
export type RoundNotFoundError = UnknownRoundError;
