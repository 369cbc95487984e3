import { beforeEach, describe, expect, it } from "vitest";
import { as } from "../../test/fixtures/org.js";
import { InvalidAddressError, InvalidParameterError, NotWearerError } from "../errors/validation.js";
import { expectNothingSent, loadActionsFixture, type ActionsFixture } from "../../test/fixtures/actions.js";
import { setTokenPolicy } from "./setTokenPolicy.js";

describe("setTokenPolicy", () => {
  let f: ActionsFixture;
  beforeEach(async () => {
    f = await loadActionsFixture();
  });

  it("allows a token with a cap, and disallows it", async () => {
    const { org, chain, client } = f;
    const token = chain.actors.dave; // any address: opgov only records the policy
    const { set } = await setTokenPolicy(client("community"), { token, allowed: true, capPerDomain: 1000n });
    expect(set.args).toEqual({ token, allowed: true, capPerDomain: 1000n });
    const { opgov } = await as(chain, org, "stranger");
    expect(await opgov.read.tokenPolicy([token])).toEqual([true, 1000n]);
    await setTokenPolicy(client("community"), { token, allowed: false, capPerDomain: 0n });
    expect(await opgov.read.tokenPolicy([token])).toEqual([false, 0n]);
  });

  it("refuses without sending: a cap above 2^96, a bad address, not the community", async () => {
    const { chain, client } = f;
    const community = chain.actors.community;
    await expectNothingSent(chain, community, () => setTokenPolicy(client("community"), { token: chain.actors.dave, allowed: true, capPerDomain: 2n ** 96n }), InvalidParameterError);
    await expectNothingSent(chain, community, () => setTokenPolicy(client("community"), { token: "0xnope" as `0x${string}`, allowed: true, capPerDomain: 1n }), InvalidAddressError);
    await expectNothingSent(chain, chain.actors.alice, () => setTokenPolicy(client("alice"), { token: chain.actors.dave, allowed: true, capPerDomain: 1n }), NotWearerError);
  });
});
