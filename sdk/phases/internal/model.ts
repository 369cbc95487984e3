import type { HatsClient } from "@hatsprotocol/sdk-v1-core";
import {
  encodeEventTopics,
  encodeFunctionData,
  getAddress,
  isAddressEqual,
  maxUint256,
  parseAbiItem,
  parseEventLogs,
  zeroAddress,
  type Address,
  type ContractFunctionParameters,
  type Hex,
} from "viem";
import { opgovAbi } from "../../abis/opgov.js";
import { opgovFactoryAbi } from "../../abis/opgovFactory.js";
import type { OpGovClient } from "../../client.js";
import { MissingWalletError } from "../../client.js";
import { hatsReadAbi } from "../../internal/hatsAbi.js";
import { getLogsPaged } from "../../internal/logs.js";
import { readBatch } from "../../reads/internal/read.js";
import { InstanceMismatchError, InvalidSpecError, TreasuryNotOperableError } from "../errors.js";
import { validateOrganizationSpec } from "../validateOrganizationSpec.js";
import { topoCells, topoDomains } from "./topo.js";
export { topoCells, topoDomains } from "./topo.js";
import type {
  CellSpec,
  DocumentSpec,
  DomainSpec,
  OrganizationSpec,
  PlannedCall,
  PlannedTransaction,
  PlanOptions,
  ResolvedOrganization,
} from "../types.js";
import type { Phase } from "../../encoding/types.js";
import { documentHash, encodeAction, encodeConstraints, PHASE, PHASE_NAMES, saltOf, type EncodedAction } from "./encode.js";
import { childHat, HatAllocator, hatsClientOf, isTopHat } from "./hats.js";
import { batchRequest, resolveSafe, safeAbi, safeKitProvider, treasuryRequest, type PredictedSafe, type SafeKitProvider } from "./safe.js";

// The planner's picture of one organisation: what the chain holds now, and what it will hold
// once the operations queued so far have run. Phase builders read it, queue operations and
// update it, so several phases can be planned into the same transactions with predicted ids.

/** The most actions one `act` takes (MAX_ACTIONS in OpGovBase.sol). */
const MAX_ACTIONS = 16;

/** The spec every phase takes: the whole organisation (each phase reads its sections). */
export type AnySpec = OrganizationSpec;

/** A cell as it is, or as the queued operations leave it. */
export type CellModel = {
  spec: CellSpec;
  id: bigint;
  /** True once the cell exists on-chain or a queued action creates it. */
  created: boolean;
  /** True if the cell existed on-chain when the plan started. */
  onChain: boolean;
  phase: number;
  memberHat: bigint;
  roleHats: Map<string, bigint>;
  safe: Address;
  stateVersion: number;
  stateUri: string;
  stateHash: Hex;
};

/** A domain as it is, or as the queued operations leave it. */
export type DomainModel = { spec: DomainSpec; id: number; onChain: boolean };

type Op = { call: PlannedCall } | { action: EncodedAction };

/** The planner's state (see the module comment). */
export type Model = {
  client: OpGovClient;
  hats: HatsClient;
  hatsAddress: Address;
  allocator: HatAllocator;
  spec: AnySpec;
  operator: Address;
  treasury: PredictedSafe;
  topHat: { id: bigint; exists: boolean };
  rootHat: { id: bigint; exists: boolean };
  instance: { address: Address; deployed: boolean };
  factoryParams: FactoryParams;
  salt: Hex;
  rootWornByInstance: boolean;
  moduleEnabled: boolean;
  cells: Map<string, CellModel>;
  /** Cells on-chain that no spec key claimed, for matching. */
  chainCells: ChainCell[];
  domains: Map<string, DomainModel>;
  chainDomains: ChainDomain[];
  nextDomain: number;
  cellSafes: Map<string, PredictedSafe>;
  batch: PlannedCall[];
  ops: Op[];
  rationale: DocumentSpec;
  /** Most calls per treasury transaction. */
  maxCalls: number;
  /** Hats' `isWearerOfHat` answers read so far, by `wearer:hat` (see {@link readWearers}). */
  wearing: Map<string, boolean>;
  /** The provider protocol-kit predicts this plan's Safes through. */
  safeKit: SafeKitProvider;
};

