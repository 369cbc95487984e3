import {
  encodeFunctionData,
  getAddress,
  keccak256,
  parseEther,
  stringToHex,
  zeroAddress,
  type Abi,
  type Address,
  type Hex,
} from "viem";
import {
  encodeAllocation,
  encodeAssignDomain,
  encodeCreateCell,
  encodeDelegateDomain,
  encodeMovePhase,
  encodeSetBudget,
} from "../sdk/encoding/actions.js";
import type { Action, Phase } from "../sdk/encoding/types.js";
import type { BenchChain, Person } from "./chain.js";
import { deploySafe, signedExec } from "./safe.js";

// opgov's side of the benchmark: a DAO (top hat, treasury Safe with opgov as its module, the
// instance from the factory) and, per circle size, a cell A (Coordination) with a sub-cell B
// (Organization), each with `members` wearers of its member hat; B owns a domain delegated from
// A's. The team is B; its parent circle (A's members) is who may object.

export const HOUR = 3600;
export const DAY = 86_400;
export const docHash = (text: string): Hex => keccak256(stringToHex(text));
export const filler = (tag: number, i: number): Address => getAddress(`0x${(0xbe000000 + tag * 0x10000 + i).toString(16).padStart(40, "0")}`);

export type ActionInput = Action;
/** The SDK's encoders, in the positional form the bench's jobs use (document hashes from their URIs). */
export const action = {
  allocation: (domain: number, token: Address, recipient: Address, amount: bigint) => encodeAllocation({ domain, token, recipient, amount }),
  setBudget: (domain: number, token: Address, allowance: bigint, epochLength: number) => encodeSetBudget({ domain, token, allowance, epochLength }),
  createCell: (parent: bigint, wearer: Address, uri: string) => encodeCreateCell({ parent, wearer, metadataUri: uri, metadataHash: docHash(uri) }),
  movePhase: (cell: bigint, to: number) => encodeMovePhase({ cell, to: to as Phase }),
  assignDomain: (owner: bigint, spenderHat: bigint, uri: string) =>
    encodeAssignDomain({ owner, spenderHat, descriptionUri: uri, descriptionHash: docHash(uri) }),
  delegateDomain: (parent: number, owner: bigint, spenderHat: bigint, uri: string) =>
    encodeDelegateDomain({ parent, owner, spenderHat, descriptionUri: uri, descriptionHash: docHash(uri) }),
};

export const DEFAULT_CONSTRAINTS = {
  minWindow: HOUR,
  maxWindow: 14 * DAY,
  executionWindow: 7 * DAY,
  spendingPaused: false,
  // Parent circle for every treasury/structure kind, cell members for policy decisions.
  requiredParties: 0x02_01_01_01_01_01_01n,
};

export type Abis = { opgov: Abi; hats: Abi; factory: Abi; token: Abi };

export async function loadAbis(chain: BenchChain): Promise<Abis & { tokenBytecode: Hex }> {
  const [opgov, hats, factory, token] = await Promise.all([
    chain.artifact("IOpGov"),
    chain.artifact("IHats"),
    chain.artifact("OpGovFactory"),
    chain.artifact("TestToken"),
  ]);
  return { opgov: opgov.abi as Abi, hats: hats.abi as Abi, factory: factory.abi as Abi, token: token.abi as Abi, tokenBytecode: token.bytecode as Hex };
}

/** The DAO: top hat (community), treasury Safe (1-of-1 community) holding TUSD, opgov enabled on it. */
export async function deployDao(chain: BenchChain, abis: Abis, token: Address) {
  const community = await chain.person("community");
  const hats = chain.addresses.hats;
  const top = await chain.publicClient.simulateContract({
    account: community.address,
    address: hats,
    abi: abis.hats,
    functionName: "mintTopHat",
    args: [community.address, "The DAO", ""],
  });
  const topHat = top.result as bigint;
  await chain.call(community, hats, abis.hats, "mintTopHat", [community.address, "The DAO", ""]);
  const treasury = await deploySafe(chain, community, [community.address], 1);
  const rootArgs = [topHat, "opgov", 1, community.address, community.address, true, ""] as const;
  const root = await chain.publicClient.simulateContract({ account: community.address, address: hats, abi: abis.hats, functionName: "createHat", args: rootArgs });
  const rootHat = root.result as bigint;
  await chain.call(community, hats, abis.hats, "createHat", rootArgs);
  const params = {
    treasury,
    communityHat: topHat,
    rootHat,
    constraints: DEFAULT_CONSTRAINTS,
    tokens: [zeroAddress, token],
    caps: [parseEther("1000"), parseEther("1000000")],
  };
  const salt = docHash("bench-dao");
  const factory = chain.addresses.opgov.factory;
  const opgov = await chain.read<Address>(factory, abis.factory, "predict", [params, salt]);
  await chain.call(community, hats, abis.hats, "mintHat", [rootHat, opgov]);
  const enable = encodeFunctionData({ abi: chain.safeAbi, functionName: "enableModule", args: [opgov] });
  await chain.send(community, treasury, await signedExec(chain, treasury, { to: treasury, data: enable }, [community], community));
  await chain.call(community, factory, abis.factory, "deploy", [params, salt]);
  await chain.call(community, token, abis.token, "mint", [treasury, parseEther("1000000")]);
  return { community, treasury, topHat, rootHat, opgov, token };
}

