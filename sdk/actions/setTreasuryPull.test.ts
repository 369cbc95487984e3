import { getAddress, zeroAddress } from "viem";
import { beforeEach, describe, expect, it } from "vitest";
import { opgovAbi } from "../abis/opgov.js";
import { InvalidParameterError, NotWearerError } from "../errors/validation.js";
import { expectNothingSent, loadActionsFixture, type ActionsFixture } from "../../test/fixtures/actions.js";
import { setTreasuryPull } from "./setTreasuryPull.js";

describe("setTreasuryPull", () => {
  let f: ActionsFixture;
  beforeEach(async () => {
    f = await loadActionsFixture();
  });

  it("turns pull mode on and off for an ERC-20, with the TreasuryPullSet event", async () => {
    const { org, chain, client } = f;
    const read = () => chain.publicClient.readContract({ address: org.opgov, abi: opgovAbi, functionName: "treasuryPull", args: [org.token] });
    const { set } = await setTreasuryPull(client("community"), { token: org.token, pull: true });
    expect(set.args).toEqual({ token: getAddress(org.token), pull: true });
    expect(await read()).toBe(true);
    await setTreasuryPull(client("community"), { token: org.token, pull: false });
    expect(await read()).toBe(false);
  });

  it("refuses the native token and a caller without the community hat, without sending", async () => {
    const { org, chain, client } = f;
    await expectNothingSent(chain, chain.actors.community, () => setTreasuryPull(client("community"), { token: zeroAddress, pull: true }), InvalidParameterError);
    await expectNothingSent(chain, chain.actors.alice, () => setTreasuryPull(client("alice"), { token: org.token, pull: true }), NotWearerError);
  });
});
