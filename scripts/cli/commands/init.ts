import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import type { Command } from "../command.js";
import { EXIT, FileExistsError } from "../errors.js";

/** The documented example organisation that `opgov init` writes. */
export const EXAMPLE_SPEC_PATH = fileURLToPath(new URL("../../../spec/organisation.example.yaml", import.meta.url));

export const initCommand: Command = {
  name: "init",
  summary: "write a documented example organisation spec",
  usage: "init [path]",
  description:
    "Writes an example organisation (a community, its treasury Safe, consent policy and tokens, and three cells,\n" +
    "one a sub-cell, with roles, members, Safes, domains and budgets) to <path> (default organisation.yaml).\n" +
    "A path ending in .json gets JSON (without the comments). Edit it, then run `opgov validate <path>`.",
  options: { force: { type: "boolean", short: "f", description: "overwrite the file if it exists" } },
  globals: [],
  positionals: { min: 0, max: 1, names: "[path]" },
  async run({ values, positionals, io }) {
    const path = positionals[0] ?? "organisation.yaml";
    if (existsSync(path) && values.force !== true) throw new FileExistsError(path);
    const example = readFileSync(EXAMPLE_SPEC_PATH, "utf8");
    const text = path.toLowerCase().endsWith(".json") ? `${JSON.stringify(parse(example), null, 2)}\n` : example;
    writeFileSync(path, text);
    io.out(`Wrote ${path}: an example organisation with three cells (ops, its sub-cell events, research).`);
    io.out("Its TUSD is the test token `opgov node` deploys (the same address on every local chain); on another chain, put your token's address.");
    io.out(`Next: edit it, then \`opgov validate ${path}\`. The format: spec/organisation.schema.json.`);
    return EXIT.ok;
  },
};
