import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Every function the SDK's entries export (`opgov/sdk` → sdk/index.ts, `opgov/wagmi` →
// sdk/wagmi/index.ts) has JSDoc: a summary, an `@example`, and `@param` for each parameter. The
// entries are read with the TypeScript compiler: each export is followed to its declaration, and
// anything callable counts (function declarations, and constants such as the wagmi actions that
// `createWagmiReadAction` builds). Classes (the named errors) and types are not functions.

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const entries = { "opgov/sdk": join(root, "sdk", "index.ts"), "opgov/wagmi": join(root, "sdk", "wagmi", "index.ts") };

const program = ts.createProgram(Object.values(entries), {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  skipLibCheck: true,
  noEmit: true,
});
const checker = program.getTypeChecker();

type Exported = { entry: string; name: string; file: string; problems: string[] };

/** The callable exports of an entry with what their JSDoc lacks. */
function callableExports(entry: string, path: string): Exported[] {
  const source = program.getSourceFile(path);
  if (!source) throw new RangeError(`cannot read ${path}`);
  const moduleSymbol = checker.getSymbolAtLocation(source)!;
  const found: Exported[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.valueDeclaration;
    if (!declaration || ts.isClassDeclaration(declaration)) continue;
    if (!ts.isFunctionDeclaration(declaration) && !ts.isVariableDeclaration(declaration)) continue;
    const type = checker.getTypeOfSymbolAtLocation(symbol, declaration);
    const signatures = type.getCallSignatures();
    if (signatures.length === 0) continue;
    const problems: string[] = [];
    const docs = ts.getJSDocCommentsAndTags(declaration).filter(ts.isJSDoc);
    const doc = docs[docs.length - 1];
    if (!doc) problems.push("no JSDoc");
    else {
      const summary = typeof doc.comment === "string" ? doc.comment : (doc.comment ?? []).map((part) => part.text).join("");
      if (!summary.trim()) problems.push("no summary");
      const tags = doc.tags ?? [];
      if (!tags.some((tag) => tag.tagName.text === "example")) problems.push("no @example");
      const documented = new Set(tags.flatMap((tag) => (ts.isJSDocParameterTag(tag) ? [(tag as ts.JSDocParameterTag).name.getText()] : [])));
      const parameters = signatures[0]!.getParameters().map((parameter) => parameter.name);
      for (const parameter of parameters) if (!documented.has(parameter)) problems.push(`no @param ${parameter}`);
    }
    found.push({ entry, name: exported.name, file: declaration.getSourceFile().fileName.slice(root.length + 1), problems });
  }
  return found;
}

const all = Object.entries(entries).flatMap(([entry, path]) => callableExports(entry, path));

describe("JSDoc of the public functions", () => {
  it("finds the public functions of both entries (the check would pass vacuously otherwise)", () => {
    const names = (entry: string) => all.filter((e) => e.entry === entry).map((e) => e.name);
    expect(names("opgov/sdk")).toEqual(expect.arrayContaining(["createOpGovClient", "spendBudget", "getDashboard", "setupDao", "decodeOpGovError", "encodeAllocation"]));
    expect(names("opgov/wagmi")).toEqual(expect.arrayContaining(["spendBudget", "getCell", "setupDao", "createWagmiWriteAction", "opgovContract"]));
    expect(names("opgov/sdk")).not.toContain("OpGovNotWearerError");
  });

  it("every exported function has a summary, an @example and a @param per parameter", () => {
    const lacking = all.filter((e) => e.problems.length > 0).map((e) => `${e.entry} ${e.name} (${e.file}): ${e.problems.join(", ")}`);
    expect(lacking).toEqual([]);
  });
});