type FactoryParams = {
  treasury: Address;
  communityHat: bigint;
  rootHat: bigint;
  constraints: ReturnType<typeof encodeConstraints>;
  tokens: Address[];
  caps: bigint[];
};

type ChainCell = {
  id: bigint;
  parent: bigint;
  phase: number;
  memberHat: bigint;
  roleHats: readonly bigint[];
  safe: Address;
  stateVersion: number;
  stateUri: string;
  stateHash: Hex;
  metadataUri: string;
};

type ChainDomain = { id: number; owner: bigint; parent: number; descriptionUri: string };

const transferSingle = parseAbiItem(
  "event TransferSingle(address indexed operator, address indexed from, address indexed to, uint256 id, uint256 amount)",
);

/** Reads the chain into a fresh model for `spec`. Sends nothing. */
export async function loadModel(client: OpGovClient, spec: AnySpec, options: PlanOptions = {}): Promise<Model> {
  validateOrganizationSpec(spec);
  const operator = options.operator ?? client.walletClient?.account.address;
  if (!operator) throw new MissingWalletError("Planning a setup (it needs the operator's address)");
  const publicClient = client.publicClient;
  const hats = hatsClientOf(client);
  const hatsAddress = client.deployment.hats;
  const allocator = new HatAllocator(hats);

  const safeKit = safeKitProvider(client);
  const treasury = await resolveSafe(client, spec.treasury, [], `opgov:${spec.community.name}:treasury`, "The treasury", safeKit);
  await requireOperable(client, treasury, operator, options.signers ?? []);

  const read = <const name extends string>(functionName: name, args: readonly unknown[] = [], address?: Address) =>
    publicClient.readContract({ address: address ?? instanceAddress, abi: opgovAbi, functionName, args } as never) as Promise<any>;
  const lens = (functionName: string, args: readonly unknown[] = []) =>
    ({ address: instanceAddress, abi: opgovAbi, functionName, args }) as unknown as ContractFunctionParameters;
  let instanceAddress: Address = zeroAddress;

  // The community (top) hat and opgov's root hat: from the instance if the client names one,
  // else found under the treasury's hats, else predicted.
  let topHat: Model["topHat"];
  let rootHat: Model["rootHat"];
  const rootDetails = spec.opgov.rootHatDetails ?? "opgov";
  // An instance is found from the client, or from the factory's record of instances deployed
  // for this treasury (so editing the spec's deploy-time `opgov` section never deploys a second).
  const known = client.instance && (await hasCode(client, client.instance)) ? client.instance : treasury.deployed ? await deployedFor(client, treasury.address, options) : undefined;
  if (known) {
    instanceAddress = known;
    const [treasuryOf, communityHat, root] = (await readBatch(client, [lens("treasury"), lens("communityHat"), lens("rootHat")])) as [Address, bigint, bigint];
    const onChainTreasury = getAddress(treasuryOf);
    if (!isAddressEqual(onChainTreasury, treasury.address)) {
      throw new InstanceMismatchError(known, `its treasury is ${onChainTreasury}, the spec's is ${treasury.address}`);
    }
    topHat = { id: communityHat, exists: true };
    rootHat = { id: root, exists: true };
  } else {
    topHat = spec.community.hat === undefined ? await findTopHat(client, hats, treasury.address, spec.community.name, options) : { id: spec.community.hat, exists: true };
    if (spec.community.hat !== undefined && !(treasury.deployed && (await hats.isWearerOfHat({ wearer: treasury.address, hatId: spec.community.hat })))) {
      throw new InvalidSpecError(`the community hat ${spec.community.hat} is not worn by the treasury Safe ${treasury.address}.`, "Setup acts as the community through the treasury Safe: mint the community hat to it first, or leave `hat` out to mint a new top hat.");
    }
    const found = topHat.exists ? await findChild(hats, topHat.id, rootDetails) : undefined;
    rootHat = found !== undefined ? { id: found, exists: true } : { id: await allocator.allocate(topHat.id), exists: false };
  }

  const factoryParams: FactoryParams = {
    treasury: treasury.address,
    communityHat: topHat.id,
    rootHat: rootHat.id,
    constraints: encodeConstraints(spec.opgov.constraints),
    tokens: spec.opgov.tokens.map((token) => getAddress(token.address)),
    caps: spec.opgov.tokens.map((token) => token.capPerDomain),
  };
  const salt = saltOf(spec.opgov.salt);
  if (instanceAddress === zeroAddress) {
    instanceAddress = await publicClient.readContract({
      address: client.deployment.opgov.factory,
      abi: opgovFactoryAbi,
      functionName: "predict",
      args: [factoryParams, salt],
    });
  }
  // A known instance exists (it has code, or the factory's event says it was deployed).
  const deployed = known !== undefined || (await hasCode(client, instanceAddress));
  // Together: the root hat's wearer, the module, and the instance's cells and domains.
  const state = await readBatch(client, [
    ...(rootHat.exists ? [{ address: hatsAddress, abi: hatsReadAbi, functionName: "isWearerOfHat", args: [instanceAddress, rootHat.id] } as const] : []),
    ...(treasury.deployed ? [{ address: treasury.address, abi: safeAbi, functionName: "isModuleEnabled", args: [instanceAddress] } as const] : []),
    ...(deployed ? [lens("cellIds", [0n, maxUint256]), lens("getDomains", [1n, maxUint256])] : []),
  ] as readonly ContractFunctionParameters[]);
  const rootWornByInstance = rootHat.exists && (state.shift() as boolean);
  const moduleEnabled = treasury.deployed && (state.shift() as boolean);
  const [ids, domains] = (deployed ? state : [[], []]) as [readonly bigint[], readonly any[]];

  const model: Model = {
    client,
    hats,
    hatsAddress,
    allocator,
    spec,
    operator: getAddress(operator),
    treasury,
    topHat,
    rootHat,
    instance: { address: instanceAddress, deployed },
    factoryParams,
    salt,
    rootWornByInstance,
    moduleEnabled,
    cells: new Map(),
    chainCells: [],
    domains: new Map(),
    chainDomains: [],
    nextDomain: 1,
    cellSafes: new Map(),
    batch: [],
    ops: [],
    rationale: spec.rationale ?? { uri: "opgov:setup" },
    maxCalls: options.maxCallsPerTransaction ?? Number.POSITIVE_INFINITY,
    wearing: new Map(),
    safeKit,
  };

  if (deployed) {
    const views: any[] = ids.length === 0 ? [] : [...(await read("getCells", [ids]))];
    model.chainCells = views.map((view) => ({
      id: view.id,
      parent: view.parent,
      phase: Number(view.phase),
      memberHat: view.memberHat,
      roleHats: view.roleHats,
      safe: getAddress(view.safe),
      stateVersion: Number(view.stateVersion),
      stateUri: view.stateUri,
      stateHash: view.stateHash,
      metadataUri: view.metadataUri,
    }));
    model.chainDomains = domains.map((d) => ({
      id: Number(d.id),
      owner: d.owner,
      parent: Number(d.parent),
      descriptionUri: d.descriptionUri,
    }));
    model.nextDomain = domains.length + 1;
  }

  // The details of every role hat on-chain (role hats are matched to the spec by their details).
  const roleHatIds = model.chainCells.flatMap((c) => c.roleHats);
  const roleHatViews = (await readBatch(
    client,
    roleHatIds.map((hat) => ({ address: hatsAddress, abi: hatsReadAbi, functionName: "viewHat", args: [hat] }) as const),
  )) as (readonly [string, ...unknown[]])[];
  const roleDetails = new Map(roleHatIds.map((hat, i) => [hat, roleHatViews[i]![0]]));

  // Match the spec's cells (parents first) and domains with what exists.
  for (const cell of topoCells(spec.cells ?? [])) {
    const parent = cell.parent === undefined ? 0n : model.cells.get(cell.parent)!;
    const parentId = parent === 0n ? 0n : parent.onChain ? parent.id : undefined;
    const match =
      parentId === undefined ? undefined : model.chainCells.find((c) => c.parent === parentId && c.metadataUri === cell.metadata.uri);
    if (match) {
      const roleHats = new Map<string, bigint>();
      for (const hat of match.roleHats) roleHats.set(roleDetails.get(hat)!, hat);
      model.cells.set(cell.key, {
        spec: cell,
        id: match.id,
        created: true,
        onChain: true,
        phase: match.phase,
        memberHat: match.memberHat,
        roleHats,
        safe: match.safe,
        stateVersion: match.stateVersion,
        stateUri: match.stateUri,
        stateHash: match.stateHash,
      });
    } else {
      model.cells.set(cell.key, {
        spec: cell,
        id: 0n,
        created: false,
        onChain: false,
        phase: -1,
        memberHat: 0n,
        roleHats: new Map(),
        safe: zeroAddress,
        stateVersion: 0,
        stateUri: "",
        stateHash: `0x${"00".repeat(32)}`,
      });
    }
  }
  for (const domain of topoDomains(spec.domains ?? [])) {
    const owner = model.cells.get(domain.owner)!;
    const parent = domain.parent === undefined ? undefined : model.domains.get(domain.parent)!;
    const parentId = parent === undefined ? 0 : parent.onChain ? parent.id : -1;
    const match = owner.onChain
      ? model.chainDomains.find((d) => d.owner === owner.id && d.parent === parentId && d.descriptionUri === domain.description.uri)
      : undefined;
    model.domains.set(domain.key, { spec: domain, id: match?.id ?? 0, onChain: match !== undefined });
  }
  return model;
}

