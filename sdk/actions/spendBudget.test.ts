import { getAddress, parseEther, zeroAddress } from "viem";
import { beforeEach, describe, expect, it } from "vitest";
import { communityAct, as, mined, NATIVE } from "../../test/fixtures/org.js";
import { encodeSetBudget } from "../encoding/actions.js";
import { OpGovTreasuryTransferFailedError } from "../errors/opgov.js";
import {
  InsufficientBudgetError,
  InvalidAddressError,
  InvalidAmountError,
  InvalidParameterError,
  NotWearerError,
  SpendingPausedError,
  TokenNotAllowedError,
  UnknownDomainError,
} from "../errors/validation.js";
import { loadActionsFixture, expectNothingSent, type ActionsFixture } from "../../test/fixtures/actions.js";
import { spendBudget } from "./spendBudget.js";

describe("spendBudget", () => {
  let f: ActionsFixture;
  beforeEach(async () => {
    f = await loadActionsFixture();
  });

  it("spends from the domain budget and returns what remains, with the Spent event", async () => {
    const { org, chain, client } = f;
    const tusd = await chain.connection.viem.getContractAt("TestToken", org.token);
    const result = await spendBudget(client("bob"), { domain: 1, token: org.token, to: chain.actors.stranger, amount: parseEther("250") });
    expect(result.remaining).toBe(parseEther("7750")); // 10,000 granted, 2,000 delegated to B
    expect(result.spent.args).toMatchObject({ domain: 1, token: getAddress(org.token), to: chain.actors.stranger, spender: chain.actors.bob, amount: parseEther("250") });
    expect(result.gasUsed).toBeGreaterThan(0n);
    expect(result.hash).toMatch(/^0x[0-9a-f]{64}$/);
    expect(await tusd.read.balanceOf([chain.actors.stranger])).toBe(parseEther("250"));
  });

  it("spends native ETH", async () => {
    const { chain, client } = f;
    const before = await chain.publicClient.getBalance({ address: chain.actors.stranger });
    const { remaining } = await spendBudget(client("alice"), { domain: 1, token: NATIVE, to: chain.actors.stranger, amount: parseEther("1") });
    expect(remaining).toBe(parseEther("4"));
    expect(await chain.publicClient.getBalance({ address: chain.actors.stranger })).toBe(before + parseEther("1"));
  });

  it("refuses bad input before sending: zero amount, negative amount, bad checksum, zero recipient", async () => {
    const { org, chain, client } = f;
    const bob = chain.actors.bob;
    const base = { domain: 1, token: org.token, to: chain.actors.stranger, amount: 1n };
    await expectNothingSent(chain, bob, () => spendBudget(client("bob"), { ...base, amount: 0n }), InvalidAmountError);
    await expectNothingSent(chain, bob, () => spendBudget(client("bob"), { ...base, amount: -5n }), InvalidAmountError);
    const badChecksum = chain.actors.stranger.replace(/[a-f]/, (c) => c.toUpperCase()) as `0x${string}`;
    const error = await expectNothingSent(chain, bob, () => spendBudget(client("bob"), { ...base, to: badChecksum }), InvalidAddressError);
    expect(error.parameter).toBe("to");
    await expectNothingSent(chain, bob, () => spendBudget(client("bob"), { ...base, to: "0x1234" }), InvalidAddressError);
    await expectNothingSent(chain, bob, () => spendBudget(client("bob"), { ...base, to: zeroAddress }), InvalidParameterError);
  });

  it("refuses by reads before sending: unknown domain, not the spender, disallowed token, over budget, paused", async () => {
    const { org, chain, client } = f;
    const base = { domain: 1, token: org.token, to: chain.actors.stranger, amount: 1n };
    const unknown = await expectNothingSent(chain, chain.actors.bob, () => spendBudget(client("bob"), { ...base, domain: 99 }), UnknownDomainError);
    expect(unknown.domain).toBe(99);
    const notWearer = await expectNothingSent(chain, chain.actors.eve, () => spendBudget(client("eve"), base), NotWearerError);
    expect(notWearer.hat).toBe(org.memberHats.a);
    expect(notWearer.shortMessage).toContain(`0x${org.memberHats.a.toString(16).padStart(64, "0")}`);
    await expectNothingSent(chain, chain.actors.bob, () => spendBudget(client("bob"), { ...base, token: chain.actors.carol }), TokenNotAllowedError);
    const over = await expectNothingSent(chain, chain.actors.bob, () => spendBudget(client("bob"), { ...base, amount: parseEther("8001") }), InsufficientBudgetError);
    expect(over.remaining).toBe(parseEther("8000"));
    expect(over.shortMessage).toContain("8000000000000000000000 base units");

    const { opgov } = await as(chain, org, "community");
    await mined(chain, opgov.write.setSpendingPaused([true]));
    await expectNothingSent(chain, chain.actors.bob, () => spendBudget(client("bob"), base), SpendingPausedError);
  });

  it("decodes a contract revert into its named error (the treasury cannot pay)", async () => {
    const { org, chain, client } = f;
    // Raise domain 1's ETH budget above what the treasury holds (100 ETH), then spend it.
    await communityAct(chain, org, [
      encodeSetBudget({ domain: 1, token: NATIVE, allowance: parseEther("500"), epochLength: 0 }),
    ]);
    const error = await expectNothingSent(
      chain,
      chain.actors.bob,
      () => spendBudget(client("bob"), { domain: 1, token: NATIVE, to: chain.actors.stranger, amount: parseEther("200") }),
      OpGovTreasuryTransferFailedError,
    );
    expect(error.args).toEqual({ token: NATIVE, to: chain.actors.stranger, amount: parseEther("200") });
    expect(error.shortMessage).toContain("200 ETH");
  });
});
