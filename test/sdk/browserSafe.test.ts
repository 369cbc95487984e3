import { readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The SDK is loaded by browsers (dapps, through `opgov/sdk` and `opgov/wagmi`): no file under
// sdk/ (tests aside) may import a Node built-in, Hardhat, deploy/, scripts/ or anything outside
// sdk/, and every package it imports must be a runtime dependency. This walks the static import
// graph from the package entries and checks every edge.

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const sdkDir = join(root, "sdk");
const builtins = new Set(builtinModules.flatMap((m) => [m, m.split("/")[0]!]));
const dependencies = new Set(Object.keys((JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { dependencies: Record<string, string> }).dependencies));

/** Every module specifier a TypeScript source imports or re-exports, statically or with `import("…")`. */
function specifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
  const found: string[] = [];
  for (const pattern of [
    /\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?)\s+from\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
  ]) {
    for (const match of code.matchAll(pattern)) found.push(match[1]!);
  }
  return found;
}

/** Why an import from `file` of `specifier` is not browser-safe, or undefined if it is. */
function violation(file: string, specifier: string): string | undefined {
  if (specifier.startsWith("node:") || builtins.has(specifier.split("/")[0]!)) return "a Node built-in";
  if (specifier === "hardhat" || specifier.startsWith("hardhat/") || specifier.startsWith("@nomicfoundation/")) return "Hardhat";
  if (specifier.startsWith(".")) {
    const target = resolve(dirname(file), specifier);
    const rel = relative(root, target);
    if (rel.startsWith(`deploy${sep}`) || rel === "deploy") return "deploy/ (a layer above the SDK)";
    if (rel.startsWith(`scripts${sep}`) || rel === "scripts") return "scripts/ (a layer above the SDK)";
    if (!target.startsWith(sdkDir + sep)) return `a file outside sdk/ (${rel})`;
    return undefined;
  }
  const name = specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0]!;
  if (!dependencies.has(name)) return `package ${name}, which is not a runtime dependency`;
  return undefined;
}

/** Resolves a relative import of the SDK (`./x.js` → `./x.ts`, directories → `index.ts`). */
function resolveLocal(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base.replace(/\.js$/, ".ts"), base, `${base}.ts`, join(base, "index.ts")]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      /* try the next form */
    }
  }
  throw new RangeError(`${relative(root, from)} imports ${specifier}, which does not resolve`);
}

/** Walks the import graph from `entries`; returns the files reached and the violations. */
function walk(entries: readonly string[]) {
  const seen = new Set<string>();
  const problems: string[] = [];
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of specifiers(readFileSync(file, "utf8"))) {
      const why = violation(file, specifier);
      if (why) problems.push(`${relative(root, file)} imports "${specifier}": ${why}`);
      else if (specifier.startsWith(".")) queue.push(resolveLocal(file, specifier));
    }
  }
  return { seen, problems };
}

function sdkSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sdkSources(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("browser safety of sdk/", () => {
  it("the import graph of the package entries and of every SDK source has no Node, Hardhat, deploy/ or scripts/ import", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { exports: Record<string, string>; sideEffects: boolean };
    const entries = Object.entries(pkg.exports)
      .filter(([key, target]) => key !== "./package.json" && target.endsWith(".ts"))
      .map(([, target]) => join(root, target));
    expect(entries.map((e) => relative(root, e)).sort()).toEqual(["sdk/index.ts", "sdk/wagmi/index.ts"]);
    expect(pkg.sideEffects).toBe(false);
    const { seen, problems } = walk([...entries, ...sdkSources(sdkDir)]);
    expect(problems).toEqual([]);
    expect(seen.has(join(sdkDir, "reads", "getDashboard.ts"))).toBe(true);
    expect(seen.has(join(sdkDir, "wagmi", "createWagmiAction.ts"))).toBe(true);
  });

  it("the checker finds every kind of forbidden import, multi-line and dynamic ones included", () => {
    const file = join(sdkDir, "reads", "example.ts");
    const source = [
      'import { readFileSync } from "node:fs";',
      'import path from "path";',
      "import {\n  network,\n} from 'hardhat';",
      'export { bootstrapLocalChain } from "../../deploy/local/bootstrap.js";',
      'const cli = await import("../../scripts/cli.js");',
      'import type { LocalChain } from "../../test/fixtures/chain.js";',
      'import "vitest";',
      'import { getAddress } from "viem";',
      'import { opgovAbi } from "../abis/opgov.js";',
      '// import { x } from "node:crypto";',
    ].join("\n");
    const found = specifiers(source);
    expect(found).toEqual([
      "node:fs",
      "path",
      "hardhat",
      "../../deploy/local/bootstrap.js",
      "../../test/fixtures/chain.js",
      "viem",
      "../abis/opgov.js",
      "vitest",
      "../../scripts/cli.js",
    ]);
    expect(found.map((s) => violation(file, s))).toEqual([
      "a Node built-in",
      "a Node built-in",
      "Hardhat",
      "deploy/ (a layer above the SDK)",
      "a file outside sdk/ (test/fixtures/chain.js)",
      undefined,
      undefined,
      "package vitest, which is not a runtime dependency",
      "scripts/ (a layer above the SDK)",
    ]);
  });
});
