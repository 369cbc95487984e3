// Hat id arithmetic: a fixed example for each function, and properties checked against a small
// model of the documented layout (32-bit domain, then 14 levels of 16 bits) and the Hats SDK's own
// id utilities.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { childId, connectHats, topHatId } from "./fixture.js";
import { HatsSdk } from "./hatsSdk.js";

const { hats, accounts } = await connectHats();
const { dao, toggleEoa, eligibilityEoa } = accounts;

const MAX = (1n << 256n) - 1n;
const LOW_224 = (1n << 224n) - 1n;

const model = {
  field: (id: bigint, level: number) => (id >> BigInt(16 * (14 - level))) & 0xffffn,
  localLevel(id: bigint): number {
    for (let level = 14; level > 0; level--) if (model.field(id, level) !== 0n) return level;
    return 0;
  },
  buildHatId(admin: bigint, child: number): bigint {
    const level = model.localLevel(admin);
    return level === 14 ? 0n : admin | (BigInt(child) << BigInt(16 * (13 - level)));
  },
  adminAtLocalLevel: (id: bigint, level: number) =>
    level >= 14 ? id : id & ((MAX << BigInt(16 * (14 - level))) & MAX),
  isValid(id: bigint): boolean {
    const level = model.localLevel(id);
    for (let l = 1; l < level; l++) if (model.field(id, l) === 0n) return false;
    return true;
  },
  isLocalTopHat: (id: bigint) => id !== 0n && (id & LOW_224) === 0n,
  domain: (id: bigint) => Number(id >> 224n),
};

/** Ids whose levels may be empty anywhere, like hand-made or malformed ids. */
const anyId = fc
  .tuple(
    fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 0xffff })), { minLength: 14, maxLength: 14 }),
  )
  .map(([domain, fields]) =>
    fields.reduce((id, f, i) => id | (BigInt(f) << BigInt(16 * (13 - i))), BigInt(domain) << 224n),
  );

/** Well-formed ids: a domain and `level` non-empty levels. */
const validId = fc
  .tuple(fc.integer({ min: 1, max: 2 ** 32 - 1 }), fc.array(fc.integer({ min: 1, max: 0xffff }), { maxLength: 14 }))
  .map(([domain, fields]) =>
    fields.reduce((id, f, i) => id | (BigInt(f) << BigInt(16 * (13 - i))), BigInt(domain) << 224n),
  );

const runs = { numRuns: 60 };

describe("hat id functions on fixed examples", () => {
  // Tree 7, hat 7.3.1 (the SDK's dotted notation): level 2.
  const hat = HatsSdk.hatIdIpToDecimal("7.3.1");

  it("read levels, domain and admins of hat 7.3.1", async () => {
    expect(hat).toBe(childId(childId(topHatId(7), 1, 3), 2, 1));
    expect(await hats.read.getLocalHatLevel([hat])).toBe(2);
    expect(await hats.read.getHatLevel([hat])).toBe(2);
    expect(await hats.read.getTopHatDomain([hat])).toBe(7);
    expect(await hats.read.getTippyTopHatDomain([7])).toBe(7);
    expect(await hats.read.getAdminAtLocalLevel([hat, 1])).toBe(HatsSdk.hatIdIpToDecimal("7.3"));
    expect(await hats.read.getAdminAtLevel([hat, 0])).toBe(topHatId(7));
    expect(await hats.read.buildHatId([hat, 9])).toBe(HatsSdk.hatIdIpToDecimal("7.3.1.9"));
    expect(await hats.read.isValidHatId([hat])).toBe(true);
    expect(await hats.read.isValidHatId([HatsSdk.hatIdIpToDecimal("7.3.1") ^ childId(0n, 1, 3)])).toBe(false);
  });

  it("tell top hats apart", async () => {
    expect(await hats.read.isTopHat([topHatId(7)])).toBe(true);
    expect(await hats.read.isLocalTopHat([topHatId(7)])).toBe(true);
    expect(await hats.read.isTopHat([hat])).toBe(false);
    expect(await hats.read.isLocalTopHat([0n])).toBe(false);
  });

  it("return zero from buildHatId under a level-14 hat", async () => {
    const deepest = HatsSdk.hatIdIpToDecimal(`1.${Array(14).fill(1).join(".")}`);
    expect(await hats.read.getLocalHatLevel([deepest])).toBe(14);
    expect(await hats.read.buildHatId([deepest, 1])).toBe(0n);
  });

  it("number top hats from 1 and children from 1, as getNextId and lastTopHatId report", async () => {
    expect(await hats.read.lastTopHatId()).toBe(0);
    await hats.write.mintTopHat([dao, "a", ""], { account: dao });
    await hats.write.mintTopHat([dao, "b", ""], { account: dao });
    expect(await hats.read.lastTopHatId()).toBe(2);
    const top = topHatId(2);
    expect(await hats.read.getNextId([top])).toBe(childId(top, 1, 1));
    await hats.write.createHat([top, "c", 1, eligibilityEoa, toggleEoa, true, ""], { account: dao });
    expect(await hats.read.getNextId([top])).toBe(childId(top, 1, 2));
    expect((await hats.read.viewHat([top]))[6]).toBe(1);
  });
});

describe("hat id functions, for any id", () => {
  it("getLocalHatLevel, isValidHatId, isLocalTopHat and getTopHatDomain follow the id layout", async () => {
    await fc.assert(
      fc.asyncProperty(anyId, async (id) => {
        expect(await hats.read.getLocalHatLevel([id])).toBe(model.localLevel(id));
        expect(await hats.read.isValidHatId([id])).toBe(model.isValid(id));
        expect(await hats.read.isLocalTopHat([id])).toBe(model.isLocalTopHat(id));
        expect(await hats.read.getTopHatDomain([id])).toBe(model.domain(id));
      }),
      runs,
    );
  });

  it("getAdminAtLocalLevel keeps the levels down to the one asked for", async () => {
    await fc.assert(
      fc.asyncProperty(anyId, fc.integer({ min: 0, max: 20 }), async (id, level) => {
        expect(await hats.read.getAdminAtLocalLevel([id, level])).toBe(model.adminAtLocalLevel(id, level));
      }),
      runs,
    );
  });

  it("buildHatId appends one level, whose admin is the given hat", async () => {
    await fc.assert(
      fc.asyncProperty(validId, fc.integer({ min: 1, max: 0xffff }), async (admin, child) => {
        const id = await hats.read.buildHatId([admin, child]);
        expect(id).toBe(model.buildHatId(admin, child));
        const level = model.localLevel(admin);
        if (level < 14) {
          expect(await hats.read.getLocalHatLevel([id])).toBe(level + 1);
          expect(await hats.read.getAdminAtLocalLevel([id, level])).toBe(admin);
          expect(HatsSdk.hatIdDecimalToIp(id)).toBe(`${HatsSdk.hatIdDecimalToIp(admin)}.${child}`);
        }
      }),
      runs,
    );
  });

  it("global levels and admins equal the local ones in trees that are not linked", async () => {
    await fc.assert(
      fc.asyncProperty(validId, fc.integer({ min: 0, max: 14 }), async (id, level) => {
        expect(await hats.read.getHatLevel([id])).toBe(model.localLevel(id));
        expect(await hats.read.getAdminAtLevel([id, level])).toBe(model.adminAtLocalLevel(id, level));
        expect(await hats.read.isTopHat([id])).toBe(model.isLocalTopHat(id));
      }),
      runs,
    );
  });
});
