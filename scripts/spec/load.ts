import { readFileSync } from "node:fs";
import { LineCounter, parseDocument } from "yaml";
import { OpGovError } from "../../sdk/errors/base.js";
import type { OrganisationSpec, SpecIssue } from "./types.js";
import { formatSpecIssue, validateOrganisationSpec } from "./validate.js";

/** A spec file cannot be read. */
export class SpecFileError extends OpGovError {
  override name = "SpecFileError";
  constructor({ path, cause }: { path: string; cause: unknown }) {
    const code = (cause as NodeJS.ErrnoException | undefined)?.code;
    super(`Cannot read the organisation spec ${path}${code === "ENOENT" ? ": no such file" : code === "EISDIR" ? ": it is a folder" : ""}.`, {
      details: "Write one with `opgov init <path>`.",
      cause,
    });
  }
}

/** A spec is not valid; `issues` holds every problem with the path of its field. */
export class InvalidSpecError extends OpGovError {
  override name = "InvalidSpecError";
  readonly issues: readonly SpecIssue[];
  constructor({ source, issues }: { source: string; issues: readonly SpecIssue[] }) {
    super(`The organisation spec ${source} has ${issues.length} problem${issues.length === 1 ? "" : "s"}.`, {
      metaMessages: issues.map(formatSpecIssue),
      details: "The format is described in spec/organisation.schema.json and in the README's \"Organisation spec\" section.",
    });
    this.issues = issues;
  }
}

/**
 * Parses a spec's text (YAML, of which JSON is a subset) and validates it.
 *
 * @param text - The file's content.
 * @param source - Its name, for messages.
 * @returns The spec in chain units.
 * @throws {InvalidSpecError} With every problem: YAML syntax errors (with line and column) or bad fields (with their paths).
 * @example
 * ```ts
 * const spec = parseOrganisationSpec(readFileSync("organisation.yaml", "utf8"), "organisation.yaml");
 * ```
 */
export function parseOrganisationSpec(text: string, source: string): OrganisationSpec {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (document.errors.length) {
    throw new InvalidSpecError({
      source,
      issues: document.errors.map((error) => {
        const at = error.pos ? lineCounter.linePos(error.pos[0]) : undefined;
        return { path: at ? `(line ${at.line}, column ${at.col})` : "(document)", message: error.message.split("\n")[0]! };
      }),
    });
  }
  const result = validateOrganisationSpec(document.toJS({ maxAliasCount: 100 }));
  if (!result.ok) throw new InvalidSpecError({ source, issues: result.issues });
  return result.spec;
}

/**
 * Reads and validates a spec file.
 *
 * @param path - A `.yaml`, `.yml` or `.json` file.
 * @returns The spec in chain units.
 * @throws {SpecFileError} When the file cannot be read.
 * @throws {InvalidSpecError} When it is not a valid spec.
 * @example
 * ```ts
 * const spec = readOrganisationSpec("organisation.yaml");
 * ```
 */
export function readOrganisationSpec(path: string): OrganisationSpec {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (cause) {
    throw new SpecFileError({ path, cause });
  }
  return parseOrganisationSpec(text, path);
}
