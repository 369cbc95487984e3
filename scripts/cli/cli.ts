import { parseArgs, type ParseArgsConfig } from "node:util";
import { OpGovError } from "../../sdk/errors/base.js";
import { GLOBAL_OPTIONS, type Command, type Io, type OptionSpec } from "./command.js";
import { deployCommand, deploymentCommand } from "./commands/deploy.js";
import { initCommand } from "./commands/init.js";
import { nodeCommand } from "./commands/node.js";
import { applyCommand, planCommand } from "./commands/plan.js";
import { amendCommand, escalateCommand, executeCommand, objectCommand, proposeCommand, resolveCommand, spendCommand, withdrawCommand } from "./commands/rounds.js";
import { statusCommand } from "./commands/status.js";
import { validateCommand } from "./commands/validate.js";
import { BadArgumentError, EXIT, exitCodeOf, NotYetAvailableError } from "./errors.js";

/** The commands that work today, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [
  initCommand,
  validateCommand,
  nodeCommand,
  deployCommand,
  deploymentCommand,
  planCommand,
  applyCommand,
  statusCommand,
  spendCommand,
  proposeCommand,
  objectCommand,
  withdrawCommand,
  amendCommand,
  escalateCommand,
  resolveCommand,
  executeCommand,
];

/**
 * Commands listed before they can run: invoking one fails with {@link NotYetAvailableError}
 * (exit 7) instead of "unknown command". Empty: every command in {@link COMMANDS} runs.
 */
export const PLANNED_COMMANDS: readonly string[] = [];

export const VERSION = "0.1.0";

const EXIT_CODE_HELP = [
  "Exit codes:",
  "  0  success",
  "  1  unexpected error",
  "  2  bad command line (unknown command or option, bad or missing argument, file exists)",
  "  3  JSON-RPC endpoint unreachable",
  "  4  signer key missing or invalid",
  "  5  no opgov deployment for the chain (or it lacks Hats/Safe for one), or a bad deployments file",
  "  6  invalid or unreadable organisation spec",
  "  7  reserved (no command exits with it)",
  "  8  the signer (or the --via-safe Safe) does not wear the hat the action needs, or the signer and co-signers",
  "     cannot execute the Safe's transactions (not an owner, fewer than the threshold)",
  "  9  not enough budget left this epoch (or spending paused, or the token not allowed)",
  " 10  the round's state does not allow the step (e.g. executing an open round, objecting twice)",
  " 11  a transaction failed or reverted (apply: what was sent stays and is listed; re-run to continue)",
];

function optionLines(options: Record<string, OptionSpec>): string[] {
  return Object.entries(options).map(([name, option]) => {
    const flag = `${option.short ? `-${option.short}, ` : "    "}--${name}${option.value ? ` ${option.value}` : ""}`;
    return `  ${flag.padEnd(28)} ${option.description}`;
  });
}

/** The text of `opgov --help`. */
export function mainHelp(): string {
  return [
    "opgov: on-chain operational governance for DAOs (cells, domain budgets, consent rounds on Hats and Safe).",
    "",
    "Usage: opgov <command> [options]",
    "",
    "Commands:",
    ...COMMANDS.map((command) => `  ${command.name.padEnd(12)} ${command.summary}`),
    "",
    "`opgov <command> --help` describes a command and its options. Chain options (on the commands that",
    "talk to a chain):",
    ...optionLines(GLOBAL_OPTIONS),
    "",
    "Commands acting on an organisation (status and the day-to-day ones) find it with --spec PATH (default",
    "./organisation.yaml: cells, domains and tokens by the spec's names) or --instance ADDRESS (ids and addresses).",
    "",
    ...EXIT_CODE_HELP,
  ].join("\n");
}

/** The text of `opgov <command> --help`. */
export function commandHelp(command: Command): string {
  const globals = Object.fromEntries(command.globals.map((name) => [name, GLOBAL_OPTIONS[name]]));
  const options = { ...command.options, ...globals, help: { type: "boolean", short: "h", description: "show this help" } as OptionSpec };
  return [`Usage: opgov ${command.usage}`, "", command.summary + ".", ...(command.description ? ["", command.description] : []), "", "Options:", ...optionLines(options)].join("\n");
}

