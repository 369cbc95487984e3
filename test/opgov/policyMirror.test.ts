import { getAddress, parseEther, type Address } from "viem";
import { beforeEach, describe, expect, it } from "vitest";
import type { ActorName, LocalChain } from "../fixtures/chain.js";
import {
  action,
  as,
  communityAct,
  DAY,
  DEFAULT_CONSTRAINTS,
  expectRevert,
  HOUR,
  loadOrg,
  mined,
  RoundState,
  threeCells,
  ZERO_HASH,
  type ThreeCells,
} from "../fixtures/org.js";

// The constraints' pause flag and execution window are mirrored in the policy word of the first
// 32 tokens given a policy (spend and execute read that word anyway); every other token reads the
// constraints. Either way a change of the constraints applies at once, to every token.

const E = (n: number) => parseEther(String(n));
const MIRRORED = 32;

describe("the constraints mirrored in token policy words", () => {
  let chain: LocalChain;
  let org: ThreeCells;
  beforeEach(async () => {
    ({ chain, data: org } = await loadOrg(threeCells));
    org = { ...org, token: getAddress(org.token) };
  });

  const community = () => as(chain, org, "community");
  const spend = async (who: ActorName, token: Address, amount: bigint) => {
    const { opgov } = await as(chain, org, who);
    return opgov.write.spend([org.domains.c, token, chain.actors.stranger, amount, ZERO_HASH]);
  };
  async function warp(seconds: number) {
    await chain.testClient.increaseTime({ seconds });
    await chain.testClient.mine({ blocks: 1 });
  }

  /** A token beyond the mirrored ones: `MIRRORED` other tokens get a policy first. */
  async function unmirroredToken(): Promise<Address> {
    const { opgov } = await community();
    for (let i = 1; i <= MIRRORED; i++) {
      await mined(chain, opgov.write.setTokenPolicy([getAddress(`0x${(0xd0000 + i).toString(16).padStart(40, "0")}`), true, E(1)]));
    }
    const token = await chain.connection.viem.deployContract("TestToken", ["Late", "LATE"]);
    await mined(chain, token.write.mint([org.treasury, E(100)]));
    return getAddress(token.address);
  }

  async function allowForC(token: Address) {
    const { opgov } = await community();
    await mined(chain, opgov.write.setTokenPolicy([token, true, E(1000)]));
    await communityAct(chain, org, [action.setBudget(org.domains.c, token, E(200), 7 * DAY)]);
  }

  for (const mirrored of [true, false]) {
    describe(mirrored ? "a mirrored token" : "a token beyond the mirrored ones", () => {
      const tokenFor = async () => {
        if (mirrored) return org.token;
        const token = await unmirroredToken();
        await allowForC(token);
        return token;
      };

      it("is paused and unpaused by setSpendingPaused and by setConstraints", async () => {
        const token = await tokenFor();
        if (mirrored) await communityAct(chain, org, [action.setBudget(org.domains.c, token, E(200), 7 * DAY)]);
        const { opgov } = await community();
        await mined(chain, opgov.write.setSpendingPaused([true]));
        await expectRevert(spend("eve", token, 1n), "OpGovSpendingPaused");
        await mined(chain, opgov.write.setConstraints([{ ...DEFAULT_CONSTRAINTS, spendingPaused: false }]));
        await mined(chain, spend("eve", token, 1n));
        await mined(chain, opgov.write.setConstraints([{ ...DEFAULT_CONSTRAINTS, spendingPaused: true }]));
        await expectRevert(spend("eve", token, 1n), "OpGovSpendingPaused");
        await mined(chain, opgov.write.setSpendingPaused([false]));
        await mined(chain, spend("eve", token, 1n));
      });

      it("lets a round's execution window follow the constraints, shortened or lengthened after the proposal", async () => {
        const token = await tokenFor();
        const { opgov: carol } = await as(chain, org, "carol");
        const actions = [action.allocation(0, token, chain.actors.stranger, E(1))];
        const required = await carol.read.requiredObjectorHats([org.cells.b, actions]);
        const round = async (salt: `0x${string}`) => {
          const c = { scope: org.cells.b, salt, objectorHats: [...required], actions, rationaleHash: salt };
          const id = await carol.read.roundCommitment([c]);
          await mined(chain, carol.write.propose([c, HOUR, "ipfs://r"]));
          return { c, id };
        };
        const a = await round(`0x${"a1".repeat(32)}`);
        const { opgov } = await community();
        // shortened to one hour: after two, the round has expired
        await mined(chain, opgov.write.setConstraints([{ ...DEFAULT_CONSTRAINTS, executionWindow: HOUR }]));
        await warp(3 * HOUR);
        const { opgov: stranger } = await as(chain, org, "stranger");
        expect(await stranger.read.roundState([a.id])).toBe(RoundState.Expired);
        await expectRevert(stranger.write.execute([a.id, a.c]), "OpGovUnexpectedRoundState", [
          a.id,
          RoundState.Expired,
          `0x${((1n << BigInt(RoundState.Consented)) | (1n << BigInt(RoundState.Accepted))).toString(16).padStart(64, "0")}`,
        ]);
        // lengthened again: the same round executes
        await mined(chain, opgov.write.setConstraints([{ ...DEFAULT_CONSTRAINTS, executionWindow: 2 * DAY }]));
        expect(await stranger.read.roundState([a.id])).toBe(RoundState.Consented);
        await mined(chain, stranger.write.execute([a.id, a.c]));
        expect(await stranger.read.roundState([a.id])).toBe(RoundState.Executed);
      });
    });
  }
});