/** The latest opgov instance the factory deployed for `treasury`, if any. */
async function deployedFor(client: OpGovClient, treasury: Address, options: PlanOptions): Promise<Address | undefined> {
  const raw = await getLogsPaged(
    client,
    {
      address: client.deployment.opgov.factory,
      topics: encodeEventTopics({ abi: [opgovDeployed], eventName: "OpGovDeployed", args: { treasury } }),
      fromBlock: options.fromBlock ?? "earliest",
      toBlock: "latest",
    },
    options,
  );
  const logs = parseEventLogs({ abi: [opgovDeployed], logs: raw, strict: true });
  const last = logs.at(-1);
  return last?.args.instance === undefined ? undefined : getAddress(last.args.instance);
}

const opgovDeployed = opgovFactoryAbi.find((item) => item.type === "event" && item.name === "OpGovDeployed") as Extract<
  (typeof opgovFactoryAbi)[number],
  { type: "event"; name: "OpGovDeployed" }
>;

async function hasCode(client: OpGovClient, address: Address): Promise<boolean> {
  const code = await client.publicClient.getCode({ address });
  return code !== undefined && code !== "0x";
}

async function requireOperable(
  client: OpGovClient,
  treasury: PredictedSafe & { owners: readonly Address[] | undefined; threshold: number | undefined },
  operator: Address,
  signers: readonly Address[],
) {
  let owners: readonly Address[] = treasury.owners ?? [];
  let threshold = BigInt(treasury.threshold ?? 1);
  if (treasury.deployed) {
    const call = (functionName: "getOwners" | "getThreshold") => ({ address: treasury.address, abi: safeAbi, functionName }) as const;
    [owners, threshold] = (await readBatch(client, [call("getOwners"), call("getThreshold")])) as [readonly Address[], bigint];
  }
  const isOwner = (who: Address) => owners.some((owner) => isAddressEqual(owner, who));
  const approvers = new Set([operator, ...signers].filter(isOwner).map((who) => getAddress(who)));
  if (BigInt(approvers.size) < threshold) {
    throw new TreasuryNotOperableError(treasury.address, operator, owners, threshold);
  }
}

