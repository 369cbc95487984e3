import { getAddress } from "viem";
import { describe, expect, it } from "vitest";
import { MissingInstanceError, MissingWalletError, requireInstance, requireWallet, withInstance } from "../../sdk/client.js";
import { loadLocalChain } from "../fixtures/chain.js";
import { sdkClient } from "../fixtures/sdk.js";

describe("createOpGovClient", () => {
  it("refuses to send without a wallet and to act without an instance, with named errors", async () => {
    const chain = await loadLocalChain();
    const reader = sdkClient(chain, undefined);
    expect(() => requireWallet(reader, "spend")).toThrow(MissingWalletError);
    expect(() => requireInstance(reader)).toThrow(MissingInstanceError);
    const pointed = withInstance(reader, chain.addresses.opgov.factory);
    expect(requireInstance(pointed)).toBe(chain.addresses.opgov.factory);
    expect(Object.isFrozen(pointed)).toBe(true);
    expect(getAddress(requireWallet(sdkClient(chain, "alice"), "spend").account.address)).toBe(chain.actors.alice);
  });
});