export type Dao = Awaited<ReturnType<typeof deployDao>>;

/** A community act; returns opgov's decoded logs. */
export async function act(chain: BenchChain, abis: Abis, dao: Dao, actions: ActionInput[], by?: Person) {
  const receipt = await chain.call(by ?? dao.community, dao.opgov, abis.opgov, "act", [actions, docHash("act"), "ipfs://act"]);
  return { receipt, logs: chain.logs(abis.opgov, receipt) as unknown as { eventName: string; args: Record<string, unknown> }[] };
}

async function createCell(chain: BenchChain, abis: Abis, dao: Dao, parent: bigint, wearer: Address, uri: string): Promise<bigint> {
  const { logs } = await act(chain, abis, dao, [action.createCell(parent, wearer, uri)]);
  const created = logs.find((l) => l.eventName === "CellCreated");
  if (!created) throw new Error("no CellCreated");
  return created.args.cell as bigint;
}

/** Circle of `members`: cells A and B, both with `members` wearers, B's domain delegated from A's. */
export async function circle(chain: BenchChain, abis: Abis, dao: Dao, members: number) {
  const tag = `n${members}`;
  const leadA = await chain.person(`${tag}-leadA`);
  const leadB = await chain.person(`${tag}-leadB`);
  const a = await createCell(chain, abis, dao, 0n, leadA.address, `ipfs://${tag}-cell-a`);
  for (let phase = 1; phase <= 3; phase++) await act(chain, abis, dao, [action.movePhase(a, phase)]);
  const b = await createCell(chain, abis, dao, a, leadB.address, `ipfs://${tag}-cell-b`);
  for (let phase = 1; phase <= 2; phase++) await act(chain, abis, dao, [action.movePhase(b, phase)]);
  const memberA = await chain.read<bigint>(dao.opgov, abis.opgov, "memberHatOf", [a]);
  const memberB = await chain.read<bigint>(dao.opgov, abis.opgov, "memberHatOf", [b]);
  // Two members of each cell act (keys); the others are wearers only.
  const aMembers = [await chain.person(`${tag}-a0`), await chain.person(`${tag}-a1`)];
  const bMembers = [await chain.person(`${tag}-b0`), await chain.person(`${tag}-b1`)];
  const wearersA = [...aMembers.map((p) => p.address), ...Array.from({ length: members - 2 }, (_, i) => filler(members * 2, i))];
  const wearersB = [...bMembers.map((p) => p.address), ...Array.from({ length: members - 2 }, (_, i) => filler(members * 2 + 1, i))];
  await chain.call(leadA, chain.addresses.hats, abis.hats, "batchMintHats", [wearersA.map(() => memberA), wearersA]);
  await chain.call(leadB, chain.addresses.hats, abis.hats, "batchMintHats", [wearersB.map(() => memberB), wearersB]);
  const { logs } = await act(chain, abis, dao, [action.assignDomain(a, memberA, `ipfs://${tag}-domain-a`)]);
  const domainA = Number(logs.find((l) => l.eventName === "DomainCreated")?.args.domain);
  const second = await act(chain, abis, dao, [
    action.setBudget(domainA, dao.token, parseEther("10000"), 30 * DAY),
    action.delegateDomain(domainA, b, memberB, `ipfs://${tag}-domain-b`),
  ]);
  const domainB = Number(second.logs.find((l) => l.eventName === "DomainCreated")?.args.domain);
  await act(chain, abis, dao, [action.setBudget(domainB, dao.token, parseEther("2000"), 0)]);
  const supply = await chain.read<number>(chain.addresses.hats, abis.hats, "hatSupply", [memberA]);
  if (supply !== members) throw new Error(`circle of ${members}: member hat supply is ${supply}`);
  return { a, b, memberA, memberB, domainA, domainB, aMembers, bMembers, leadA, leadB };
}

export type Circle = Awaited<ReturnType<typeof circle>>;

export type RoundContent = { scope: bigint; salt: Hex; objectorHats: bigint[]; actions: ActionInput[]; rationaleHash: Hex };
