// The ERC-1155 face of hats (events, balances, interfaces, metadata) and the stored hat properties.
import { getAddress, zeroAddress } from "viem";
import { describe, expect, it } from "vitest";
import { buildTree, childId, connectHats, topHatId } from "./fixture.js";

const connection = await connectHats();
const { hats, accounts, networkHelpers, hatsEvents } = connection;
const { dao, alice, bob, carol, dave, erin, toggleEoa, eligibilityEoa } = accounts;

const tree = () => networkHelpers.loadFixture(treeFixture);
async function treeFixture() {
  return buildTree(connection);
}

describe("events", () => {
  it("mintTopHat emits HatCreated, then the mint's TransferSingle", async () => {
    await tree();
    const hash = await hats.write.mintTopHat([erin, "new dao", "ipfs://x"], { account: dave });
    const id = topHatId(2);
    expect(await hatsEvents(hash)).toEqual([
      {
        eventName: "HatCreated",
        args: {
          id,
          details: "new dao",
          maxSupply: 1,
          eligibility: zeroAddress,
          toggle: zeroAddress,
          mutable_: false,
          imageURI: "ipfs://x",
        },
      },
      { eventName: "TransferSingle", args: { operator: dave, from: zeroAddress, to: erin, id, amount: 1n } },
    ]);
  });

  it("createHat emits HatCreated with every property", async () => {
    const { ids } = await tree();
    const hash = await hats.write.createHat([ids.cell, "role", 7, eligibilityEoa, toggleEoa, false, "ipfs://r"], {
      account: alice,
    });
    expect(await hatsEvents(hash)).toEqual([
      {
        eventName: "HatCreated",
        args: {
          id: childId(ids.cell, 2, 2),
          details: "role",
          maxSupply: 7,
          eligibility: eligibilityEoa,
          toggle: toggleEoa,
          mutable_: false,
          imageURI: "ipfs://r",
        },
      },
    ]);
  });

  it("mints, transfers and burns emit TransferSingle with the caller as operator and keep supply", async () => {
    const { ids } = await tree();
    const mint = await hats.write.mintHat([ids.member, dave], { account: alice });
    expect(await hatsEvents(mint)).toEqual([
      {
        eventName: "TransferSingle",
        args: { operator: alice, from: zeroAddress, to: dave, id: ids.member, amount: 1n },
      },
    ]);
    const transfer = await hats.write.transferHat([ids.member, dave, erin], { account: dao });
    expect(await hatsEvents(transfer)).toEqual([
      { eventName: "TransferSingle", args: { operator: dao, from: dave, to: erin, id: ids.member, amount: 1n } },
    ]);
    expect(await hats.read.hatSupply([ids.member])).toBe(2);
    const burn = await hats.write.renounceHat([ids.member], { account: erin });
    expect(await hatsEvents(burn)).toEqual([
      {
        eventName: "TransferSingle",
        args: { operator: erin, from: erin, to: zeroAddress, id: ids.member, amount: 1n },
      },
    ]);
    expect(await hats.read.hatSupply([ids.member])).toBe(1);
  });

  it("changes emit their events", async () => {
    const { ids } = await tree();
    const events = async (hash: Promise<`0x${string}`>) => hatsEvents(await hash);
    expect(await events(hats.write.changeHatDetails([ids.member, "d"], { account: dao }))).toEqual([
      { eventName: "HatDetailsChanged", args: { hatId: ids.member, newDetails: "d" } },
    ]);
    expect(await events(hats.write.changeHatImageURI([ids.member, "i"], { account: dao }))).toEqual([
      { eventName: "HatImageURIChanged", args: { hatId: ids.member, newImageURI: "i" } },
    ]);
    expect(await events(hats.write.changeHatMaxSupply([ids.member, 3], { account: dao }))).toEqual([
      { eventName: "HatMaxSupplyChanged", args: { hatId: ids.member, newMaxSupply: 3 } },
    ]);
    expect(await events(hats.write.changeHatMaxSupply([ids.member, 3], { account: dao }))).toEqual([]);
    expect(await events(hats.write.makeHatImmutable([ids.member], { account: dao }))).toEqual([
      { eventName: "HatMutabilityChanged", args: { hatId: ids.member } },
    ]);
  });
});

