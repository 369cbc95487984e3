import { erc20Abi, keccak256, parseAbi, parseEther, stringToHex, zeroAddress, type Address, type Hex } from "viem";
import {
  amendRound,
  closeRound,
  completeCell,
  encodeAllocation,
  encodePolicyDecision,
  escalateRound,
  executeRound,
  getBudget,
  getCell,
  getDashboard,
  getHistory,
  getRound,
  InsufficientBudgetError,
  objectToRound,
  OpGovError,
  proposeRound,
  resolveEscalation,
  setupConversation,
  setupFormation,
  setupOrganization,
  spendBudget,
  updateGroupState,
  withdrawObjection,
  type CellHoldings,
  type GetDashboardReturnType,
  type GetHistoryReturnType,
  type OpGovClient,
  type RoundStateName,
} from "../../sdk/index.js";
import { renderDashboard, type AccountBalances } from "../render/dashboard.js";
import { createProgressPrinter, formatSummary, type ProgressTotals } from "../render/progress.js";
import { formatGas, formatTokenAmount, hatIp, shortHex, type RenderLabels } from "../render/text.js";
import { ensureArtifacts, startDemoChain, type DemoActor, type DemoChain } from "./chain.js";
import { DemoExpectationError } from "./errors.js";
import { DAY, demoSpec, HOUR, TOKEN } from "./spec.js";

// `npm run demo`: one organisation through its whole life on the embedded chain, told step by
// step. Everything opgov, Hats and Safe goes through the SDK's public API (sdk/index.ts); the
// chain's bootstrap comes from deploy/, funding and the clock from the node's wallet and test
// clients.

/** What {@link runDemo} takes. */
export type RunDemoParameters = {
  /** Where the story goes, one line per call (default: stdout). */
  write?: ((line: string) => void) | undefined;
};

/** What happened, for tests and for anyone scripting the demo. */
export type RunDemoReturnType = {
  /** The rounds' final states, by the demo's name for them. */
  rounds: Record<"silent" | "amended" | "escalated" | "leftOpen", RoundStateName>;
  /** The research budget's `spent` just before and just after the epoch rolled over, and after the new epoch's first spend. */
  epoch: { spentBefore: bigint; spentAfter: bigint; remainingAfter: bigint; spentInNewEpoch: bigint };
  /** Balances at the end (TUSD and ETH) of the accounts the story moved funds to and from. */
  balances: { treasury: { eth: bigint; tusd: bigint }; heidi: bigint; grace: bigint; toolingSafe: bigint };
  /** What the completed tooling cell still holds. */
  completion: CellHoldings;
  /** The named error the SDK gave for an over-budget spend and for a spend after completion. */
  refusals: { overBudget: string; afterCompletion: string };
  /** The final dashboard and history the story ends with. */
  dashboard: GetDashboardReturnType;
  history: GetHistoryReturnType;
  /** Transactions and gas of the story (the chain's bootstrap not included). */
  totals: ProgressTotals;
  /** Wall-clock time, milliseconds. */
  elapsedMs: number;
};

const mintAbi = parseAbi(["function mint(address to, uint256 amount)"]);
const doc = (uri: string): { uri: string; hash: Hex } => ({ uri, hash: keccak256(stringToHex(uri)) });

/** A message with known addresses replaced by their names and hat ids (0x + 64 hex) by their dotted form. */
function readable(text: string, labels: { accounts: Record<string, string>; domains: Record<number, string> }): string {
  return text
    .replace(/0x[0-9a-fA-F]{64}\b/g, (hex) => hatIp(BigInt(hex)))
    .replace(/0x[0-9a-fA-F]{40}\b/g, (address) => Object.entries(labels.accounts).find(([a]) => a.toLowerCase() === address.toLowerCase())?.[1] ?? shortHex(address))
    .replace(/\bdomain (\d+)\b/g, (whole, id: string) => labels.domains[Number(id)] ?? whole);
}

function expectThat<T>(what: string, expected: T, actual: T, show: (value: T) => string = String): void {
  if (expected !== actual) throw new DemoExpectationError(what, show(expected), show(actual));
}