/** The community's top hat: a top hat the treasury received and still wears, with the spec's details; else the next top hat's id. */
async function findTopHat(client: OpGovClient, hats: HatsClient, treasury: Address, name: string, options: PlanOptions) {
  const raw = await getLogsPaged(
    client,
    {
      address: client.deployment.hats,
      topics: encodeEventTopics({ abi: [transferSingle], eventName: "TransferSingle", args: { to: treasury } }),
      fromBlock: options.fromBlock ?? "earliest",
      toBlock: "latest",
    },
    options,
  );
  const logs = parseEventLogs({ abi: [transferSingle], logs: raw, strict: true });
  for (const log of logs) {
    const id = log.args.id!;
    if (!isTopHat(id)) continue;
    if (!(await hats.isWearerOfHat({ wearer: treasury, hatId: id }))) continue;
    if ((await hats.viewHat(id)).details === name) return { id, exists: true };
  }
  const count = await hats.getTreesCount();
  return { id: BigInt(count + 1) << 224n, exists: false };
}

async function findChild(hats: HatsClient, admin: bigint, details: string): Promise<bigint | undefined> {
  const { numChildren } = await hats.viewHat(admin);
  for (let index = 1; index <= numChildren; index++) {
    const hat = childHat(admin, index);
    if ((await hats.viewHat(hat)).details === details) return hat;
  }
  return undefined;
}

