import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// The README's "SDK quick start" snippets are type-checked against the SDK's real entries
// (`opgov/sdk`, `opgov/wagmi`, resolved through package.json's `exports` like any user's import),
// so a renamed export or a changed parameter breaks this test and not a reader's first try.
// The snippets' inputs are declared in a prelude.

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const readme = readFileSync(join(root, "README.md"), "utf8");

/** The ```ts blocks of the README's "## SDK quick start" section. */
function quickStartSnippets(): string[] {
  const start = readme.indexOf("\n## SDK quick start\n");
  if (start < 0) return [];
  const end = readme.indexOf("\n## ", start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

const prelude = `import type { Address, Hex } from "viem";
import type { OrganizationSpec } from "opgov/sdk";
declare const rpcUrl: string;
declare const recordJson: unknown;
declare const operatorKey: Hex;
declare const memberKey: Hex;
declare const spec: OrganizationSpec;
declare const usdc: Address;
declare const vendor: Address;
declare const instance: Address;
`;

const options: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ["lib.es2023.d.ts", "lib.dom.d.ts"],
  types: ["node"],
  strict: true,
  noUncheckedIndexedAccess: true,
  skipLibCheck: true,
  noEmit: true,
  resolveJsonModule: true,
  allowImportingTsExtensions: false,
};

/** Type errors of `code` as a module in the repository root, one line each. */
function typeErrors(code: string, index: number): string[] {
  const fileName = join(root, `readme-snippet-${index}.ts`);
  const text = prelude + code;
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, ...rest) => (name === fileName ? ts.createSourceFile(name, text, version) : getSourceFile(name, version, ...rest));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === fileName || fileExists(name);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => (name === fileName ? text : readFile(name));
  const program = ts.createProgram([fileName], options, host);
  const source = program.getSourceFile(fileName)!;
  const preludeLines = prelude.split("\n").length - 1;
  return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map((d) => {
    const { line } = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : { line: -1 };
    return `snippet ${index + 1}, line ${line + 1 - preludeLines}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
  });
}

describe("README SDK quick start", () => {
  const snippets = quickStartSnippets();

  it("has a viem and a wagmi snippet", () => {
    expect(snippets).toHaveLength(2);
    expect(snippets[0]).toContain('from "opgov/sdk"');
    expect(snippets[1]).toContain('from "opgov/wagmi"');
  });

  it.each(snippets.map((code, index) => [index + 1, code, index] as const))("snippet %i type-checks against the SDK's entries", (_n, code, index) => {
    expect(typeErrors(code, index)).toEqual([]);
  });

  it("the type check catches a wrong snippet (it is not vacuous)", () => {
    const ok = 'import { getCell, type OpGovClient } from "opgov/sdk";\ndeclare const c: OpGovClient;\nconst cell = await getCell(c, { cell: 1n });\nconst n: number = cell.phase === "Formation" ? 1 : 0;\n';
    expect(typeErrors(ok, 8)).toEqual([]);
    const wrong = 'import { spendBudget, type OpGovClient } from "opgov/sdk";\ndeclare const c: OpGovClient;\nawait spendBudget(c, { domain: "one", token: usdc, to: vendor, amount: 1n });\n';
    expect(typeErrors(wrong, 9)).toEqual([expect.stringMatching(/^snippet 10, line 3: Type 'string' is not assignable to type 'number'/)]);
  });
});