/**
 * Runs `attempt`, expecting it to throw a named SDK error; returns that error's name and short
 * message (or what `describe` makes of the error).
 */
async function refused(what: string, attempt: () => Promise<unknown>, describe?: (error: OpGovError) => string | undefined): Promise<string> {
  try {
    await attempt();
  } catch (error) {
    if (error instanceof OpGovError) return `${error.name}: ${describe?.(error) ?? error.shortMessage}`.replace(/\.$/, "");
    throw error;
  }
  throw new DemoExpectationError(what, "refused with a named error", "accepted");
}

/**
 * Runs the whole demo: starts the in-process chain, brings "Riverside Commons" on-chain phase by
 * phase, spends, runs three consent rounds (silent, objected-amended-withdrawn, escalated),
 * rolls a budget epoch over, completes a cell, and prints the dashboard and decision log.
 *
 * @param parameters - where to write.
 * @returns the story's outcomes (round states, balances, epoch figures, completion) and totals.
 * @throws {OpGovError} any named SDK error, {@link DemoExpectationError} when an outcome differs.
 * @example
 * ```ts
 * const { totals, elapsedMs } = await runDemo();
 * ```
 */
export async function runDemo(parameters: RunDemoParameters = {}): Promise<RunDemoReturnType> {
  const started = performance.now();
  const write = parameters.write ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const progress = createProgressPrinter({ write });
  write("opgov demo: the operational layer of a DAO, from first conversation to a completed cell");

  progress.heading("Chain: Hardhat's in-process network");
  ensureArtifacts(progress.line);
  const chain = await startDemoChain();
  try {
    return await story(chain, progress, write, started);
  } finally {
    await chain.close();
  }
}

