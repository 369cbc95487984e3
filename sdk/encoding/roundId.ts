import { encodeAbiParameters, keccak256, type Address, type Hex } from "viem";
import type { RoundContent } from "./types.js";

const commitmentLayout = [
  { name: "instance", type: "address" },
  { name: "scope", type: "uint256" },
  { name: "salt", type: "bytes32" },
  { name: "objectorHats", type: "uint256[]" },
  {
    name: "actions",
    type: "tuple[]",
    components: [
      { name: "kind", type: "uint8" },
      { name: "data", type: "bytes" },
    ],
  },
  { name: "rationaleHash", type: "bytes32" },
] as const;

/**
 * The commitment a round's content hashes to in one opgov instance, computed client-side (the
 * same as the lens's `roundCommitment`). For the content a round was proposed with, this is the
 * round's id; for an amended revision it is the commitment `execute` checks.
 *
 * @param parameters - the opgov instance (the commitment includes it) and the content.
 * @returns the 32-byte commitment.
 * @example
 * ```ts
 * const id = roundId({ instance, content });
 * ```
 */
export function roundId(parameters: { instance: Address; content: RoundContent }): Hex {
  const { instance, content } = parameters;
  return keccak256(
    encodeAbiParameters(commitmentLayout, [
      instance,
      content.scope,
      content.salt,
      content.objectorHats,
      content.actions.map((a) => ({ kind: a.kind, data: a.data })),
      content.rationaleHash,
    ]),
  );
}
