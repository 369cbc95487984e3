import { encodeFunctionData, getAddress, isAddressEqual, zeroAddress, type Address, type ContractFunctionParameters } from "viem";
import { readBatch } from "../../reads/internal/read.js";
import { opgovAbi } from "../../abis/opgov.js";
import { opgovFactoryAbi } from "../../abis/opgovFactory.js";
import { InvalidSpecError } from "../errors.js";
import type { CellSpec, SetupPhaseName, SpenderSpec } from "../types.js";
import { documentHash, encodeAction, encodeConstraints, phaseNumber } from "./encode.js";
import { hatsCall } from "./hats.js";
import {
  ensureCell,
  ensurePhase,
  instanceCall,
  isCompleted,
  queueAction,
  readWearers,
  wears as wearsHat,
  queueBatch,
  queueCall,
  topoCells,
  topoDomains,
  type CellModel,
  type Model,
} from "./model.js";
import { resolveSafe, safeAbi } from "./safe.js";

// What each phase queues, given the model of what exists. Every builder checks the chain (or
// the queued state) first and queues only what is missing, which makes setups resumable.

/** Conversation: top hat and treasury (operator batch), then as the treasury: root hat, module, instance, anchor cell. */
export async function conversationOps(model: Model): Promise<void> {
  const { spec, hats, hatsAddress } = model;
  const treasury = model.treasury.address;
  if (!model.topHat.exists) {
    queueBatch(
      model,
      hatsCall(
        hatsAddress,
        hats.mintTopHatCallData({ target: treasury, details: spec.community.name, imageURI: spec.community.imageUri ?? "" }),
        `mint the community's top hat "${spec.community.name}" to the treasury ${treasury}`,
      ),
    );
  }
  if (model.treasury.deployment) {
    queueBatch(model, { ...model.treasury.deployment, description: `deploy the treasury Safe ${treasury}` });
  }
  const rootDetails = spec.opgov.rootHatDetails ?? "opgov";
  if (!model.rootHat.exists) {
    queueCall(
      model,
      hatsCall(
        hatsAddress,
        hats.createHatCallData({
          admin: model.topHat.id,
          details: rootDetails,
          maxSupply: 1,
          eligibility: treasury,
          toggle: treasury,
          mutable: true,
        }),
        `create opgov's root hat "${rootDetails}" under the top hat`,
      ),
    );
  }
  if (!model.rootWornByInstance) {
    queueCall(
      model,
      hatsCall(
        hatsAddress,
        hats.mintHatCallData({ hatId: model.rootHat.id, wearer: model.instance.address }),
        `mint the root hat to the opgov instance ${model.instance.address} (predicted)`,
      ),
    );
  }
  if (!model.moduleEnabled) {
    queueCall(model, {
      to: treasury,
      data: encodeFunctionData({ abi: safeAbi, functionName: "enableModule", args: [model.instance.address] }),
      value: 0n,
      description: `enable opgov ${model.instance.address} as a module of the treasury`,
    });
  }
  if (!model.instance.deployed) {
    queueCall(model, {
      to: model.client.deployment.opgov.factory,
      data: encodeFunctionData({ abi: opgovFactoryAbi, functionName: "deploy", args: [model.factoryParams, model.salt] }),
      value: 0n,
      description: `deploy the opgov instance ${model.instance.address} from the factory`,
    });
  }
  await ensureCell(model, spec.anchor);
}

