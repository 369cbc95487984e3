import { HatsClient } from "@hatsprotocol/sdk-v1-core";
import type { Address, Hex } from "viem";
import type { OpGovClient } from "../../client.js";
import type { PlannedCall } from "../types.js";

/** A read-only Hats SDK client on the OpGov client's public client. */
export function hatsClientOf(client: OpGovClient): HatsClient {
  return new HatsClient({ chainId: client.deployment.chainId, publicClient: client.publicClient as never });
}

/** A hat's level in its own tree (0 for a top hat). */
export function hatLevel(hat: bigint): number {
  for (let level = 14; level >= 1; level--) {
    if ((hat >> BigInt(224 - 16 * level)) & 0xffffn) return level;
  }
  return 0;
}

/** The id of `admin`'s child number `index` (1-based). */
export function childHat(admin: bigint, index: number): bigint {
  return admin | (BigInt(index) << BigInt(224 - 16 * (hatLevel(admin) + 1)));
}

/** The top hat of a tree with this domain number. */
export const topHatOf = (domain: number): bigint => BigInt(domain) << 224n;

/** True for a top hat id. */
export const isTopHat = (hat: bigint): boolean => hat !== 0n && (hat & ((1n << 224n) - 1n)) === 0n;

/**
 * Hands out the ids the next hats created under each admin will get, in the order a plan
 * creates them (Hats numbers children 1, 2, … under each admin).
 */
export class HatAllocator {
  readonly #next = new Map<bigint, number>();
  readonly #hats: HatsClient;

  constructor(hats: HatsClient) {
    this.#hats = hats;
  }

  /** The id the next hat created under `admin` gets; counts it as created. */
  async allocate(admin: bigint): Promise<bigint> {
    let next = this.#next.get(admin);
    if (next === undefined) next = (await this.#hats.viewHat(admin)).numChildren + 1;
    this.#next.set(admin, next + 1);
    const hat = childHat(admin, next);
    this.#next.set(hat, 1);
    return hat;
  }
}

/** A Hats call for a plan (the Hats SDK encodes it). */
export function hatsCall(hats: Address, encoded: { callData: Hex }, description: string): PlannedCall {
  return { to: hats, data: encoded.callData, value: 0n, description };
}
