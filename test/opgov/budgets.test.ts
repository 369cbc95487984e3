import Safe from "@safe-global/protocol-kit";
import { encodeFunctionData, erc20Abi, getAddress, maxUint256, parseEther, parseEventLogs, type Address, type Hash } from "viem";
import { beforeEach, describe, expect, it } from "vitest";
import type { ActorName, LocalChain } from "../fixtures/chain.js";
import {
  action,
  as,
  communityAct,
  createCell,
  DAY,
  docHash,
  expectRevert,
  loadOrg,
  mined,
  NATIVE,
  Phase,
  threeCells,
  TOKEN_CAP,
  ZERO_HASH,
  type ThreeCells,
} from "../fixtures/org.js";

const MIN_EPOCH = 86_400;
const MAX_EPOCH = 31_622_400;
const E = (n: string | number) => parseEther(String(n));

describe("budgets", () => {
  let chain: LocalChain;
  let org: ThreeCells;
  beforeEach(async () => {
    ({ chain, data: org } = await loadOrg(threeCells));
    org = { ...org, token: getAddress(org.token) }; // errors decode addresses checksummed
  });

  const spend = async (who: ActorName, domain: number, token: Address, to: Address, amount: bigint, ref = ZERO_HASH) => {
    const { opgov } = await as(chain, org, who);
    return opgov.write.spend([domain, token, to, amount, ref]);
  };
  const spent = async (who: ActorName, domain: number, token: Address, to: Address, amount: bigint) =>
    mined(chain, spend(who, domain, token, to, amount));
  const budget = async (domain: number, token: Address) => {
    const { opgov } = await as(chain, org, "stranger");
    return opgov.read.getBudget([domain, token]);
  };
  const tokenBalance = async (account: Address) => {
    const token = await chain.connection.viem.getContractAt("TestToken", org.token);
    return token.read.balanceOf([account]);
  };
  const now = async () => (await chain.publicClient.getBlock()).timestamp;
  const warpTo = async (timestamp: bigint) => {
    await chain.testClient.setNextBlockTimestamp({ timestamp });
    await chain.testClient.mine({ blocks: 1 });
  };

  describe("spend", () => {
    it("returns the remaining own allowance and emits Spent with it (ERC-20)", async () => {
      const { opgov } = await as(chain, org, "bob");
      const ref = docHash("invoice-1");
      const { result } = await opgov.simulate.spend([org.domains.a, org.token, chain.actors.stranger, E(300), ref], {
        account: chain.actors.bob,
      });
      expect(result).toBe(E(7700));
      const receipt = await mined(chain, opgov.write.spend([org.domains.a, org.token, chain.actors.stranger, E(300), ref]));
      const [log] = parseEventLogs({ abi: opgov.abi, logs: receipt.logs, eventName: "Spent" });
      expect(log?.args).toEqual({
        domain: org.domains.a,
        token: org.token,
        to: chain.actors.stranger,
        spender: chain.actors.bob,
        amount: E(300),
        remaining: E(7700),
        ref,
      });
    });

    it("moves ETH from the treasury to the recipient and charges the native budget", async () => {
      const treasuryBefore = await chain.publicClient.getBalance({ address: org.treasury });
      const recipientBefore = await chain.publicClient.getBalance({ address: chain.actors.stranger });
      await spent("alice", org.domains.a, NATIVE, chain.actors.stranger, E(2));
      expect(await chain.publicClient.getBalance({ address: org.treasury })).toBe(treasuryBefore - E(2));
      expect(await chain.publicClient.getBalance({ address: chain.actors.stranger })).toBe(recipientBefore + E(2));
      const b = await budget(org.domains.a, NATIVE);
      expect([b.spent, b.remaining]).toEqual([E(2), E(3)]);
    });

    it("refuses more than the remaining own allowance with OpGovInsufficientBudget", async () => {
      await spent("bob", org.domains.a, org.token, chain.actors.stranger, E(7000));
      const before = await tokenBalance(org.treasury);
      await expectRevert(spend("bob", org.domains.a, org.token, chain.actors.stranger, E(1001)), "OpGovInsufficientBudget", [
        org.domains.a,
        org.token,
        E(1001),
        E(1000),
      ]);
      expect(await tokenBalance(org.treasury)).toBe(before);
      // The delegated slice is not the parent's to spend.
      await expectRevert(spend("bob", org.domains.a, NATIVE, chain.actors.stranger, E(6)), "OpGovInsufficientBudget", [
        org.domains.a,
        NATIVE,
        E(6),
        E(5),
      ]);
    });

    it("refuses a zero amount, a zero recipient and an unknown domain", async () => {
      await expectRevert(spend("bob", org.domains.a, org.token, chain.actors.stranger, 0n), "OpGovZeroAmount");
      await expectRevert(
        spend("bob", org.domains.a, org.token, "0x0000000000000000000000000000000000000000", 1n),
        "OpGovZeroRecipient",
      );
      await expectRevert(spend("bob", 99, org.token, chain.actors.stranger, 1n), "OpGovUnknownDomain", [99]);
    });

    it("refuses a stranger and a member of another cell with OpGovNotWearer", async () => {
      await expectRevert(spend("stranger", org.domains.a, org.token, chain.actors.stranger, 1n), "OpGovNotWearer", [
        chain.actors.stranger,
        org.memberHats.a,
      ]);
      await expectRevert(spend("eve", org.domains.a, org.token, chain.actors.eve, 1n), "OpGovNotWearer", [
        chain.actors.eve,
        org.memberHats.a,
      ]);
      // A parent's member does not wear the child's spender hat either.
      await expectRevert(spend("bob", org.domains.b, org.token, chain.actors.bob, 1n), "OpGovNotWearer", [
        chain.actors.bob,
        org.memberHats.b,
      ]);
    });

    it("refuses while the community has paused spending, and spends again once unpaused", async () => {
      const { opgov } = await as(chain, org, "community");
      await mined(chain, opgov.write.setSpendingPaused([true]));
      await expectRevert(spend("bob", org.domains.a, org.token, chain.actors.stranger, 1n), "OpGovSpendingPaused");
      await mined(chain, opgov.write.setSpendingPaused([false]));
      await spent("bob", org.domains.a, org.token, chain.actors.stranger, 1n);
    });

    it("refuses a token the community no longer allows with OpGovTokenNotAllowed", async () => {
      const { opgov } = await as(chain, org, "community");
      await mined(chain, opgov.write.setTokenPolicy([org.token, false, 0n]));
      await expectRevert(spend("bob", org.domains.a, org.token, chain.actors.stranger, 1n), "OpGovTokenNotAllowed", [
        org.token,
      ]);
    });

    it("resets spent when the epoch rolls over", async () => {
      await spent("eve", org.domains.c, org.token, chain.actors.stranger, E(1000));
      await expectRevert(spend("eve", org.domains.c, org.token, chain.actors.stranger, 1n), "OpGovInsufficientBudget");
      await chain.testClient.increaseTime({ seconds: 7 * DAY });
      await chain.testClient.mine({ blocks: 1 });
      const b = await budget(org.domains.c, org.token);
      expect([b.spent, b.remaining]).toEqual([0n, E(1000)]);
      await spent("eve", org.domains.c, org.token, chain.actors.stranger, E(1000));
    });

    it("counts the last second of an epoch in that epoch and the next second in the next one", async () => {
      const { epochEnd, epochStart, epochLength } = await budget(org.domains.c, org.token);
      expect(epochLength).toBe(7 * DAY);
      expect(epochStart % BigInt(7 * DAY)).toBe(0n); // aligned to unix time
      expect(epochEnd).toBe(epochStart + BigInt(7 * DAY));
      await chain.testClient.setNextBlockTimestamp({ timestamp: epochEnd - 1n });
      await spent("eve", org.domains.c, org.token, chain.actors.stranger, E(1000));
      expect((await budget(org.domains.c, org.token)).epochEnd).toBe(epochEnd);
      await chain.testClient.setNextBlockTimestamp({ timestamp: epochEnd });
      await spent("eve", org.domains.c, org.token, chain.actors.stranger, E(1000));
      const b = await budget(org.domains.c, org.token);
      expect([b.epochStart, b.spent, b.remaining]).toEqual([epochEnd, E(1000), 0n]);
    });

    it("spends a child domain's slice and lets parent and child together spend no more than the parent was granted", async () => {
      // A spends most of its own allowance, then widens B's slice mid-epoch.
      await spent("bob", org.domains.a, org.token, chain.actors.stranger, E(7500));
      await communityAct(chain, org, [action.setBudget(org.domains.b, org.token, E(3000), 0)]);
      const a = await budget(org.domains.a, org.token);
      const b = await budget(org.domains.b, org.token);
      expect([a.ownAllowance, a.delegated, a.allowance, a.remaining]).toEqual([E(7000), E(3000), E(10000), 0n]);
      expect([b.allowance, b.spent, b.remaining]).toEqual([E(3000), E(500), E(2500)]);

      await spent("dave", org.domains.b, org.token, chain.actors.stranger, E(2500));
      await expectRevert(spend("dave", org.domains.b, org.token, chain.actors.stranger, 1n), "OpGovInsufficientBudget", [
        org.domains.b,
        org.token,
        1n,
        0n,
      ]);
      await expectRevert(spend("bob", org.domains.a, org.token, chain.actors.stranger, 1n), "OpGovInsufficientBudget", [
        org.domains.a,
        org.token,
        1n,
        0n,
      ]);
      expect(await tokenBalance(chain.actors.stranger)).toBe(E(10000));
    });

    it("keeps the subtree within the parent's grant when a spent slice is narrowed mid-epoch", async () => {
      await spent("carol", org.domains.b, org.token, chain.actors.stranger, E(1500));
      await communityAct(chain, org, [action.setBudget(org.domains.b, org.token, E(1000), 0)]);
      const b = await budget(org.domains.b, org.token);
      expect([b.allowance, b.remaining]).toEqual([E(1000), 0n]);
      const a = await budget(org.domains.a, org.token);
      expect([a.ownAllowance, a.delegated, a.remaining]).toEqual([E(9000), E(1000), E(8500)]);
      await spent("bob", org.domains.a, org.token, chain.actors.stranger, E(8500));
      await expectRevert(spend("bob", org.domains.a, org.token, chain.actors.stranger, 1n), "OpGovInsufficientBudget");
      await expectRevert(spend("carol", org.domains.b, org.token, chain.actors.stranger, 1n), "OpGovInsufficientBudget");
      expect(await tokenBalance(chain.actors.stranger)).toBe(E(10000));
    });
  });

  describe("setBudget", () => {
    it("keeps spent when the allowance is raised mid-epoch", async () => {
      await spent("eve", org.domains.c, org.token, chain.actors.stranger, E(800));
      await communityAct(chain, org, [action.setBudget(org.domains.c, org.token, E(1500), 0)]);
      const b = await budget(org.domains.c, org.token);
      expect([b.allowance, b.spent, b.remaining]).toEqual([E(1500), E(800), E(700)]);
    });

    it("keeps spent when the allowance is lowered below it, leaving nothing to spend this epoch", async () => {
      await spent("eve", org.domains.c, org.token, chain.actors.stranger, E(800));
      await communityAct(chain, org, [action.setBudget(org.domains.c, org.token, E(500), 0)]);
      const b = await budget(org.domains.c, org.token);
      expect([b.allowance, b.spent, b.remaining]).toEqual([E(500), E(800), 0n]);
      await expectRevert(spend("eve", org.domains.c, org.token, chain.actors.stranger, 1n), "OpGovInsufficientBudget", [
        org.domains.c,
        org.token,
        1n,
        0n,
      ]);
    });

    it("keeps this epoch's spent when a root domain's epoch length changes", async () => {
      await spent("eve", org.domains.c, org.token, chain.actors.stranger, E(600));
      await communityAct(chain, org, [action.setBudget(org.domains.c, org.token, E(1000), 14 * DAY)]);
      const b = await budget(org.domains.c, org.token);
      expect([b.epochLength, b.spent, b.remaining]).toEqual([14 * DAY, E(600), E(400)]);
      expect(b.epochStart % BigInt(14 * DAY)).toBe(0n);
      expect(b.epochStart <= (await now()) && (await now()) < b.epochEnd).toBe(true);
    });

    it("refuses to change the epoch length of a root domain with delegated slices, or to give a child its own", async () => {
      const { opgov } = await as(chain, org, "community");
      await expectRevert(
        opgov.write.act([[action.setBudget(org.domains.a, org.token, E(10000), 7 * DAY)], ZERO_HASH, ""]),
        "OpGovEpochLengthLocked",
        [org.domains.a, org.token, 30 * DAY, 7 * DAY],
      );
      await expectRevert(
        opgov.write.act([[action.setBudget(org.domains.b, org.token, E(2000), 7 * DAY)], ZERO_HASH, ""]),
        "OpGovEpochLengthLocked",
        [org.domains.b, org.token, 30 * DAY, 7 * DAY],
      );
      // A child budget for a token its parent has no budget in.
      const other = await chain.connection.viem.deployContract("TestToken", ["Other", "OTH"]);
      const otherAddress = getAddress(other.address);
      await mined(chain, opgov.write.setTokenPolicy([other.address, true, E(100)]));
      await expectRevert(
        opgov.write.act([[action.setBudget(org.domains.b, other.address, E(1), 0)], ZERO_HASH, ""]),
        "OpGovEpochLengthLocked",
        [org.domains.b, otherAddress, 0, 0],
      );
    });

    it("refuses epoch lengths outside 1 day..366 days with OpGovInvalidEpochLength", async () => {
      const { opgov } = await as(chain, org, "community");
      for (const length of [MIN_EPOCH - 1, MAX_EPOCH + 1]) {
        await expectRevert(
          opgov.write.act([[action.setBudget(org.domains.c, org.token, E(1), length)], ZERO_HASH, ""]),
          "OpGovInvalidEpochLength",
          [length, MIN_EPOCH, MAX_EPOCH],
        );
      }
      // A new budget must name its epoch length.
      await expectRevert(
        opgov.write.act([[action.setBudget(org.domains.c, NATIVE, E(1), 0)], ZERO_HASH, ""]),
        "OpGovInvalidEpochLength",
        [0, MIN_EPOCH, MAX_EPOCH],
      );
      // The bounds themselves are fine.
      await communityAct(chain, org, [action.setBudget(org.domains.c, org.token, E(1), MIN_EPOCH)]);
      await communityAct(chain, org, [action.setBudget(org.domains.c, org.token, E(1), MAX_EPOCH)]);
    });

    it("refuses an allowance above the token's cap, also for a child slice", async () => {
      const { opgov } = await as(chain, org, "community");
      await expectRevert(
        opgov.write.act([[action.setBudget(org.domains.c, NATIVE, E(1001), 7 * DAY)], ZERO_HASH, ""]),
        "OpGovAllowanceAboveCap",
        [org.domains.c, NATIVE, E(1001), E(1000)],
      );
      await expectRevert(
        opgov.write.act([[action.setBudget(org.domains.b, org.token, TOKEN_CAP + 1n, 0)], ZERO_HASH, ""]),
        "OpGovAllowanceAboveCap",
        [org.domains.b, org.token, TOKEN_CAP + 1n, TOKEN_CAP],
      );
    });

    it("refuses to grant a parent less than it has delegated", async () => {
      const { opgov } = await as(chain, org, "community");
      await expectRevert(
        opgov.write.act([[action.setBudget(org.domains.a, org.token, E(1999), 0)], ZERO_HASH, ""]),
        "OpGovAllowanceBelowDelegated",
        [org.domains.a, org.token, E(1999), E(2000)],
      );
      await communityAct(chain, org, [action.setBudget(org.domains.a, org.token, E(2000), 0)]);
      expect((await budget(org.domains.a, org.token)).ownAllowance).toBe(0n);
    });

    it("refuses a child slice larger than the parent's own allowance", async () => {
      const { opgov } = await as(chain, org, "community");
      await expectRevert(
        opgov.write.act([[action.setBudget(org.domains.b, org.token, E(10001), 0)], ZERO_HASH, ""]),
        "OpGovParentAllowanceExceeded",
        [org.domains.a, org.token, E(8001), E(8000)],
      );
      await communityAct(chain, org, [action.setBudget(org.domains.b, org.token, E(10000), 0)]);
      const a = await budget(org.domains.a, org.token);
      expect([a.ownAllowance, a.delegated]).toEqual([0n, E(10000)]);
    });

    it("refuses a non-zero budget for a cell still in Formation", async () => {
      const d = await createCell(chain, org, 0n, chain.actors.frank, "ipfs://cell-d");
      await communityAct(chain, org, [action.movePhase(d, Phase.Formation)]);
      const { opgov } = await as(chain, org, "community");
      const memberD = await opgov.read.memberHatOf([d]);
      await communityAct(chain, org, [action.assignDomain(d, memberD, "ipfs://domain-d")]);
      const domainD = 4;
      await expectRevert(
        opgov.write.act([[action.setBudget(domainD, org.token, E(1), 7 * DAY)], ZERO_HASH, ""]),
        "OpGovPhaseTooEarly",
        [d, Phase.Formation, Phase.Organization],
      );
      // A zero allowance is allowed (the domain exists, it just cannot spend).
      await communityAct(chain, org, [action.setBudget(domainD, org.token, 0n, 7 * DAY)]);
      expect((await budget(domainD, org.token)).allowance).toBe(0n);
    });
  });

  describe("completion", () => {
    it("zeroes a sub-cell's allowances, returns its slice (with its spending) to the parent domain and stops its members", async () => {
      await spent("carol", org.domains.b, org.token, chain.actors.stranger, E(500));
      await communityAct(chain, org, [action.movePhase(org.cells.b, Phase.Completion)]);
      const b = await budget(org.domains.b, org.token);
      expect([b.allowance, b.remaining]).toEqual([0n, 0n]);
      const a = await budget(org.domains.a, org.token);
      expect([a.ownAllowance, a.delegated, a.allowance, a.spent, a.remaining]).toEqual([E(10000), 0n, E(10000), E(500), E(9500)]);
      await expectRevert(spend("carol", org.domains.b, org.token, chain.actors.carol, 1n), "OpGovNotWearer", [
        chain.actors.carol,
        org.memberHats.b,
      ]);
      await expectRevert(spend("dave", org.domains.b, org.token, chain.actors.dave, 1n), "OpGovNotWearer");

      // Then the parent cell: its allowances go to zero too.
      await communityAct(chain, org, [action.movePhase(org.cells.a, Phase.Completion)]);
      for (const token of [org.token, NATIVE]) {
        const view = await budget(org.domains.a, token);
        expect([view.allowance, view.ownAllowance, view.delegated, view.remaining]).toEqual([0n, 0n, 0n, 0n]);
      }
      await expectRevert(spend("bob", org.domains.a, NATIVE, chain.actors.bob, 1n), "OpGovNotWearer");
      expect(await tokenBalance(chain.actors.stranger)).toBe(E(500));
    });
  });

  describe("treasury pull (setTreasuryPull)", () => {
    /** The treasury Safe (1-of-1, the community) approves the instance for `amount` of TUSD. */
    const approveInstance = async (amount: bigint) => {
      const kit = await Safe.init({
        provider: chain.provider,
        signer: chain.actors.community,
        safeAddress: org.treasury,
        contractNetworks: chain.contractNetworks,
        isL1SafeSingleton: true,
      });
      const data = encodeFunctionData({ abi: erc20Abi, functionName: "approve", args: [org.opgov, amount] });
      const tx = await kit.signTransaction(await kit.createTransaction({ transactions: [{ to: org.token, value: "0", data }] }));
      await mined(chain, (await kit.executeTransaction(tx)).hash as Hash);
    };
    const pull = async (on: boolean) => {
      const { opgov } = await as(chain, org, "community");
      await mined(chain, opgov.write.setTreasuryPull([org.token, on]));
    };

    it("pays spends and allocations by transferFrom from the treasury, with no module call, once the community turns it on", async () => {
      await approveInstance(maxUint256);
      await pull(true);
      expect(await (await as(chain, org, "stranger")).opgov.read.treasuryPull([org.token])).toBe(true);
      const [treasuryBefore, recipientBefore] = [await tokenBalance(org.treasury), await tokenBalance(chain.actors.stranger)];
      const receipt = await spent("bob", org.domains.a, org.token, chain.actors.stranger, E(300));
      expect(await tokenBalance(org.treasury)).toBe(treasuryBefore - E(300));
      expect(await tokenBalance(chain.actors.stranger)).toBe(recipientBefore + E(300));
      expect(receipt.logs.filter((log) => getAddress(log.address) === getAddress(org.treasury))).toEqual([]);
      expect((await budget(org.domains.a, org.token)).spent).toBe(E(300));
      const { logs } = await communityAct(chain, org, [action.allocation(0, org.token, chain.actors.stranger, E(50))]);
      // The act's own record carries the allocation (allocations have no event of their own).
      expect(logs.map((log) => log.eventName)).toContain("CommunityActed");
      expect(await tokenBalance(org.treasury)).toBe(treasuryBefore - E(350));
    });

    it("fails with OpGovTreasuryTransferFailed beyond the treasury's allowance, and pays through the module again once off", async () => {
      await approveInstance(E(100));
      await pull(true);
      await expectRevert(spend("bob", org.domains.a, org.token, chain.actors.stranger, E(101)), "OpGovTreasuryTransferFailed", [
        org.token,
        chain.actors.stranger,
        E(101),
      ]);
      expect((await budget(org.domains.a, org.token)).spent).toBe(0n);
      await spent("bob", org.domains.a, org.token, chain.actors.stranger, E(100));
      await pull(false);
      const receipt = await spent("bob", org.domains.a, org.token, chain.actors.stranger, E(101));
      expect(receipt.logs.some((log) => getAddress(log.address) === getAddress(org.treasury))).toBe(true);
    });

    it("keeps the pull setting when the token's policy changes, and refuses it for the native token", async () => {
      await pull(true);
      const { opgov } = await as(chain, org, "community");
      await mined(chain, opgov.write.setTokenPolicy([org.token, true, TOKEN_CAP]));
      expect(await opgov.read.treasuryPull([org.token])).toBe(true);
      expect((await opgov.read.tokenPolicy([org.token]))[1]).toBe(TOKEN_CAP);
      await expectRevert(opgov.write.setTreasuryPull([NATIVE, true]), "OpGovNativeTokenNotPullable");
    });
  });

  describe("getBudget", () => {
    it("reports the granted, own and delegated allowance, spent, committed and remaining, and the epoch bounds", async () => {
      await spent("bob", org.domains.a, org.token, chain.actors.stranger, E(100));
      const v = await budget(org.domains.a, org.token);
      expect(v.domain).toBe(org.domains.a);
      expect(v.token).toBe(org.token);
      expect([v.allowance, v.ownAllowance, v.delegated, v.spent, v.committed, v.remaining]).toEqual([
        E(10000),
        E(8000),
        E(2000),
        E(100),
        0n,
        E(7900),
      ]);
      const t = await now();
      expect(v.epochStart <= t && t < v.epochEnd).toBe(true);
      expect(v.epochStart % BigInt(30 * DAY)).toBe(0n);
      // A token without a budget reads as empty.
      const empty = await budget(org.domains.c, NATIVE);
      expect([empty.allowance, empty.remaining, empty.epochLength, empty.epochStart]).toEqual([0n, 0n, 0, 0n]);
      // After an epoch ends, the view already shows a fresh epoch.
      await warpTo(v.epochEnd);
      const next = await budget(org.domains.a, org.token);
      expect([next.spent, next.remaining, next.epochStart]).toEqual([0n, E(8000), v.epochEnd]);
    });

    it("refuses an unknown domain", async () => {
      const { opgov } = await as(chain, org, "stranger");
      await expectRevert(opgov.read.getBudget([42, org.token]), "OpGovUnknownDomain", [42]);
    });
  });
});
