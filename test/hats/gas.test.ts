// What an isWearerOfHat check costs, and the storage packing that keeps it cheap.
//
// Run with HATS_GAS_REPORT=1 to print the measured figures.
import { type Address, encodeAbiParameters, encodeFunctionData, getAddress, keccak256 } from "viem";
import { describe, expect, it } from "vitest";
import { buildTree, connectHats } from "./fixture.js";
import { HATS_V1_ADDRESS } from "../../sdk/chains/addresses.js";

const connection = await connectHats();
const { viem, hats, accounts, provider, publicClient, networkHelpers } = connection;
const { dao, alice, bob, dave } = accounts;

const setup = () => networkHelpers.loadFixture(setupFixture);
async function setupFixture() {
  const built = await buildTree(connection);
  const probe = await viem.deployContract("HatsGasProbe");
  return { ...built, probe };
}

// Storage slots of HatsCompat's state, in declaration order (constants take none).
const HATS_SLOT = 4n;
const WEARING_SLOT = 5n;

const slotOf = (key: bigint | Address, base: bigint | `0x${string}`) =>
  keccak256(
    encodeAbiParameters(
      [
        { type: typeof key === "bigint" ? "uint256" : "address" },
        { type: typeof base === "bigint" ? "uint256" : "bytes32" },
      ],
      [key, base] as never,
    ),
  );
const word = async (slot: `0x${string}`) =>
  BigInt((await publicClient.getStorageAt({ address: HATS_V1_ADDRESS, slot })) ?? "0x0");
const plus = (slot: `0x${string}`, n: bigint) => `0x${(BigInt(slot) + n).toString(16).padStart(64, "0")}` as const;

/** Distinct storage slots one isWearerOfHat call reads, its SLOADs, and the module calls it makes. */
async function storageReads(user: Address, hatId: bigint) {
  const data = encodeFunctionData({ abi: hats.abi, functionName: "isWearerOfHat", args: [user, hatId] });
  const trace = (await provider.request({
    method: "debug_traceCall",
    params: [{ to: HATS_V1_ADDRESS, data }, "latest"],
  })) as {
    structLogs: { op: string; depth: number; stack?: string[] }[];
  };
  const sloads = trace.structLogs.filter((log) => log.op === "SLOAD" && log.depth === 1);
  const slots = new Set(sloads.map((log) => log.stack?.[log.stack.length - 1]));
  const calls = trace.structLogs.filter((log) => log.op === "STATICCALL" && log.depth === 1).length;
  return { sloads: sloads.length, slots: slots.size, calls };
}

describe("storage packing", () => {
  it("keeps a hat's eligibility, max supply, supply, child count and flags in its first slot", async () => {
    const { ids, eligibility } = await setup();
    const packed = await word(slotOf(ids.cell, HATS_SLOT));
    expect(getAddress(`0x${(packed & ((1n << 160n) - 1n)).toString(16).padStart(40, "0")}`)).toBe(
      getAddress(eligibility.address),
    );
    expect((packed >> 160n) & 0xffffffffn).toBe(3n); // maxSupply
    expect((packed >> 192n) & 0xffffffffn).toBe(1n); // supply
    expect((packed >> 224n) & 0xffffn).toBe(1n); // lastHatId
    expect((packed >> 240n) & 0xffn).toBe(0b111n); // flags: active, mutable, has toggle
  });

  it("keeps the toggle alone in the second slot, and a top hat's flags without a toggle", async () => {
    const { ids, toggle } = await setup();
    expect(await word(plus(slotOf(ids.cell, HATS_SLOT), 1n))).toBe(BigInt(toggle.address));
    expect(((await word(slotOf(ids.top, HATS_SLOT))) >> 240n) & 0xffn).toBe(0b001n); // active only
  });

  it("keeps each wearer's balance and stored standing in one slot per hat and account", async () => {
    const { ids } = await setup();
    const slot = slotOf(bob, slotOf(ids.humanistic, WEARING_SLOT));
    expect(await word(slot)).toBe(0x0001n); // wears, good standing
    await hats.write.setHatWearerStatus([ids.humanistic, bob, true, false], { account: accounts.eligibilityEoa });
    expect(await word(slot)).toBe(0x0100n); // burned, bad standing
  });
});

describe("isWearerOfHat cost", () => {
  // [who, which hat, distinct slots read, module calls, gas bound with Hats' account cold, warm]
  const cases = [
    ["a non-wearer", "member", 1, 0, 6_000, 1_400],
    ["the wearer of a top hat (no modules)", "top", 2, 0, 8_500, 1_800],
    ["a wearer of a hat with EOA modules", "humanistic", 3, 2, 16_500, 2_600],
    ["a wearer of a hat with contract modules", "member", 3, 2, 22_000, 4_000],
  ] as const;
  const users = { "a non-wearer": dave, "the wearer of a top hat (no modules)": dao } as Record<string, Address>;

  it.each(cases)(
    "for %s of %s reads %i slot(s) once each, makes %i module call(s), within budget",
    async (who, hat, slots, calls, coldBound, warmBound) => {
      const { ids, probe } = await setup();
      const hatId = ids[hat];
      const user = users[who] ?? bob;
      const [isWearer, cold, warm] = await probe.read.measure([HATS_V1_ADDRESS, user, hatId]);
      const [, coldOnceHatsIsWarm] = await probe.read.measureWithHatsWarm([HATS_V1_ADDRESS, user, hatId]);
      expect(isWearer).toBe(user !== dave);
      expect(await storageReads(user, hatId)).toEqual({ sloads: slots, slots, calls });
      expect(cold).toBeLessThanOrEqual(BigInt(coldBound));
      expect(warm).toBeLessThanOrEqual(BigInt(warmBound));
      if (process.env.HATS_GAS_REPORT === "1") {
        console.info(
          `isWearerOfHat, ${who}: cold ${cold} (${coldOnceHatsIsWarm} with Hats' account warm), warm ${warm}`,
        );
      }
    },
  );
});