describe("balances", () => {
  it("balanceOf and balanceOfBatch are 1 for wearers and 0 for everyone else", async () => {
    const { ids } = await tree();
    expect(await hats.read.balanceOf([bob, ids.member])).toBe(1n);
    expect(await hats.read.balanceOf([dave, ids.member])).toBe(0n);
    expect(
      await hats.read.balanceOfBatch([
        [dao, alice, bob, carol, dave],
        [ids.top, ids.cell, ids.member, ids.frozen, ids.member],
      ]),
    ).toEqual([1n, 1n, 1n, 1n, 0n]);
  });
});

describe("ERC-165 and names", () => {
  it("supports ERC-165, ERC-1155 and the metadata URI extension only", async () => {
    expect(await hats.read.supportsInterface(["0x01ffc9a7"])).toBe(true);
    expect(await hats.read.supportsInterface(["0xd9b67a26"])).toBe(true);
    expect(await hats.read.supportsInterface(["0x0e89341c"])).toBe(true);
    expect(await hats.read.supportsInterface(["0xffffffff"])).toBe(false);
  });

  it("is named Hats Protocol v1, with no base image", async () => {
    expect(await hats.read.name()).toBe("Hats Protocol v1");
    expect(await hats.read.baseImageURI()).toBe("");
  });
});

describe("viewHat and module getters", () => {
  it("return the stored properties", async () => {
    const { ids, toggle, eligibility } = await tree();
    expect(await hats.read.viewHat([ids.cell])).toEqual([
      "cell",
      3,
      1,
      getAddress(eligibility.address),
      getAddress(toggle.address),
      "",
      1,
      true,
      true,
    ]);
    expect(await hats.read.getHatEligibilityModule([ids.humanistic])).toBe(eligibilityEoa);
    expect(await hats.read.getHatToggleModule([ids.humanistic])).toBe(toggleEoa);
    expect(await hats.read.getHatMaxSupply([ids.humanistic])).toBe(5);
  });

  it("return zeros for a hat that was never created", async () => {
    await tree();
    expect(await hats.read.viewHat([childId(topHatId(9), 1, 1)])).toEqual([
      "",
      0,
      0,
      zeroAddress,
      zeroAddress,
      "",
      0,
      false,
      false,
    ]);
  });
});

describe("images and uri", () => {
  it("getImageURIForHat takes the hat's own image, else the nearest admin's, else the base image", async () => {
    const { ids } = await tree();
    expect(await hats.read.getImageURIForHat([ids.frozen])).toBe("ipfs://frozen");
    expect(await hats.read.getImageURIForHat([ids.member])).toBe("ipfs://top");
    await hats.write.changeHatImageURI([ids.cell, "ipfs://cell"], { account: dao });
    expect(await hats.read.getImageURIForHat([ids.member])).toBe("ipfs://cell");
    await hats.write.mintTopHat([erin, "bare", ""], { account: erin });
    expect(await hats.read.getImageURIForHat([topHatId(2)])).toBe("");
  });

  it("uri is a base64 JSON document describing the hat, with its text escaped", async () => {
    const { ids } = await tree();
    await hats.write.changeHatDetails([ids.member, 'say "hi"\nback\\slash'], { account: dao });
    const uri = await hats.read.uri([ids.member]);
    const prefix = "data:application/json;base64,";
    expect(uri.startsWith(prefix)).toBe(true);
    const json = JSON.parse(Buffer.from(uri.slice(prefix.length), "base64").toString("utf8"));
    expect(json).toEqual({
      name: "Hat",
      description: 'say "hi"\nback\\slash',
      image: "ipfs://top",
      properties: {
        domain: 1,
        id: ids.member.toString(),
        "pretty id": `0x${ids.member.toString(16).padStart(64, "0")}`,
        status: "active",
        "current supply": 1,
        "supply cap": 10,
        admin: `0x${ids.cell.toString(16).padStart(64, "0")}`,
      },
    });
  });
});
