import Safe from "@safe-global/protocol-kit";
import { decodeErrorResult, encodeFunctionData, getAddress, maxUint256, parseEther, type Address, type Hash, type Hex } from "viem";
import { beforeEach, describe, expect, it } from "vitest";
import type { ActorName, LocalChain } from "../fixtures/chain.js";
import {
  action,
  as,
  communityAct,
  DAY,
  expectRevert,
  HOUR,
  loadOrg,
  mined,
  NATIVE,
  threeCells,
  ZERO_HASH,
  type ThreeCells,
} from "../fixtures/org.js";

const E = (n: string | number) => parseEther(String(n));
const MAX_UINT96 = 2n ** 96n - 1n;

describe("adversarial tokens, recipients and treasuries", () => {
  let chain: LocalChain;
  let org: ThreeCells;
  beforeEach(async () => {
    ({ chain, data: org } = await loadOrg(threeCells));
    org = { ...org, token: getAddress(org.token) };
  });

  const viem = () => chain.connection.viem;
  const spend = async (who: ActorName, domain: number, token: Address, to: Address, amount: bigint) => {
    const { opgov } = await as(chain, org, who);
    return opgov.write.spend([domain, token, to, amount, ZERO_HASH]);
  };
  const budget = async (domain: number, token: Address) => {
    const { opgov } = await as(chain, org, "stranger");
    return opgov.read.getBudget([domain, token]);
  };
  const ethBalance = (address: Address) => chain.publicClient.getBalance({ address });
  /** Allows `token` with `cap`, and gives domain C an allowance of `allowance` per 7 days. */
  const allowForC = async (token: Address, cap: bigint, allowance: bigint) => {
    const { opgov } = await as(chain, org, "community");
    await mined(chain, opgov.write.setTokenPolicy([token, true, cap]));
    await communityAct(chain, org, [action.setBudget(org.domains.c, token, allowance, 7 * DAY)]);
  };
  const spendCall = (domain: number, token: Address, to: Address, amount: bigint) =>
    encodeFunctionData({
      abi: [
        {
          type: "function",
          name: "spend",
          stateMutability: "nonpayable",
          inputs: [
            { name: "domain", type: "uint32" },
            { name: "token", type: "address" },
            { name: "to", type: "address" },
            { name: "amount", type: "uint256" },
            { name: "ref", type: "bytes32" },
          ],
          outputs: [{ name: "remaining", type: "uint256" }],
        },
      ],
      functionName: "spend",
      args: [domain, token, to, amount, ZERO_HASH],
    });
  const opgovError = async (data: Hex) => {
    const { opgov } = await as(chain, org, "stranger");
    return decodeErrorResult({ abi: opgov.abi, data });
  };

  describe("a reentrant ETH recipient", () => {
    it("cannot spend again from inside the transfer when it wears no spender hat", async () => {
      const recipient = await viem().deployContract("ReentrantRecipient");
      await mined(chain, recipient.write.arm([org.opgov, spendCall(org.domains.a, NATIVE, recipient.address, E(1))]));
      const treasuryBefore = await ethBalance(org.treasury);
      await mined(chain, spend("bob", org.domains.a, NATIVE, recipient.address, E(1)));
      expect(await recipient.read.attempted()).toBe(true);
      expect(await recipient.read.reentered()).toBe(false);
      const error = await opgovError(await recipient.read.reentryError());
      expect(error.errorName).toBe("OpGovNotWearer");
      expect(await ethBalance(recipient.address)).toBe(E(1));
      expect(await ethBalance(org.treasury)).toBe(treasuryBefore - E(1));
      expect((await budget(org.domains.a, NATIVE)).spent).toBe(E(1));
    });

    it("finds the first spend already charged when it wears the spender hat, so a second spend is bounded by what remains", async () => {
      const recipient = await viem().deployContract("ReentrantRecipient");
      const { hats } = await as(chain, org, "alice");
      await mined(chain, hats.write.mintHat([org.memberHats.a, recipient.address]));
      // 5 ETH per epoch: after 2 ETH, 3.5 more is refused inside the callback.
      await mined(chain, recipient.write.arm([org.opgov, spendCall(org.domains.a, NATIVE, recipient.address, E("3.5"))]));
      const treasuryBefore = await ethBalance(org.treasury);
      await mined(chain, spend("bob", org.domains.a, NATIVE, recipient.address, E(2)));
      expect(await recipient.read.reentered()).toBe(false);
      const error = await opgovError(await recipient.read.reentryError());
      expect(error.errorName).toBe("OpGovInsufficientBudget");
      expect(error.args).toEqual([org.domains.a, NATIVE, E("3.5"), E(3)]);
      expect(await ethBalance(org.treasury)).toBe(treasuryBefore - E(2));

      // Re-armed within what remains, the reentrant spend goes through and is charged too.
      const second = await viem().deployContract("ReentrantRecipient");
      await mined(chain, hats.write.mintHat([org.memberHats.a, second.address]));
      await mined(chain, second.write.arm([org.opgov, spendCall(org.domains.a, NATIVE, second.address, E(3))]));
      await mined(chain, spend("bob", org.domains.a, NATIVE, second.address, E(0.5)));
      // The inner spend needs 3 of the 2.5 left after the outer one: refused.
      expect(await second.read.reentered()).toBe(false);
      const third = await viem().deployContract("ReentrantRecipient");
      await mined(chain, hats.write.mintHat([org.memberHats.a, third.address]));
      await mined(chain, third.write.arm([org.opgov, spendCall(org.domains.a, NATIVE, third.address, E(1.5))]));
      await mined(chain, spend("bob", org.domains.a, NATIVE, third.address, E(1)));
      expect(await third.read.reentered()).toBe(true);
      const b = await budget(org.domains.a, NATIVE);
      expect([b.spent, b.remaining]).toEqual([E(5), 0n]);
      expect(await ethBalance(org.treasury)).toBe(treasuryBefore - E(5));
    });
  });

  describe("a reentrant ERC-20", () => {
    it("lets its recipient call back into spend, which is refused or charged like any other spend", async () => {
      const token = await viem().deployContract("ReentrantToken");
      const tokenAddress = getAddress(token.address);
      await mined(chain, token.write.mint([org.treasury, E(1000)]));
      await allowForC(tokenAddress, E(1000), E(100));
      const recipient = await viem().deployContract("ReentrantRecipient");
      await mined(chain, recipient.write.arm([org.opgov, spendCall(org.domains.c, tokenAddress, recipient.address, E(50))]));
      await mined(chain, spend("eve", org.domains.c, tokenAddress, recipient.address, E(60)));
      expect(await recipient.read.attempted()).toBe(true);
      expect(await recipient.read.reentered()).toBe(false); // no hat
      expect(await token.read.balanceOf([recipient.address])).toBe(E(60));
      expect(await token.read.balanceOf([org.treasury])).toBe(E(940));
      expect((await budget(org.domains.c, tokenAddress)).spent).toBe(E(60));

      const { hats } = await as(chain, org, "eve");
      const insider = await viem().deployContract("ReentrantRecipient");
      await mined(chain, hats.write.mintHat([org.memberHats.c, insider.address]));
      await mined(chain, insider.write.arm([org.opgov, spendCall(org.domains.c, tokenAddress, insider.address, E(30))]));
      await mined(chain, spend("eve", org.domains.c, tokenAddress, insider.address, E(20)));
      expect(await insider.read.reentered()).toBe(false); // 30 > 100 - 60 - 20
      expect(await token.read.balanceOf([insider.address])).toBe(E(20));
      expect((await budget(org.domains.c, tokenAddress)).spent).toBe(E(80));
    });
  });

  describe("a reentrant ERC-20 in a round's execute", () => {
    it("cannot execute the same round twice from inside the allocation's transfer", async () => {
      const token = await viem().deployContract("ReentrantToken");
      const tokenAddress = getAddress(token.address);
      await mined(chain, token.write.mint([org.treasury, E(1000)]));
      await allowForC(tokenAddress, E(1000), E(100));
      const recipient = await viem().deployContract("ReentrantRecipient");
      const content = {
        scope: org.cells.c,
        salt: ZERO_HASH,
        objectorHats: [org.topHat],
        actions: [action.allocation(org.domains.c, tokenAddress, recipient.address, E(70))],
        rationaleHash: ZERO_HASH,
      };
      const { opgov } = await as(chain, org, "eve");
      const { result: id } = await opgov.simulate.propose([content, HOUR, "ipfs://round"], { account: chain.actors.eve });
      await mined(chain, opgov.write.propose([content, HOUR, "ipfs://round"]));
      expect((await budget(org.domains.c, tokenAddress)).committed).toBe(E(70));
      await mined(chain, recipient.write.arm([org.opgov, encodeFunctionData({ abi: opgov.abi, functionName: "execute", args: [id, content] })]));
      await chain.testClient.increaseTime({ seconds: HOUR });
      await chain.testClient.mine({ blocks: 1 });
      await mined(chain, opgov.write.close([id]));
      await mined(chain, opgov.write.execute([id, content]));
      expect(await recipient.read.attempted()).toBe(true);
      expect(await recipient.read.reentered()).toBe(false);
      expect((await opgovError(await recipient.read.reentryError())).errorName).toBe("OpGovUnexpectedRoundState");
      expect(await token.read.balanceOf([recipient.address])).toBe(E(70));
      expect(await token.read.balanceOf([org.treasury])).toBe(E(930));
      expect((await budget(org.domains.c, tokenAddress)).committed).toBe(0n);
      await expectRevert(opgov.write.execute([id, content]), "OpGovUnexpectedRoundState");
    });
  });

  describe("tokens with odd return values", () => {
    it("accepts a token whose transfer returns nothing", async () => {
      const token = await viem().deployContract("NoReturnToken");
      const tokenAddress = getAddress(token.address);
      await mined(chain, token.write.mint([org.treasury, E(100)]));
      await allowForC(tokenAddress, E(1000), E(200));
      await mined(chain, spend("eve", org.domains.c, tokenAddress, chain.actors.stranger, E(4)));
      expect(await token.read.balanceOf([chain.actors.stranger])).toBe(E(4));
      expect(await token.read.balanceOf([org.treasury])).toBe(E(96));
      expect((await budget(org.domains.c, tokenAddress)).remaining).toBe(E(196));
      // A transfer that reverts inside the token (the treasury holds 96) fails, and nothing is charged.
      await expectRevert(spend("eve", org.domains.c, tokenAddress, chain.actors.stranger, E(97)), "OpGovTreasuryTransferFailed", [
        tokenAddress,
        chain.actors.stranger,
        E(97),
      ]);
      expect(await token.read.balanceOf([org.treasury])).toBe(E(96));
      expect((await budget(org.domains.c, tokenAddress)).spent).toBe(E(4));
    });

    it("refuses a token whose transfer returns false with OpGovTreasuryTransferFailed, charging nothing", async () => {
      const token = await viem().deployContract("FalseReturningToken");
      const tokenAddress = getAddress(token.address);
      await mined(chain, token.write.mint([org.treasury, E(100)]));
      await allowForC(tokenAddress, E(100), E(10));
      await expectRevert(spend("eve", org.domains.c, tokenAddress, chain.actors.stranger, E(4)), "OpGovTreasuryTransferFailed", [
        tokenAddress,
        chain.actors.stranger,
        E(4),
      ]);
      expect(await token.read.balanceOf([org.treasury])).toBe(E(100));
      expect((await budget(org.domains.c, tokenAddress)).spent).toBe(0n);
    });

    it("charges the budget the full amount of a fee-on-transfer token while the recipient gets less", async () => {
      const token = await viem().deployContract("FeeOnTransferToken", [100n, chain.actors.operator]); // 1%
      const tokenAddress = getAddress(token.address);
      await mined(chain, token.write.mint([org.treasury, E(1000)]));
      await allowForC(tokenAddress, E(1000), E(100));
      await mined(chain, spend("eve", org.domains.c, tokenAddress, chain.actors.stranger, E(100)));
      expect(await token.read.balanceOf([org.treasury])).toBe(E(900));
      expect(await token.read.balanceOf([chain.actors.stranger])).toBe(E(99));
      expect(await token.read.balanceOf([chain.actors.operator])).toBe(E(1));
      const b = await budget(org.domains.c, tokenAddress);
      expect([b.spent, b.remaining]).toEqual([E(100), 0n]);
    });
  });

  describe("the treasury", () => {
    it("refuses to spend with OpGovTreasuryModuleDisabled once the treasury has disabled opgov", async () => {
      const kit = await Safe.init({
        provider: chain.provider,
        signer: chain.actors.community,
        safeAddress: org.treasury,
        contractNetworks: chain.contractNetworks,
        isL1SafeSingleton: true,
      });
      const disable = await kit.signTransaction(await kit.createDisableModuleTx(org.opgov));
      await mined(chain, (await kit.executeTransaction(disable)).hash as Hash);
      expect(await kit.isModuleEnabled(org.opgov)).toBe(false);
      const treasuryBefore = await ethBalance(org.treasury);
      await expectRevert(spend("bob", org.domains.a, NATIVE, chain.actors.stranger, E(1)), "OpGovTreasuryModuleDisabled", [
        org.treasury,
      ]);
      expect(await ethBalance(org.treasury)).toBe(treasuryBefore);
      expect((await budget(org.domains.a, NATIVE)).spent).toBe(0n);
    });

    it("refuses to spend more ETH than the treasury holds with OpGovTreasuryTransferFailed", async () => {
      await communityAct(chain, org, [action.setBudget(org.domains.c, NATIVE, E(1000), 7 * DAY)]);
      const treasuryBefore = await ethBalance(org.treasury);
      expect(treasuryBefore).toBe(E(100));
      await expectRevert(spend("eve", org.domains.c, NATIVE, chain.actors.stranger, E(101)), "OpGovTreasuryTransferFailed", [
        NATIVE,
        chain.actors.stranger,
        E(101),
      ]);
      expect(await ethBalance(org.treasury)).toBe(treasuryBefore);
      expect((await budget(org.domains.c, NATIVE)).spent).toBe(0n);
      // All of it is fine.
      await mined(chain, spend("eve", org.domains.c, NATIVE, chain.actors.stranger, E(100)));
      expect(await ethBalance(org.treasury)).toBe(0n);
    });
  });

  describe("amounts near 2^256", () => {
    it("refuses allowances of 2^96 and above with OpGovAllowanceAboveCap, even under the widest cap", async () => {
      const { opgov } = await as(chain, org, "community");
      await mined(chain, opgov.write.setTokenPolicy([org.token, true, MAX_UINT96]));
      for (const allowance of [2n ** 96n, 2n ** 128n, maxUint256]) {
        await expectRevert(
          opgov.write.act([[action.setBudget(org.domains.c, org.token, allowance, 0)], ZERO_HASH, ""]),
          "OpGovAllowanceAboveCap",
          [org.domains.c, org.token, allowance, MAX_UINT96],
        );
      }
      // The widest allowance that fits works, and a spend of 2^256 - 1 is still refused by the budget.
      await communityAct(chain, org, [action.setBudget(org.domains.c, org.token, MAX_UINT96, 0)]);
      const treasuryBefore = await (await viem().getContractAt("TestToken", org.token)).read.balanceOf([org.treasury]);
      await expectRevert(spend("eve", org.domains.c, org.token, chain.actors.stranger, maxUint256), "OpGovInsufficientBudget", [
        org.domains.c,
        org.token,
        maxUint256,
        MAX_UINT96,
      ]);
      // More than the treasury holds, within the allowance: the transfer fails, nothing is charged.
      await expectRevert(
        spend("eve", org.domains.c, org.token, chain.actors.stranger, MAX_UINT96),
        "OpGovTreasuryTransferFailed",
        [org.token, chain.actors.stranger, MAX_UINT96],
      );
      expect(await (await viem().getContractAt("TestToken", org.token)).read.balanceOf([org.treasury])).toBe(treasuryBefore);
      expect((await budget(org.domains.c, org.token)).spent).toBe(0n);
    });

    it("refuses an allocation of 2^128 with OpGovAmountTooLarge", async () => {
      const { opgov } = await as(chain, org, "community");
      for (const amount of [2n ** 128n, maxUint256]) {
        await expectRevert(
          opgov.write.act([[action.allocation(0, NATIVE, chain.actors.stranger, amount)], ZERO_HASH, ""]),
          "OpGovAmountTooLarge",
          [amount, 2n ** 128n - 1n],
        );
      }
      expect(await ethBalance(org.treasury)).toBe(E(100));
    });
  });
});