function parseCommandArgs(command: Command, args: string[]) {
  const specs: Record<string, OptionSpec> = { ...command.options, ...Object.fromEntries(command.globals.map((name) => [name, GLOBAL_OPTIONS[name]])) };
  const options: NonNullable<ParseArgsConfig["options"]> = { help: { type: "boolean", short: "h" } };
  for (const [name, spec] of Object.entries(specs)) options[name] = { type: spec.type, ...(spec.short ? { short: spec.short } : {}), ...(spec.multiple ? { multiple: true } : {}) };
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (cause) {
    const message = cause instanceof Error ? cause.message.split("\n")[0]!.replace(/\. To specify a positional argument.*$/, ".") : String(cause);
    throw new BadArgumentError(message, { command: command.name, cause });
  }
}

function closest(word: string): string | undefined {
  const names = COMMANDS.map((command) => command.name);
  return names.find((name) => name.startsWith(word.slice(0, 3)) || word.startsWith(name.slice(0, 3)));
}

/** Prints an error the way the CLI does: its name and message (short message, context, details). */
export function printError(io: Io, error: unknown, env: NodeJS.ProcessEnv): void {
  if (error instanceof OpGovError) io.err(`opgov: ${error.name}: ${error.message}`);
  else if (error instanceof Error) {
    io.err(`opgov: unexpected ${error.name}: ${error.message}`);
    if (env.OPGOV_DEBUG === "1" && error.stack) io.err(error.stack);
    else io.err("(set OPGOV_DEBUG=1 for the stack trace)");
  } else io.err(`opgov: unexpected error: ${String(error)}`);
  if (env.OPGOV_DEBUG === "1" && error instanceof OpGovError && error.cause instanceof Error && error.cause.stack) io.err(`cause: ${error.cause.stack}`);
}

/**
 * Runs the CLI on `argv` (without `node` and the script) and returns the exit code; never throws.
 *
 * @param argv - The arguments, e.g. `["validate", "organisation.yaml"]`.
 * @param io - Where to write (default: process stdout/stderr).
 * @param env - The environment (default `process.env`): `OPGOV_PRIVATE_KEY`, `OPGOV_DEBUG`.
 * @returns The exit code (see `opgov --help`).
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv.slice(2));
 * ```
 */
export async function runCli(argv: readonly string[], io: Io = defaultIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === undefined) {
      io.err(mainHelp());
      return EXIT.usage;
    }
    if (first === "--help" || first === "-h" || (first === "help" && rest.length === 0)) {
      io.out(mainHelp());
      return EXIT.ok;
    }
    if (first === "--version" || first === "-v") {
      io.out(VERSION);
      return EXIT.ok;
    }
    if (first === "help") return runCli([rest[0]!, "--help"], io, env);
    if (first.startsWith("-")) throw new BadArgumentError(`Expected a command before ${JSON.stringify(first)}: opgov <command> [options].`);
    const command = COMMANDS.find((candidate) => candidate.name === first);
    if (!command) {
      if (PLANNED_COMMANDS.includes(first)) throw new NotYetAvailableError(first);
      const guess = closest(first);
      throw new BadArgumentError(`Unknown command ${JSON.stringify(first)}.${guess ? ` Did you mean ${guess}?` : ""}`);
    }
    const { values, positionals } = parseCommandArgs(command, rest);
    if (values.help === true) {
      io.out(commandHelp(command));
      return EXIT.ok;
    }
    if (positionals.length < command.positionals.min)
      throw new BadArgumentError(`opgov ${command.name} needs ${command.positionals.names}.`, { command: command.name });
    if (positionals.length > command.positionals.max)
      throw new BadArgumentError(`Unexpected argument ${JSON.stringify(positionals[command.positionals.max])}: opgov ${command.usage}.`, {
        command: command.name,
      });
    return await command.run({ values: values as Record<string, string | boolean | undefined>, positionals, io, env });
  } catch (error) {
    printError(io, error, env);
    return exitCodeOf(error);
  }
}

const defaultIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};