async function story(chain: DemoChain, progress: ReturnType<typeof createProgressPrinter>, write: (line: string) => void, started: number): Promise<RunDemoReturnType> {
  const { actors, publicClient } = chain;
  progress.step(`bootstrap: Safe 1.5.0, Hats v1-compatible contract, Multicall3, opgov factory`);
  progress.note(`${chain.bootstrap.transactionHashes.length} transactions, ${formatGas(chain.bootstrap.gasUsed)} gas (infrastructure: not counted below)`);

  const deployed = await chain.connection.viem.sendDeploymentTransaction("TestToken", [TOKEN.name, TOKEN.symbol], { client: { wallet: chain.wallets.deployer } });
  const deployReceipt = await publicClient.waitForTransactionReceipt({ hash: deployed.deploymentTransaction.hash });
  const tusd = deployed.contract.address;
  progress.step(`deploy the ${TOKEN.symbol} test token (ERC-20)`, { hash: deployReceipt.transactionHash, gasUsed: deployReceipt.gasUsed });

  const spec = demoSpec(actors, tusd);
  const operator = chain.client("operator");
  const onProgress = progress.onProgress;
  const labels: { tokens: Record<string, { symbol: string; decimals: number }>; cells: Record<string, string>; domains: Record<number, string>; accounts: Record<string, string>; rounds: Record<string, string> } = {
    tokens: { [tusd]: { symbol: TOKEN.symbol, decimals: TOKEN.decimals } },
    cells: {},
    domains: {},
    accounts: Object.fromEntries(Object.entries(actors).map(([name, address]) => [address, name])),
    rounds: {},
  };
  const tusdAmount = (amount: bigint) => formatTokenAmount(amount, tusd, labels);
  const ethAmount = (amount: bigint) => formatTokenAmount(amount, zeroAddress, labels);
  const tusdBalance = (account: Address) => publicClient.readContract({ address: tusd, abi: erc20Abi, functionName: "balanceOf", args: [account] });

  // Conversation.
  progress.heading("Conversation (the community, its treasury Safe, the opgov instance, the anchor cell)");
  const conversation = await setupConversation(operator, spec, { onProgress });
  const { instance, treasury } = conversation.resolved;
  labels.accounts[treasury] = "treasury Safe";
  progress.note(`treasury Safe ${treasury} wears the community's top hat ${hatIp(conversation.resolved.topHat)}`);
  progress.note(`opgov instance ${instance} (a module of the treasury Safe)`);
  const as = (who: DemoActor): OpGovClient => chain.client(who, instance);

  const ethFunding = await chain.wallets.deployer.sendTransaction({ to: treasury, value: parseEther("20") });
  const mined = async (hash: Hex) => ({ hash, gasUsed: (await publicClient.waitForTransactionReceipt({ hash })).gasUsed });
  progress.step(`fund the treasury with ${ethAmount(parseEther("20"))}`, await mined(ethFunding));
  const tusdFunding = await chain.wallets.deployer.writeContract({ address: tusd, abi: mintAbi, functionName: "mint", args: [treasury, parseEther("50000")] });
  progress.step(`fund the treasury with ${tusdAmount(parseEther("50000"))}`, await mined(tusdFunding));

  // Formation.
  progress.heading("Formation (hats, members and Safes of the three cells)");
  const formation = await setupFormation(operator, spec, { onProgress });
  for (const cell of spec.cells) {
    const id = formation.resolved.cells[cell.key]!;
    labels.cells[String(id)] = cell.key;
    const safe = formation.resolved.cellSafes[cell.key];
    if (safe) labels.accounts[safe] = `${cell.key} Safe`;
    const roles = Object.keys(formation.resolved.roleHats[cell.key] ?? {});
    progress.note(
      `${cell.key}: cell hat ${hatIp(id)}, member hat ${hatIp(formation.resolved.memberHats[cell.key]!)} for ${(cell.members ?? []).map((m) => labels.accounts[m]).join(", ")}` +
        `${roles.length ? `, role ${roles.join(", ")}` : ""}; Safe ${shortHex(safe ?? zeroAddress)}`,
    );
  }

  // Organization (and Coordination for ops).
  progress.heading("Organization and Coordination (phases forward, domains and budgets)");
  const organization = await setupOrganization(operator, spec, { onProgress });
  const { cells, cellSafes, domains } = organization.resolved;
  for (const [key, id] of Object.entries(domains)) labels.domains[id] = key;
  for (const key of ["ops", "tooling", "research"]) progress.note(`${key} is in ${(await getCell(as("operator"), { cell: cells[key]! })).phase}`);
  for (const [key, token] of [["ops-budget", tusd], ["ops-budget", zeroAddress], ["tooling-budget", tusd], ["research-budget", tusd]] as const) {
    const b = await getBudget(as("operator"), { domain: domains[key]!, token });
    progress.note(`${key}: ${formatTokenAmount(b.allowance, token, labels)} per ${b.epochLength / DAY} days${b.delegated ? ` (${formatTokenAmount(b.delegated, token, labels)} delegated)` : ""}`);
  }

  // At work: spending within budgets.
  progress.heading("At work (ops in Coordination, tooling and research in Organization): spending within budgets");
  let sent = await spendBudget(as("alice"), { domain: domains["ops-budget"]!, token: zeroAddress, to: cellSafes.tooling!, amount: parseEther("1.5") });
  progress.step(`alice (ops) pays 1.5 ETH from ops-budget to the tooling Safe`, sent);
  progress.note(`${ethAmount(sent.remaining)} left in ops-budget this epoch`);
  sent = await spendBudget(as("dave"), { domain: domains["tooling-budget"]!, token: tusd, to: actors.heidi, amount: parseEther("400"), ref: keccak256(stringToHex("invoice-2026-017")) });
  progress.step(`dave (tooling) pays heidi's invoice: 400 TUSD from tooling-budget`, sent);
  progress.note(`${tusdAmount(sent.remaining)} left in tooling-budget this epoch`);
  sent = await spendBudget(as("frank"), { domain: domains["research-budget"]!, token: tusd, to: actors.grace, amount: parseEther("250") });
  progress.step(`frank (research) pays grace's field work: 250 TUSD from research-budget`, sent);
  const overBudget = await refused("a spend above the budget", () =>
    spendBudget(as("erin"), { domain: domains["tooling-budget"]!, token: tusd, to: actors.erin, amount: parseEther("5000") }),
    (error) => (error instanceof InsufficientBudgetError ? `${labels.domains[error.domain]} has ${tusdAmount(error.remaining)} left this epoch; ${tusdAmount(error.amount)} was asked` : undefined),
  );
  progress.step(`erin (tooling) tries 5,000 TUSD from tooling-budget: the SDK refuses`);
  progress.note(overBudget);
  const state = doc("ipfs://riverside/ops/state-v2");
  const updated = await updateGroupState(as("alice"), { cell: cells.ops!, uri: state.uri, contentHash: state.hash });
  progress.step(`alice keeps ops' group state current: version 2`, updated);

  // A round that passes in silence.
  progress.heading("At work: a round that passes in silence");
  const grantWhy = doc("ipfs://riverside/research/grant-heidi");
  const grant = await proposeRound(as("frank"), {
    scope: cells.research!, window: HOUR, rationaleUri: grantWhy.uri, rationaleHash: grantWhy.hash,
    actions: [encodeAllocation({ domain: domains["research-budget"]!, token: tusd, recipient: actors.heidi, amount: parseEther("300") })],
  });
  labels.rounds[grant.round] = "research grant";
  progress.step(`frank proposes a 300 TUSD grant to heidi from research-budget (1 h window)`, grant);
  progress.note(`who may object: the community (research is a top-level cell): hat ${grant.content.objectorHats.map(hatIp).join(", ")}`);
  progress.note(`committed to open rounds in research-budget: ${tusdAmount((await getBudget(as("frank"), { domain: domains["research-budget"]!, token: tusd })).committed)}`);
  await chain.advance(HOUR + 1);
  progress.step(`an hour passes; nobody objects: silence is consent`);
  const grantExecuted = await executeRound(as("heidi"), { round: grant.round, content: grant.content });
  progress.step(`heidi executes the consented round: the treasury pays her 300 TUSD`, grantExecuted);

  // A round that meets an objection, is amended, and passes.
  progress.heading("At work: an objection, an amendment, a withdrawal");
  const serversWhy = doc("ipfs://riverside/tooling/build-servers");
  const servers = await proposeRound(as("dave"), {
    scope: cells.tooling!, window: HOUR, rationaleUri: serversWhy.uri, rationaleHash: serversWhy.hash,
    actions: [encodeAllocation({ domain: domains["tooling-budget"]!, token: tusd, recipient: actors.heidi, amount: parseEther("1200") })],
  });
  labels.rounds[servers.round] = "build servers";
  progress.step(`dave proposes 1,200 TUSD to heidi for build servers (tooling)`, servers);
  progress.note(`who may object: ops' members (the parent circle): hat ${servers.content.objectorHats.map(hatIp).join(", ")}`);
  const bobWhy = doc("ipfs://riverside/objections/buy-half-lease-half");
  const objection = await objectToRound(as("bob"), { round: servers.round, objectorHats: servers.content.objectorHats, reasonUri: bobWhy.uri, reasonHash: bobWhy.hash });
  progress.step(`bob (ops treasurer) objects: buy half now, lease the rest`, objection);
  const amendedWhy = doc("ipfs://riverside/tooling/build-servers-v2");
  const amended = await amendRound(as("dave"), {
    round: servers.round, current: servers.content, window: HOUR, rationaleUri: amendedWhy.uri, rationaleHash: amendedWhy.hash,
    actions: [encodeAllocation({ domain: domains["tooling-budget"]!, token: tusd, recipient: actors.heidi, amount: parseEther("600") })],
  });
  progress.step(`dave amends it to 600 TUSD (revision ${amended.revision}, a new last-call hour)`, amended);
  const withdrawn = await withdrawObjection(as("bob"), { round: servers.round });
  progress.step(`bob withdraws his objection`, withdrawn);
  await chain.advance(HOUR + 1);
  progress.step(`the last-call hour passes`);
  const serversClosed = await closeRound(as("erin"), { round: servers.round });
  progress.step(`erin closes the round: ${serversClosed.consented ? "consented" : "blocked"}, ${serversClosed.objections} standing objection(s)`, serversClosed);
  const serversExecuted = await executeRound(as("erin"), { round: servers.round, content: amended.content });
  progress.step(`erin executes revision ${serversExecuted.revision}: the treasury pays heidi 600 TUSD`, serversExecuted);

  // A round that is escalated and decided by the parent circle.
  progress.heading("At work: an objection that stands, escalated to the parent circle");
  const trainWhy = doc("ipfs://riverside/tooling/policy-release-train");
  const train = await proposeRound(as("erin"), {
    scope: cells.tooling!, window: HOUR, rationaleUri: trainWhy.uri, rationaleHash: trainWhy.hash,
    actions: [encodePolicyDecision({ uri: "ipfs://riverside/tooling/release-train-v1", contentHash: keccak256(stringToHex("release-train-v1")) })],
  });
  labels.rounds[train.round] = "release train";
  progress.step(`erin proposes a policy: tooling ships on a weekly release train`, train);
  progress.note(`who may object: ops' members and tooling's members: hats ${train.content.objectorHats.map(hatIp).join(", ")}`);
  const carolWhy = doc("ipfs://riverside/objections/release-train-too-rigid");
  progress.step(`carol (ops) objects: a fixed train is too rigid`, await objectToRound(as("carol"), { round: train.round, objectorHats: train.content.objectorHats, reasonUri: carolWhy.uri, reasonHash: carolWhy.hash }));
  await chain.advance(HOUR + 1);
  progress.step(`the hour passes; carol's objection still stands`);
  const trainClosed = await closeRound(as("erin"), { round: train.round });
  progress.step(`erin closes the round: ${trainClosed.consented ? "consented" : `blocked by ${trainClosed.objections} objection`}`, trainClosed);
  const escalated = await escalateRound(as("dave"), { round: train.round, content: train.content });
  progress.step(`dave escalates it to the parent circle (ops' cell hat ${hatIp(escalated.resolverHat)})`, escalated);
  const decisionWhy = doc("ipfs://riverside/ops/decisions/release-train");
  // ops' cell hat is worn by ops' 2-of-3 Safe: alice executes the Safe transaction, bob co-signs.
  const resolved = await resolveEscalation(as("alice"), {
    round: train.round, content: train.content, accept: true, dismissed: [actors.carol], rationaleUri: decisionWhy.uri, rationaleHash: decisionWhy.hash,
    via: { safe: cellSafes.ops!, signers: [chain.wallets.bob] },
  });
  progress.step(`ops' Safe accepts the policy and dismisses the objection`, resolved);
  progress.note(`a Safe transaction of ops' 2-of-3 Safe: bob signs, alice executes`);
  const trainExecuted = await executeRound(as("erin"), { round: train.round, content: train.content });
  progress.step(`erin executes it: the policy is recorded`, trainExecuted);

  // Epoch rollover.
  progress.heading("An epoch rolls over");
  const before = await getBudget(as("frank"), { domain: domains["research-budget"]!, token: tusd });
  progress.step(`research-budget this epoch: spent ${tusdAmount(before.spent)}, ${tusdAmount(before.remaining)} left, resets ${new Date(before.epochEnd * 1000).toISOString().slice(0, 16)}Z`);
  const now = Number((await publicClient.getBlock()).timestamp);
  await chain.advance(before.epochEnd - now + HOUR);
  const after = await getBudget(as("frank"), { domain: domains["research-budget"]!, token: tusd });
  progress.step(`time passes to the next epoch: spent ${tusdAmount(after.spent)}, ${tusdAmount(after.remaining)} left`);
  expectThat("research-budget's spent after the rollover", 0n, after.spent, tusdAmount);
  const newEpochSpend = await spendBudget(as("frank"), { domain: domains["research-budget"]!, token: tusd, to: actors.grace, amount: parseEther("100") });
  progress.step(`frank pays grace 100 TUSD from the new epoch's budget`, newEpochSpend);
  progress.note(`${tusdAmount(newEpochSpend.remaining)} left in research-budget`);

  // Completion.
  progress.heading("Completion (the tooling cell's work is done)");
  const retroWhy = doc("ipfs://riverside/tooling/retrospective");
  const retro = await proposeRound(as("dave"), {
    scope: cells.tooling!, window: 2 * HOUR, rationaleUri: retroWhy.uri, rationaleHash: retroWhy.hash,
    actions: [encodePolicyDecision({ uri: "ipfs://riverside/tooling/retrospective", contentHash: retroWhy.hash })],
  });
  labels.rounds[retro.round] = "retrospective";
  progress.step(`dave proposes to record tooling's retrospective (still open at completion)`, retro);
  const { holdings } = await completeCell(operator, { spec, cell: "tooling", tokens: [zeroAddress, tusd] }, { onProgress });
  progress.note(`hats off: ${holdings.hatsOff ? "yes (cell and member hats are inactive)" : "NO"}`);
  progress.note(`its Safe ${shortHex(holdings.safe)} still holds ${holdings.balances.map((b) => formatTokenAmount(b.amount, b.token, labels)).join(", ") || "nothing"}`);
  for (const slice of holdings.returnedSlices)
    progress.note(`${labels.domains[slice.domain]}'s slice of ${formatTokenAmount(slice.amount, slice.token, labels)} went back to ${labels.domains[slice.parent]}`);
  for (const round of holdings.unfinishedRounds) progress.note(`unfinished round ${labels.rounds[round.round] ?? shortHex(round.round)} (${round.state}) can no longer pass`);
  const afterCompletion = await refused("a spend from a completed cell's domain", () =>
    spendBudget(as("dave"), { domain: domains["tooling-budget"]!, token: tusd, to: actors.dave, amount: 1n }),
    (error) => readable(error.shortMessage, labels),
  );
  progress.step(`dave tries to spend from tooling-budget: refused`);
  progress.note(afterCompletion);

  // The outcomes the story claims.
  const states = {
    silent: (await getRound(as("operator"), { round: grant.round })).state,
    amended: (await getRound(as("operator"), { round: servers.round })).state,
    escalated: (await getRound(as("operator"), { round: train.round })).state,
    leftOpen: (await getRound(as("operator"), { round: retro.round })).state,
  };
  expectThat("the silent round's state", "Executed", states.silent);
  expectThat("the amended round's state", "Executed", states.amended);
  expectThat("the escalated round's state", "Executed", states.escalated);
  expectThat("tooling's hats", true, holdings.hatsOff);

  // The dashboard.
  const reader = as("operator");
  const [dashboard, history] = await Promise.all([getDashboard(reader, { rounds: "all" }), getHistory(reader, { withTimestamps: true })]);
  const safes = (["ops", "tooling", "research"] as const).map((key) => ({ label: `${key} Safe`, address: cellSafes[key]! }));
  const accounts: { label: string; address: Address }[] = [{ label: "treasury Safe", address: treasury }, ...safes, { label: "heidi", address: actors.heidi }, { label: "grace", address: actors.grace }];
  const balances: AccountBalances[] = await Promise.all(
    accounts.map(async ({ label, address }) => {
      const [eth, tokens] = await Promise.all([publicClient.getBalance({ address }), tusdBalance(address)]);
      const isPerson = label === "heidi" || label === "grace";
      return { label, address, amounts: [...(isPerson || eth === 0n ? [] : [{ token: zeroAddress, amount: eth }]), ...(tokens === 0n ? [] : [{ token: tusd, amount: tokens }])] };
    }),
  );
  progress.heading("Dashboard");
  write(renderDashboard(dashboard, { history, labels: labels satisfies RenderLabels, balances, omitCategories: ["hats"] }));

  const totals = progress.totals();
  const elapsedMs = performance.now() - started;
  write(`\nDone: ${formatSummary(totals, elapsedMs)} (plus ${chain.bootstrap.transactionHashes.length} bootstrap transactions).`);

  const [treasuryEth, treasuryTusd, heidi, grace, toolingSafe] = await Promise.all([
    publicClient.getBalance({ address: treasury }),
    tusdBalance(treasury),
    tusdBalance(actors.heidi),
    tusdBalance(actors.grace),
    publicClient.getBalance({ address: cellSafes.tooling! }),
  ]);
  return {
    rounds: states,
    epoch: { spentBefore: before.spent, spentAfter: after.spent, remainingAfter: after.remaining, spentInNewEpoch: parseEther("100") },
    balances: { treasury: { eth: treasuryEth, tusd: treasuryTusd }, heidi, grace, toolingSafe },
    completion: holdings,
    refusals: { overBudget, afterCompletion },
    dashboard,
    history,
    totals,
    elapsedMs,
  };
}