const wearingKey = (wearer: Address, hat: bigint) => `${getAddress(wearer)}:${hat}`;

/** Reads whether each wearer wears each hat, in one batch, for {@link wears} to answer from. */
export async function readWearers(model: Model, pairs: readonly { wearer: Address; hat: bigint }[]): Promise<void> {
  const missing = [...new Map(pairs.map((p) => [wearingKey(p.wearer, p.hat), p])).entries()].filter(([key]) => !model.wearing.has(key));
  const results = await readBatch(
    model.client,
    missing.map(([, { wearer, hat }]) => ({ address: model.hatsAddress, abi: hatsReadAbi, functionName: "isWearerOfHat", args: [wearer, hat] }) as const),
  );
  missing.forEach(([key], i) => model.wearing.set(key, results[i] as boolean));
}

/** Whether `wearer` wears `hat` (from {@link readWearers}'s batch, else one read). */
export async function wears(model: Model, wearer: Address, hat: bigint): Promise<boolean> {
  const key = wearingKey(wearer, hat);
  if (!model.wearing.has(key)) await readWearers(model, [{ wearer, hat }]);
  return model.wearing.get(key)!;
}

// ---------------------------------------------------------------------------------------------
// Queuing operations
// ---------------------------------------------------------------------------------------------

/** Queues a permissionless call for the operator's batch transaction. */
export function queueBatch(model: Model, call: PlannedCall) {
  model.batch.push(call);
}

/** Queues a call the treasury Safe makes. */
export function queueCall(model: Model, call: PlannedCall) {
  model.ops.push({ call });
}

/** Queues an action of a community `act` (consecutive actions share an `act`). */
export function queueAction(model: Model, action: EncodedAction) {
  model.ops.push({ action });
}

/** A call to the instance, encoded from the opgov ABI. */
export function instanceCall(model: Model, functionName: string, args: readonly unknown[], description: string): PlannedCall {
  return {
    to: model.instance.address,
    data: encodeFunctionData({ abi: opgovAbi, functionName, args } as never),
    value: 0n,
    description,
  };
}

/** True for a cell that is in Completion on-chain: its hats are off and setup leaves it alone. */
export function isCompleted(cell: CellModel): boolean {
  return cell.onChain && cell.phase === PHASE.completion;
}