/** Formation: every cell created and in Formation at least, its Safe, hats, members and group state. */
export async function formationOps(model: Model): Promise<void> {
  const { hats, hatsAddress } = model;
  const treasury = model.treasury.address;
  const wears = (wearer: Address, hat: bigint) => wearsHat(model, wearer, hat);
  const memberMints: { hat: bigint; wearer: Address; key: string }[] = [];
  const queuedSafes = new Set<Address>();

  // Every hat check of the cells on-chain in one batch: the cell hat's wearer (as the spec or
  // the cell's Safe names it) and the treasury, the role hats' wearers and the members.
  const checks: { wearer: Address; hat: bigint }[] = [];
  for (const spec of model.spec.cells) {
    const cell = model.cells.get(spec.key)!;
    if (!cell.onChain || isCompleted(cell)) continue;
    const cellWearer = spec.wearer ?? (spec.safe && !isAddressEqual(cell.safe, zeroAddress) ? cell.safe : undefined);
    if (cellWearer !== undefined) checks.push({ wearer: getAddress(cellWearer), hat: cell.id });
    checks.push({ wearer: treasury, hat: cell.id });
    for (const role of spec.roles ?? []) {
      const hat = cell.roleHats.get(role.details);
      if (hat !== undefined) for (const who of role.wearers ?? []) checks.push({ wearer: getAddress(who), hat });
    }
    if (cell.phase >= 1) for (const member of spec.members ?? []) checks.push({ wearer: getAddress(member), hat: cell.memberHat });
  }
  await readWearers(model, checks);

  for (const spec of topoCells(model.spec.cells)) {
    const cell = model.cells.get(spec.key)!;
    // A completed cell keeps what it had, with its hats off: nothing to mint, add or point.
    if (isCompleted(cell)) continue;
    const hadMemberHat = cell.onChain && cell.phase >= 1;
    // A cell the spec keeps in Conversation is created (with its Safe, wearer and group state);
    // every other cell is formed (its member hat exists from Formation on).
    await ensurePhase(model, spec.key, spec.phase === "conversation" ? 0 : 1);

    let wearer = spec.wearer === undefined ? undefined : getAddress(spec.wearer);
    let safe: Address | undefined;
    if (spec.safe && cell.onChain && !isAddressEqual(cell.safe, zeroAddress)) {
      // The cell has its Safe: keep it (its owners are the Safe's business, not setup's).
      safe = cell.safe;
      wearer ??= safe;
      model.cellSafes.set(spec.key, { address: safe, deployed: true, deployment: undefined });
    } else if (spec.safe) {
      const predicted = await resolveSafe(model.client, spec.safe, spec.members ?? [], `opgov:${model.spec.community.name}:cell:${spec.key}`, `cell "${spec.key}"'s Safe`, model.safeKit);
      model.cellSafes.set(spec.key, predicted);
      safe = predicted.address;
      wearer ??= safe;
      if (predicted.deployment && !queuedSafes.has(safe)) {
        if (!predicted.owners?.length) throw new InvalidSpecError(`cell "${spec.key}" has a Safe but neither owners nor members.`);
        queuedSafes.add(safe);
        queueCall(model, { ...predicted.deployment, description: `deploy cell "${spec.key}"'s Safe ${safe} (${predicted.owners.length} owners, threshold ${predicted.threshold})` });
      }
    }

    const missingRoles = (spec.roles ?? []).filter((role) => !cell.roleHats.has(role.details));
    const stateDiffers =
      spec.groupState !== undefined && (spec.groupState.uri !== cell.stateUri || documentHash(spec.groupState) !== cell.stateHash);
    const safeDiffers = safe !== undefined && !isAddressEqual(cell.safe, safe);
    const wearerWears = wearer !== undefined && cell.onChain ? await wears(wearer, cell.id) : false;
    const treasuryWears = cell.onChain ? await wears(treasury, cell.id) : false;

    // Only the cell hat's wearer may add role hats, point the group state or record the Safe:
    // the treasury, an admin of every hat through the top hat, wears it for these calls and
    // then hands it to the wearer the spec names (or gives it up). A run that stopped half-way
    // leaves the hat on the treasury; the next run hands it on.
    let treasuryHolds = treasuryWears;
    let wearerHolds = wearerWears;
    const isTreasury = wearer !== undefined && isAddressEqual(wearer, treasury);
    if (missingRoles.length > 0 || stateDiffers || safeDiffers) {
      if (!treasuryHolds) {
        if (wearer !== undefined && wearerHolds) {
          queueCall(model, transfer(model, cell, wearer, treasury, "lend"));
          wearerHolds = false;
        } else {
          queueCall(model, hatsCall(hatsAddress, hats.mintHatCallData({ hatId: cell.id, wearer: treasury }), `mint cell "${spec.key}"'s hat to the treasury for its setup`));
        }
        treasuryHolds = true;
      }
      for (const role of missingRoles) {
        const hat = await model.allocator.allocate(cell.id);
        cell.roleHats.set(role.details, hat);
        queueCall(model, instanceCall(model, "addRoleHat", [cell.id, role.details, role.maxSupply], `add role hat "${role.details}" to cell "${spec.key}"`));
      }
      if (stateDiffers && spec.groupState) {
        queueCall(
          model,
          instanceCall(
            model,
            "updateGroupState",
            [cell.id, spec.groupState.uri, documentHash(spec.groupState), cell.stateVersion],
            `point cell "${spec.key}"'s group state at ${spec.groupState.uri}`,
          ),
        );
        cell.stateVersion += 1;
        cell.stateUri = spec.groupState.uri;
        cell.stateHash = documentHash(spec.groupState);
      }
      if (safeDiffers && safe) {
        queueCall(model, instanceCall(model, "setCellSafe", [cell.id, safe], `record ${safe} as cell "${spec.key}"'s Safe`));
        cell.safe = safe;
      }
    }
    if (wearer !== undefined && !isTreasury && !wearerHolds) {
      if (treasuryHolds) queueCall(model, transfer(model, cell, treasury, wearer, "hand"));
      else queueCall(model, hatsCall(hatsAddress, hats.mintHatCallData({ hatId: cell.id, wearer }), `mint cell "${spec.key}"'s hat to ${wearer}`));
    } else if (isTreasury && !treasuryHolds) {
      queueCall(model, hatsCall(hatsAddress, hats.mintHatCallData({ hatId: cell.id, wearer: treasury }), `mint cell "${spec.key}"'s hat to the treasury`));
    } else if (treasuryHolds && !isTreasury) {
      queueCall(model, hatsCall(hatsAddress, hats.renounceHatCallData({ hatId: cell.id }), `the treasury gives cell "${spec.key}"'s hat up`));
    }

    for (const role of spec.roles ?? []) {
      const hat = cell.roleHats.get(role.details)!;
      const existed = !missingRoles.includes(role);
      for (const who of role.wearers ?? []) {
        const address = getAddress(who);
        if (existed && (await wears(address, hat))) continue;
        memberMints.push({ hat, wearer: address, key: spec.key });
      }
    }
    for (const member of spec.members ?? []) {
      const address = getAddress(member);
      if (hadMemberHat && (await wears(address, cell.memberHat))) continue;
      memberMints.push({ hat: cell.memberHat, wearer: address, key: spec.key });
    }
  }

  if (memberMints.length > 0) {
    queueCall(
      model,
      hatsCall(
        hatsAddress,
        hats.batchMintHatsCallData({ hatIds: memberMints.map((m) => m.hat), wearers: memberMints.map((m) => m.wearer) }),
        `mint ${memberMints.length} member and role hat${memberMints.length === 1 ? "" : "s"} (${[...new Set(memberMints.map((m) => m.key))].join(", ")})`,
      ),
    );
  }
}

