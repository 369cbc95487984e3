import { printError } from "../cli/cli.js";
import { runDemo, type RunDemoParameters } from "./run.js";

/** What {@link demoMain} takes: where to write, the environment, and the story to run. */
export type DemoMainParameters = {
  out?: ((text: string) => void) | undefined;
  err?: ((text: string) => void) | undefined;
  /** `OPGOV_DEBUG=1` adds stack traces to a failure. Default `process.env`. */
  env?: NodeJS.ProcessEnv | undefined;
  /** The story (default {@link runDemo}); tests pass another. */
  run?: ((parameters: RunDemoParameters) => Promise<unknown>) | undefined;
};

/**
 * Runs the demo and returns its exit code: 0 when the story ran to its end, 1 on any failure,
 * which is printed as its name, short message, context and details (the stack only with
 * `OPGOV_DEBUG=1`). Never throws.
 *
 * @param parameters - output streams, environment, story.
 * @returns the exit code.
 * @example
 * ```ts
 * process.exitCode = await demoMain();
 * ```
 */
export async function demoMain(parameters: DemoMainParameters = {}): Promise<number> {
  const out = parameters.out ?? ((text: string) => void process.stdout.write(`${text}\n`));
  const err = parameters.err ?? ((text: string) => void process.stderr.write(`${text}\n`));
  try {
    await (parameters.run ?? runDemo)({ write: out });
    return 0;
  } catch (error) {
    err("");
    printError({ out, err }, error, parameters.env ?? process.env);
    return 1;
  }
}
