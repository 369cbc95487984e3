import { type Address, type Hex } from "viem";
import { describe, expect, it } from "vitest";
import { action, as, docHash, HOUR, loadOrg, mined, threeCells } from "../fixtures/org.js";

// DESIGN.md: "Silence is consent, so a round costs the same whether the circle has 3 members or
// 300." A silent round in cell A (objector hat: A's member hat) is proposed and executed with 3
// and with 300 wearers of that hat; propose + execute gas must be exactly equal, because neither
// call may touch anything that depends on the number of wearers.

const fillerAddress = (i: number): Address => `0x${(0x1000 + i).toString(16).padStart(40, "0")}`;

async function silentRoundGas(extraWearers: number) {
  const { chain, data: org } = await loadOrg(threeCells);
  const alice = await as(chain, org, "alice");
  // alice and bob wear A's member hat already; alice (A's cell hat) mints the rest in batches.
  const wearers = Array.from({ length: extraWearers }, (_, i) => fillerAddress(i));
  for (let i = 0; i < wearers.length; i += 100) {
    const chunk = wearers.slice(i, i + 100);
    await mined(chain, alice.hats.write.batchMintHats([chunk.map(() => org.memberHats.a), chunk]));
  }
  expect(await alice.hats.read.hatSupply([org.memberHats.a])).toBe(2 + extraWearers);

  const content = {
    scope: org.cells.a,
    salt: docHash("silent"),
    objectorHats: [org.memberHats.a],
    actions: [action.policy("ipfs://silent-policy")],
    rationaleHash: docHash("silent-why"),
  };
  const proposed = await mined(chain, alice.opgov.write.propose([content, HOUR, "ipfs://silent-why"]));
  const id = (await alice.opgov.read.roundCommitment([content])) as Hex;
  await chain.testClient.increaseTime({ seconds: HOUR + 1 });
  await chain.testClient.mine({ blocks: 1 });
  const stranger = await as(chain, org, "stranger");
  const executed = await mined(chain, stranger.opgov.write.execute([id, content]));
  return { propose: proposed.gasUsed, execute: executed.gasUsed };
}

describe("gas of a silent round", () => {
  it("is the same with 3 and with 300 wearers of the objector hat", async () => {
    const small = await silentRoundGas(1); // alice, bob + 1 = 3 wearers
    const large = await silentRoundGas(298); // alice, bob + 298 = 300 wearers
    expect(large.propose).toBe(small.propose);
    expect(large.execute).toBe(small.execute);
  });
});