function transfer(model: Model, cell: CellModel, from: Address, to: Address, verb: "lend" | "hand") {
  return hatsCall(
    model.hatsAddress,
    model.hats.transferHatCallData({ hatId: cell.id, from, to }),
    verb === "lend" ? `lend cell "${cell.spec.key}"'s hat to the treasury for its setup` : `hand cell "${cell.spec.key}"'s hat to ${to}`,
  );
}

/** Organization: constraints and token policy, phases, domains and budgets. */
export async function organizationOps(model: Model): Promise<void> {
  const { spec, client } = model;
  // What the instance holds now, in one batch: constraints, token policies and the budgets of
  // the domains on-chain (`read` answers from it).
  const lens = (functionName: string, args: readonly unknown[]) =>
    ({ address: model.instance.address, abi: opgovAbi, functionName, args }) as unknown as ContractFunctionParameters;
  const calls = new Map<string, ContractFunctionParameters>();
  if (model.instance.deployed) {
    if (spec.policy?.constraints) calls.set("constraints", lens("constraints", []));
    for (const token of spec.policy?.tokens ?? []) calls.set(`tokenPolicy:${getAddress(token.address)}`, lens("tokenPolicy", [token.address]));
    for (const domainSpec of spec.domains ?? []) {
      const domain = model.domains.get(domainSpec.key)!;
      if (!domain.onChain) continue;
      for (const budget of domainSpec.budgets ?? []) calls.set(`getBudget:${domain.id}:${getAddress(budget.token)}`, lens("getBudget", [domain.id, budget.token]));
    }
  }
  const results = await readBatch(client, [...calls.values()]);
  const known = new Map([...calls.keys()].map((key, i) => [key, results[i]]));
  const read = async (functionName: string, args: readonly unknown[]): Promise<any> => {
    const key = [functionName, ...args.map((a) => (typeof a === "string" ? getAddress(a) : String(a)))].join(":");
    if (known.has(key)) return known.get(key);
    return client.publicClient.readContract({ address: model.instance.address, abi: opgovAbi, functionName, args } as never);
  };

  const constraints = spec.policy?.constraints;
  if (constraints) {
    const desired = encodeConstraints(constraints);
    const current = model.instance.deployed ? await read("constraints", []) : model.factoryParams.constraints;
    const same =
      current.minWindow === desired.minWindow &&
      current.maxWindow === desired.maxWindow &&
      current.executionWindow === desired.executionWindow &&
      current.spendingPaused === desired.spendingPaused &&
      BigInt(current.requiredParties) === desired.requiredParties;
    if (!same) queueCall(model, instanceCall(model, "setConstraints", [desired], "set the community's constraints"));
  }
  for (const token of spec.policy?.tokens ?? []) {
    const allowed = token.allowed ?? true;
    let current: readonly [boolean, bigint];
    if (model.instance.deployed) current = await read("tokenPolicy", [token.address]);
    else {
      const index = model.factoryParams.tokens.findIndex((t) => isAddressEqual(t, token.address));
      current = index < 0 ? [false, 0n] : [true, model.factoryParams.caps[index]!];
    }
    if (current[0] !== allowed || current[1] !== token.capPerDomain) {
      queueCall(
        model,
        instanceCall(model, "setTokenPolicy", [getAddress(token.address), allowed, token.capPerDomain], `${allowed ? "allow" : "disallow"} token ${token.address} (cap ${token.capPerDomain} per domain)`),
      );
    }
  }

  for (const cell of topoCells(spec.cells)) await ensurePhase(model, cell.key, phaseNumber(targetPhase(spec.cells, cell)));

  // A completed cell's domains keep their zero allowances, and so do the domains delegated from them.
  const frozen = new Set<string>();
  for (const domainSpec of topoDomains(spec.domains ?? [])) {
    const domain = model.domains.get(domainSpec.key)!;
    const owner = model.cells.get(domainSpec.owner)!;
    const parent = domainSpec.parent === undefined ? undefined : model.domains.get(domainSpec.parent)!;
    if (isCompleted(owner) || (domainSpec.parent !== undefined && frozen.has(domainSpec.parent))) {
      frozen.add(domainSpec.key);
      continue;
    }
    if (!domain.onChain && domain.id === 0) {
      const spenderHat = spenderOf(owner, domainSpec.spender ?? "members", domainSpec.key);
      domain.id = model.nextDomain++;
      const label = `domain "${domainSpec.key}" (#${domain.id}) of cell "${domainSpec.owner}"`;
      queueAction(
        model,
        parent === undefined
          ? encodeAction.assignDomain(owner.id, spenderHat, domainSpec.description, `assign ${label}`)
          : encodeAction.delegateDomain(parent.id, owner.id, spenderHat, domainSpec.description, `delegate ${label} from "${domainSpec.parent}"`),
      );
    }
    for (const budget of domainSpec.budgets ?? []) {
      const epochLength = parent === undefined ? (budget.epochLength ?? 0) : 0;
      if (parent === undefined && epochLength === 0) {
        throw new InvalidSpecError(`domain "${domainSpec.key}"'s budget in ${budget.token} needs an epochLength (it is not a child domain).`);
      }
      if (domain.onChain) {
        const view = await read("getBudget", [domain.id, budget.token]);
        if (view.allowance === budget.allowance && (parent !== undefined || view.epochLength === epochLength)) continue;
      }
      queueAction(
        model,
        encodeAction.setBudget(domain.id, getAddress(budget.token), budget.allowance, epochLength, `budget ${budget.allowance} of ${budget.token} for domain "${domainSpec.key}"${epochLength ? ` per ${epochLength} s` : ""}`),
      );
    }
  }
}

/** The phase a cell should reach: as the spec says, else Coordination for a parent of sub-cells, else Formation. */
export function targetPhase(cells: readonly CellSpec[], cell: CellSpec): SetupPhaseName {
  return cell.phase ?? (cells.some((other) => other.parent === cell.key) ? "coordination" : "formation");
}

function spenderOf(owner: CellModel, spender: SpenderSpec, domain: string): bigint {
  if (spender === "cell") return owner.id;
  if (spender === "members") {
    if (owner.memberHat === 0n) throw new InvalidSpecError(`domain "${domain}": cell "${owner.spec.key}" has no member hat yet (it is in Conversation).`);
    return owner.memberHat;
  }
  const hat = owner.roleHats.get(spender.role);
  if (hat === undefined) throw new InvalidSpecError(`domain "${domain}": cell "${owner.spec.key}" has no role "${spender.role}".`);
  return hat;
}