/** Creates the cell (and moves its parent to Coordination first) unless it exists or is queued. */
export async function ensureCell(model: Model, key: string): Promise<CellModel> {
  const cell = model.cells.get(key)!;
  if (cell.created) return cell;
  let parentId = 0n;
  let admin = model.rootHat.id;
  if (cell.spec.parent !== undefined) {
    const parent = await ensureCell(model, cell.spec.parent);
    if (isCompleted(parent)) {
      throw new InvalidSpecError(`cell "${key}" cannot be created: its parent "${cell.spec.parent}" is in Completion.`, "Move the cell under an active parent, or remove it from the spec.");
    }
    await ensurePhase(model, cell.spec.parent, 3);
    parentId = parent.id;
    admin = parent.id;
  }
  cell.id = await model.allocator.allocate(admin);
  cell.created = true;
  cell.phase = 0;
  queueAction(
    model,
    encodeAction.createCell(parentId, zeroAddress, cell.spec.metadata, `create cell "${key}" (${cell.spec.metadata.uri})`),
  );
  return cell;
}

/** Moves the cell forward one phase at a time up to `to` (a member hat is created on Formation). */
export async function ensurePhase(model: Model, key: string, to: number): Promise<void> {
  const cell = await ensureCell(model, key);
  while (cell.phase < to) {
    cell.phase += 1;
    if (cell.phase === 1) cell.memberHat = await model.allocator.allocate(cell.id);
    queueAction(model, encodeAction.movePhase(cell.id, cell.phase as Phase, `move cell "${key}" to ${PHASE_NAMES[cell.phase]}`));
  }
}

/** The transactions the queued operations make: the operator's batch first, then one treasury transaction. */
export function toTransactions(model: Model): PlannedTransaction[] {
  const transactions: PlannedTransaction[] = [];
  if (model.batch.length > 0) {
    transactions.push({
      via: "batch",
      description: `operator batch (${model.batch.length} call${model.batch.length === 1 ? "" : "s"}): ${model.batch.map((c) => c.description).join("; ")}`,
      calls: model.batch,
      request: batchRequest(model.client, model.batch),
    });
  }
  const calls: PlannedCall[] = [];
  let pending: EncodedAction[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    calls.push(
      instanceCall(
        model,
        "act",
        [pending.map(({ kind, data }) => ({ kind, data })), documentHash(model.rationale), model.rationale.uri],
        `community act (${pending.length} action${pending.length === 1 ? "" : "s"}): ${pending.map((a) => a.description).join("; ")}`,
      ),
    );
    pending = [];
  };
  for (const op of model.ops) {
    if ("action" in op) {
      pending.push(op.action);
      if (pending.length === MAX_ACTIONS) flush();
    } else {
      flush();
      calls.push(op.call);
    }
  }
  flush();
  const chunks: PlannedCall[][] = [];
  for (let i = 0; i < calls.length; i += Math.min(model.maxCalls, calls.length)) chunks.push(calls.slice(i, i + Math.min(model.maxCalls, calls.length)));
  chunks.forEach((chunk, i) => {
    transactions.push({
      via: "treasury",
      description: `treasury Safe transaction${chunks.length > 1 ? ` ${i + 1}/${chunks.length}` : ""} (${chunk.length} call${chunk.length === 1 ? "" : "s"})`,
      calls: chunk,
      request: treasuryRequest(model.client, model.treasury.address, model.operator, chunk),
    });
  });
  return transactions;
}

/** The organisation's ids and addresses as the queued operations leave them. */
export function resolve(model: Model): ResolvedOrganization {
  const cells: Record<string, bigint> = {};
  const memberHats: Record<string, bigint> = {};
  const roleHats: Record<string, Record<string, bigint>> = {};
  const cellSafes: Record<string, Address> = {};
  for (const [key, cell] of model.cells) {
    if (!cell.created) continue;
    cells[key] = cell.id;
    memberHats[key] = cell.memberHat;
    roleHats[key] = Object.fromEntries(cell.roleHats);
    const safe = model.cellSafes.get(key);
    if (safe) cellSafes[key] = safe.address;
    else if (cell.safe !== zeroAddress) cellSafes[key] = cell.safe;
  }
  const domains: Record<string, number> = {};
  for (const [key, domain] of model.domains) if (domain.id !== 0) domains[key] = domain.id;
  return {
    treasury: model.treasury.address,
    topHat: model.topHat.id,
    rootHat: model.rootHat.id,
    instance: model.instance.address,
    cells,
    memberHats,
    roleHats,
    cellSafes,
    domains,
  };
}
