import { beforeEach, describe, expect, it } from "vitest";
import { getAddress, parseAbi, type Address } from "viem";
import { expectNothingSent, HOUR, warp } from "../../test/fixtures/actions.js";
import { loadChainFixture, type ActorName, type LocalChain } from "../../test/fixtures/chain.js";
import { docHash, mined } from "../../test/fixtures/org.js";
import { safeOrg, type SafeOrg } from "../../test/fixtures/safes.js";
import { sdkClient } from "../../test/fixtures/sdk.js";
import { actAsCommunity } from "../actions/actAsCommunity.js";
import { closeRound } from "../actions/closeRound.js";
import { escalateRound } from "../actions/escalateRound.js";
import { executeRound } from "../actions/executeRound.js";
import { objectToRound } from "../actions/objectToRound.js";
import { proposeRound } from "../actions/proposeRound.js";
import { resolveEscalation } from "../actions/resolveEscalation.js";
import { withdrawObjection } from "../actions/withdrawObjection.js";
import { encodeMovePhase, encodePolicyDecision } from "../encoding/actions.js";
import { ObjectionStatus, RoundState } from "../encoding/types.js";
import { InvalidAddressError, NotWearerError } from "../errors/validation.js";
import { readObjectionStatus, readRound } from "../internal/checks.js";
import { NotASafeError, NotSafeOwnerError, SafeThresholdNotMetError } from "./errors.js";

const safeNonceAbi = parseAbi(["function nonce() view returns (uint256)"]);

