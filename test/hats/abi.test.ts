import hre from "hardhat";
import type { Abi, AbiParameter } from "viem";
import { describe, expect, it } from "vitest";
import { HatsSdk } from "./hatsSdk.js";

// The Hats v1 ABI as the Hats SDK ships it: the contract the SDK, and opgov, expect at Hats' address.
const SDK_ABI = HatsSdk.HATS_ABI as Abi;
const compat = await hre.artifacts.readArtifact("HatsCompat");
const COMPAT_ABI = compat.abi as Abi;

/** Everything about an ABI item that callers depend on, as one comparable string. */
function shape(item: Abi[number]): string {
  const params = (ps: readonly AbiParameter[], withNames: boolean): string =>
    ps
      .map((p) => {
        const indexed = "indexed" in p && p.indexed ? " indexed" : "";
        return `${p.type}${indexed}${withNames ? ` ${p.name ?? ""}` : ""}`;
      })
      .join(",");
  switch (item.type) {
    case "function":
      // Positional for callers: parameter names do not matter, types and mutability do.
      return `function ${item.name}(${params(item.inputs, false)}) ${item.stateMutability} returns (${params(item.outputs, false)})`;
    case "event":
      // viem and the SDK read event arguments by name.
      return `event ${item.name}(${params(item.inputs, true)})${item.anonymous ? " anonymous" : ""}`;
    case "error":
      return `error ${item.name}(${params(item.inputs, true)})`;
    default:
      return item.type;
  }
}

const sdkShapes = new Set(SDK_ABI.filter((i) => i.type !== "constructor").map(shape));
const compatShapes = new Set(COMPAT_ABI.map(shape));

describe("HatsCompat ABI", () => {
  it("has every function, event and error of the Hats v1 ABI the SDK ships, with the same shape", () => {
    const missing = [...sdkShapes].filter((s) => !compatShapes.has(s));
    expect(missing).toEqual([]);
  });

  it("adds nothing to the Hats v1 ABI but its two named errors", () => {
    const extra = [...compatShapes].filter((s) => !sdkShapes.has(s));
    expect(extra.sort()).toEqual([
      "error HatsCompatMaxChildrenReached(uint256 admin)",
      "error HatsCompatTransferDisabled()",
    ]);
  });

  it("keeps Hats' function parameter names, so viem's decoded call data reads the same", () => {
    const names = (abi: Abi) =>
      new Map(
        abi.flatMap((i) =>
          i.type === "function" ? [[`${i.name}/${i.inputs.length}`, i.inputs.map((p) => p.name ?? "")]] : [],
        ),
      );
    const sdk = names(SDK_ABI);
    const ours = names(COMPAT_ABI);
    // Unnamed in Hats (public mapping getters and disabled ERC-1155 functions) may be named here.
    for (const [key, sdkNames] of sdk) {
      const ourNames = ours.get(key);
      expect(ourNames, key).toBeDefined();
      sdkNames.forEach((name, i) => {
        if (name !== "") expect(ourNames?.[i], `${key} parameter ${i}`).toBe(name);
      });
    }
  });
});
