import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../scripts/cli/cli.js";

// Cheap guards for README.md: every `opgov` command and option it names exists in the CLI's
// command table, every `npm run` script exists in package.json, and every repository path it puts
// in backticks exists. No chain is started.

const root = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const readme = readFileSync(join(root, "README.md"), "utf8");
const scripts = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

/** Every option a command accepts: its own, the chain options it takes, and `--help`. */
const optionsOf = new Map(COMMANDS.map((command) => [command.name, new Set([...Object.keys(command.options), ...command.globals, "help"])]));
const allOptions = new Set([...optionsOf.values()].flatMap((options) => [...options]));

/** The README without its fenced blocks, and the fenced blocks with their language. */
function split(markdown: string): { prose: string; blocks: { lang: string; body: string }[] } {
  const blocks: { lang: string; body: string }[] = [];
  const prose = markdown.replace(/^```(\w*)\n([\s\S]*?)^```$/gm, (_, lang: string, body: string) => {
    blocks.push({ lang, body });
    return "";
  });
  return { prose, blocks };
}
const { prose, blocks } = split(readme);
const spans = [...prose.matchAll(/`([^`\n]+)`/g)].map((match) => match[1]!);

/** Shell lines of the sh blocks, continuation lines joined and comments dropped. */
const shellLines = blocks
  .filter((block) => block.lang === "sh")
  .flatMap((block) => block.body.replace(/\\\n/g, " ").split("\n"))
  .map((line) => line.replace(/(^|\s)#.*$/, "").trim())
  .filter(Boolean);

/** `opgov <command> …` mentions: inline code spans and shell lines, with the options they name. */
const mentions = [
  ...spans.flatMap((span) => {
    const match = /^(?:npx |npm run )?opgov ([a-z][a-z-]*)\b(.*)$/.exec(span);
    return match ? [{ where: `\`${span}\``, command: match[1]!, rest: match[2]! }] : [];
  }),
  ...shellLines.flatMap((line) => {
    const match = /\bnpx opgov ([a-z][a-z-]*)\b(.*)$/.exec(line);
    return match ? [{ where: line, command: match[1]!, rest: match[2]! }] : [];
  }),
];
const optionNames = (text: string) => [...text.matchAll(/(?:^|[\s[|\\])--([a-z][a-z-]*)/g)].map((match) => match[1]!);

describe("README.md", () => {
  it("names the CLI's commands in enough places that this test means something", () => {
    expect(mentions.length).toBeGreaterThan(30);
    expect(new Set(mentions.map((mention) => mention.command)).size).toBeGreaterThanOrEqual(COMMANDS.length);
  });

  it("names only `opgov` commands that exist, with options they take", () => {
    const problems: string[] = [];
    for (const { where, command, rest } of mentions) {
      const options = optionsOf.get(command);
      if (!options) {
        problems.push(`${where}: no command "${command}"`);
        continue;
      }
      for (const option of optionNames(rest)) if (!options.has(option)) problems.push(`${where}: "${command}" has no --${option}`);
    }
    expect(problems).toEqual([]);
  });

  it("lists every command of the CLI in its command table", () => {
    const table = spans.filter((span) => /^opgov [a-z]/.test(span)).map((span) => span.split(" ")[1]);
    for (const command of COMMANDS) expect(table, command.name).toContain(command.name);
  });

  it("names only options that some command takes", () => {
    // Flags of other tools that the README quotes.
    const foreign = new Set(["max-warnings", "check", "no-compile"]);
    const named = spans.flatMap(optionNames).filter((option) => !foreign.has(option));
    expect(named.filter((option) => !allOptions.has(option))).toEqual([]);
  });

  it("names only npm scripts that package.json has", () => {
    const named = [...readme.matchAll(/\bnpm run ([a-z][\w:-]*)/g)].map((match) => match[1]!);
    expect(named.length).toBeGreaterThan(3);
    expect(named.filter((script) => !(script in scripts))).toEqual([]);
    if (/\bnpm test\b/.test(readme)) expect(scripts).toHaveProperty("test");
  });

  it("names only repository paths that exist", () => {
    // Paths that are not files of this repository: package subpaths and module specifiers, files
    // that `opgov` commands write, and records that are generated and not committed.
    const notRepoPaths = [/^opgov\//, /^hardhat\//, /^viem\//, /^@/, /^\.\.\//, /^(\.\/)?organisation\.(yaml|json)$/, /^deployments\/(31337|1337)\.json$/, /</];
    const missing: string[] = [];
    for (const line of prose.split("\n")) {
      // In the layout table, a row's paths are relative to the folder in its first cell.
      const base = /^\| `([\w.-]+\/)` \|/.exec(line)?.[1] ?? "";
      for (const [, span] of line.matchAll(/`([^`\s]+)`/g)) {
        const path = span!.replace(/[:,]$/, "");
        if (!/^\.?[\w-][\w.-]*(\/[\w.-]+)+\/?$|^[\w-]+\/$|^\.?[\w-]+\.(ts|mjs|json|sol|md|yaml)$/.test(path)) continue;
        if (notRepoPaths.some((pattern) => pattern.test(path))) continue;
        if (existsSync(join(root, path)) || (base && existsSync(join(root, base, path)))) continue;
        missing.push(path);
      }
    }
    expect(missing).toEqual([]);
  });
});
