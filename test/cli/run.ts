import { spawn, type ChildProcess } from "node:child_process";
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

/** A running `opgov node` child process. */
export type OpgovNodeProcess = { child: ChildProcess; url: string; output: () => string; exited: Promise<number | null> };

/** Starts `opgov node --port 0` (the bin, as a child process) and resolves with the URL it prints once it is ready. */
export function startOpgovNode(deployments: string): Promise<OpgovNodeProcess> {
  const child = spawn(process.execPath, [OPGOV_BIN, "node", "--port", "0", "--deployments", deployments], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`opgov node did not get ready:\n${stdout}\n${stderr}`)), 90_000);
    child.stderr!.on("data", (data) => (stderr += data));
    child.stdout!.on("data", (data) => {
      stdout += data;
      const url = /JSON-RPC at (http:\/\/\S+)/.exec(stdout)?.[1];
      if (url && stdout.includes("Ready. Ctrl-C to stop.")) {
        clearTimeout(timer);
        resolve({ child, url, output: () => stdout + stderr, exited });
      }
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      reject(new Error(`opgov node exited with ${code}:\n${stdout}\n${stderr}`));
    });
  });
}
