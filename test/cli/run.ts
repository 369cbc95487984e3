import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

/** The `opgov` bin, as package.json's `bin` names it. */
export const OPGOV_BIN = fileURLToPath(new URL("../../scripts/cli/bin.mjs", import.meta.url));

export type RunResult = { code: number | null; stdout: string; stderr: string };

/**
 * Runs the `opgov` bin as a child process and collects its output.
 *
 * @param args - The arguments after `opgov`.
 * @param options - `cwd`, extra `env` (OPGOV_PRIVATE_KEY is removed unless given), `node` (the Node binary; default this one).
 */
export function runOpgov(
  args: readonly string[],
  { cwd, env = {}, node = process.execPath }: { cwd?: string; env?: Record<string, string>; node?: string } = {},
): Promise<RunResult> {
  const { OPGOV_PRIVATE_KEY: _key, ...inherited } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(node, [OPGOV_BIN, ...args], { cwd, env: { ...inherited, FORCE_COLOR: "0", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (data) => (stdout += data));
    child.stderr.on("data", (data) => (stderr += data));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** A port nothing listens on (bound once by the system, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Runs the CLI in this process (`runCli`), for the many cases where a child process would only
 * cost time; the child-process tests cover the bin itself.
 */
export async function runOpgovInProcess(args: readonly string[], { env = {} }: { env?: Record<string, string> } = {}): Promise<RunResult> {
  const { runCli } = await import("../../scripts/cli/cli.js");
  let stdout = "";
  let stderr = "";
  const { OPGOV_PRIVATE_KEY: _key, ...inherited } = process.env;
  const code = await runCli(args, { out: (text) => (stdout += `${text}\n`), err: (text) => (stderr += `${text}\n`) }, { ...inherited, ...env });
  return { code, stdout, stderr };
}
