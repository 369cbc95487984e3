import { getAddress } from "viem";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SAFE_1_5_0_CANONICAL_ADDRESSES } from "../../sdk/chains/addresses.js";
import { CanonicalAddressMismatchError, SafeDeploymentNotListedError } from "../../deploy/local/errors.js";
import { planSafeDeployments } from "../../deploy/local/safe.js";
import type { CanonicalSafeDeployment } from "../../deploy/safeDeployments.js";

// safe-deployments as seen by the bootstrap, with one entry replaced per test.
const replaced = vi.hoisted(() => ({ entries: new Map<string, CanonicalSafeDeployment | undefined>() }));
vi.mock("../../deploy/safeDeployments.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../deploy/safeDeployments.js")>();
  return {
    ...original,
    getCanonicalSafeDeployment: (name: Parameters<typeof original.getCanonicalSafeDeployment>[0]) =>
      replaced.entries.has(name) ? replaced.entries.get(name) : original.getCanonicalSafeDeployment(name),
  };
});
afterEach(() => replaced.entries.clear());

describe("planSafeDeployments", () => {
  it("throws CanonicalAddressMismatchError naming the contract when its canonical address differs from where it would land", () => {
    const elsewhere = getAddress("0x000000000000000000000000000000000000dead");
    replaced.entries.set("multiSend", { contractName: "MultiSend", address: elsewhere, codeHash: "0x00" });
    const error = (() => {
      try {
        return planSafeDeployments();
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CanonicalAddressMismatchError);
    expect(error).toMatchObject({
      name: "CanonicalAddressMismatchError",
      contract: "MultiSend",
      computed: SAFE_1_5_0_CANONICAL_ADDRESSES.multiSend,
      canonical: elsewhere,
    });
  });

  it("throws SafeDeploymentNotListedError when safe-deployments lists no canonical deployment", () => {
    replaced.entries.set("safeProxyFactory", undefined);
    expect(() => planSafeDeployments()).toThrow(SafeDeploymentNotListedError);
    expect(() => planSafeDeployments()).toThrow("safe-deployments lists no canonical Safe 1.5.0 deployment of SafeProxyFactory.");
  });

  it("plans the canonical addresses when safe-deployments is unchanged", () => {
    expect(Object.fromEntries(planSafeDeployments().map(({ name, address }) => [name, address]))).toEqual(SAFE_1_5_0_CANONICAL_ADDRESSES);
  });
});