describe("via: a Safe acts", () => {
  let chain: LocalChain;
  let org: SafeOrg;
  const client = (who: ActorName) => sdkClient(chain, who, org);
  const wallet = (who: ActorName) => chain.wallets[who] as never;
  const safeNonce = (safe: Address) => chain.publicClient.readContract({ abi: safeNonceAbi, address: safe, functionName: "nonce" });
  const policy = (salt: string, scope = () => org.cells.a) => ({
    scope: scope(),
    actions: [encodePolicyDecision({ uri: "ipfs://policy", contentHash: docHash("policy") })],
    window: HOUR,
    rationaleUri: "ipfs://why",
    rationaleHash: docHash("why"),
    salt: docHash(salt),
  });

  beforeEach(async () => {
    ({ chain, data: org } = await loadChainFixture(safeOrg));
  });

  describe("proposeRound", () => {
    it("proposes as a 1-of-1 cell Safe: the Safe's cell hat, the executor alone signs", async () => {
      const before = await safeNonce(org.safe1);
      const result = await proposeRound(client("alice"), {
        scope: org.cells.d,
        actions: [encodeMovePhase({ cell: org.cells.d, to: 1 })],
        window: HOUR,
        rationaleUri: "ipfs://form",
        rationaleHash: docHash("form"),
        via: { safe: org.safe1 },
      });
      expect(result.proposed.args.proposer).toBe(org.safe1);
      expect(result.safe).toMatchObject({ safe: org.safe1, nonce: before, signers: [chain.actors.alice] });
      expect(result.gasUsed).toBe(result.receipt.gasUsed);
      expect(await safeNonce(org.safe1)).toBe(before + 1n);
      expect((await readRound(client("alice"), result.round)).state).toBe(RoundState.Open);
    });

    it("proposes as a 2-of-3 Safe: alice executes, bob co-signs; surplus co-signers are not asked", async () => {
      const result = await proposeRound(client("alice"), { ...policy("two-of-three"), via: { safe: org.safe3, signers: [wallet("bob"), wallet("carol")] } });
      expect(result.proposed.args.proposer).toBe(org.safe3);
      expect(result.safe?.signers).toEqual([chain.actors.alice, chain.actors.bob]);
      expect(result.content.scope).toBe(org.cells.a);
    });

    it("refuses without sending when the owners present are fewer than the threshold", async () => {
      const before = await safeNonce(org.safe3);
      const error = await expectNothingSent(chain, chain.actors.alice, () => proposeRound(client("alice"), { ...policy("alone"), via: { safe: org.safe3 } }), SafeThresholdNotMetError);
      expect(error).toMatchObject({ safe: org.safe3, threshold: 2, got: 1, owners: [chain.actors.alice, chain.actors.bob, chain.actors.carol] });
      // The executor listed again as a co-signer does not count twice.
      const twice = await expectNothingSent(
        chain,
        chain.actors.alice,
        () => proposeRound(client("alice"), { ...policy("alone"), via: { safe: org.safe3, signers: [wallet("alice")] } }),
        SafeThresholdNotMetError,
      );
      expect(twice.got).toBe(1);
      expect(await safeNonce(org.safe3)).toBe(before);
    });

    it("refuses without sending when the executor or a co-signer is not an owner", async () => {
      const executor = await expectNothingSent(chain, chain.actors.dave, () => proposeRound(client("dave"), { ...policy("x"), via: { safe: org.safe3, signers: [wallet("bob")] } }), NotSafeOwnerError);
      expect(executor).toMatchObject({ safe: org.safe3, account: chain.actors.dave, as: "executor" });
      const cosigner = await expectNothingSent(chain, chain.actors.alice, () => proposeRound(client("alice"), { ...policy("x"), via: { safe: org.safe3, signers: [wallet("dave")] } }), NotSafeOwnerError);
      expect(cosigner).toMatchObject({ account: chain.actors.dave, as: "co-signer" });
    });

    it("refuses without sending when the Safe does not wear the hat, or is no Safe", async () => {
      const error = await expectNothingSent(
        chain,
        chain.actors.alice,
        () => proposeRound(client("alice"), { ...policy("c", () => org.cells.c), via: { safe: org.safe3, signers: [wallet("bob")] } }),
        NotWearerError,
      );
      expect(error).toMatchObject({ account: org.safe3, hat: org.memberHats.c });
      const eoa = await expectNothingSent(chain, chain.actors.alice, () => proposeRound(client("alice"), { ...policy("eoa"), via: { safe: chain.actors.bob } }), NotASafeError);
      expect(eoa.safe).toBe(chain.actors.bob);
      await expectNothingSent(chain, chain.actors.alice, () => proposeRound(client("alice"), { ...policy("bad"), via: { safe: "0x1234" as Address } }), InvalidAddressError);
    });
  });

  describe("objectToRound and withdrawObjection", () => {
    it("objects as a Safe (alice executes, carol co-signs) and withdraws as it", async () => {
      const proposed = await proposeRound(client("bob"), policy("object"));
      const via = { safe: org.safe3, signers: [wallet("carol")] };
      const objected = await objectToRound(client("alice"), { round: proposed.round, objectorHats: proposed.content.objectorHats, reasonUri: "ipfs://no", reasonHash: docHash("no"), via });
      expect(objected.raised.args).toMatchObject({ round: proposed.round, objector: org.safe3 });
      expect(await readObjectionStatus(client("alice"), proposed.round, org.safe3)).toBe(ObjectionStatus.Standing);
      // Alice's own account has no objection: the Safe's is not hers.
      expect(await readObjectionStatus(client("alice"), proposed.round, chain.actors.alice)).not.toBe(ObjectionStatus.Standing);
      await withdrawObjection(client("bob"), { round: proposed.round, via: { safe: org.safe3, signers: [wallet("alice")] } });
      expect(await readObjectionStatus(client("alice"), proposed.round, org.safe3)).not.toBe(ObjectionStatus.Standing);
    });
  });

  describe("resolveEscalation", () => {
    it("decides an escalated round of sub-cell Q as the parent cell P's Safe (2-of-3)", async () => {
      const proposed = await proposeRound(client("carol"), policy("escalate", () => org.cells.q));
      await objectToRound(client("dave"), { round: proposed.round, objectorHats: proposed.content.objectorHats, reasonUri: "ipfs://no", reasonHash: docHash("no") });
      await warp(chain, HOUR);
      await escalateRound(client("dave"), { round: proposed.round, content: proposed.content });
      const rationale = { rationaleUri: "ipfs://decision", rationaleHash: docHash("decision") };
      // Alice alone is not P's resolver: the Safe wears P's cell hat.
      await expectNothingSent(chain, chain.actors.alice, () => resolveEscalation(client("alice"), { ...proposed, accept: true, ...rationale }), NotWearerError);
      const resolved = await resolveEscalation(client("alice"), {
        ...proposed,
        accept: true,
        dismissed: [chain.actors.dave],
        ...rationale,
        via: { safe: org.safe3, signers: [wallet("bob")] },
      });
      expect(resolved.resolved.args).toMatchObject({ round: proposed.round, accepted: true, resolver: org.safe3 });
      await executeRound(client("stranger"), proposed);
    });
  });

  describe("actAsCommunity", () => {
    it("acts as the community through the treasury Safe, which wears the community hat", async () => {
      const community = await chain.connection.viem.getContractAt("IHats", chain.addresses.hats, { client: { wallet: chain.wallets.community } });
      await mined(chain, community.write.transferHat([org.topHat, chain.actors.community, org.treasury]));
      const act = {
        actions: [encodeMovePhase({ cell: org.cells.d, to: 1 })],
        rationaleUri: "ipfs://community",
        rationaleHash: docHash("community"),
      };
      await expectNothingSent(chain, chain.actors.community, () => actAsCommunity(client("community"), act), NotWearerError);
      const acted = await actAsCommunity(client("community"), { ...act, via: { safe: org.treasury } });
      expect(acted.acted.args.by).toBe(getAddress(org.treasury));
      expect(acted.memberHats.map((m) => m.cell)).toEqual([org.cells.d]);
      expect(acted.safe?.signers).toEqual([chain.actors.community]);
    });
  });

  describe("anyone-may actions", () => {
    it("closes a round through a Safe", async () => {
      const proposed = await proposeRound(client("bob"), policy("close"));
      await warp(chain, HOUR);
      const closed = await closeRound(client("alice"), { round: proposed.round, via: { safe: org.safe1 } });
      expect(closed.consented).toBe(true);
      expect(closed.safe?.safe).toBe(org.safe1);
    });
  });
});

describe("every write action takes `via`", () => {
  it("passes it to the acting-account checks and to sendContract", async () => {
    const { readdir, readFile } = await import("node:fs/promises");
    const dir = new URL("../actions/", import.meta.url);
    const files = (await readdir(dir)).filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && file !== "types.ts");
    const sending: string[] = [];
    for (const file of files) {
      const source = await readFile(new URL(file, dir), "utf8");
      if (!source.includes("sendContract(client")) continue;
      sending.push(file);
      expect(source, file).toMatch(/Parameters = WriteOptions & /);
      expect(source.match(/sendContract\(client/g)?.length, file).toBe(source.match(/via: parameters\.via/g)?.length);
      if (source.includes("sender(client")) expect(source, file).toContain("sender(client, action, parameters.via)");
    }
    expect(sending.length).toBe(22);
  });
});
