import { OpGovError } from "../../sdk/index.js";

// The demo's own errors. Everything else it can throw is an SDK error (named, with details).

/** The contracts did not compile (`hardhat build` failed). */
export class BuildFailedError extends OpGovError {
  override name = "BuildFailedError";
  constructor(output: string | undefined, cause: unknown) {
    super("The contracts did not compile, so the demo cannot deploy them.", {
      details: `Run \`npx hardhat build\` to see the compiler's messages.${output ? `\n${output.split("\n").slice(-15).join("\n")}` : ""}`,
      cause,
    });
  }
}

/** The embedded chain could not be started. */
export class DemoChainError extends OpGovError {
  override name = "DemoChainError";
  constructor(shortMessage: string, cause?: unknown) {
    super(shortMessage, {
      details: "The demo runs Hardhat 3's in-process network from this repository's hardhat.config.ts; it needs Node >= 22.13 and the dependencies installed (`npx -y -p node@22 -- npm install`).",
      cause,
    });
  }
}

/** The story did not turn out as told: a round, a budget or a balance is not what it should be. */
export class DemoExpectationError extends OpGovError {
  override name = "DemoExpectationError";
  readonly expected: string;
  readonly actual: string;
  constructor(what: string, expected: string, actual: string) {
    super(`The demo expected ${what} to be ${expected}, and it is ${actual}.`, {
      metaMessages: [`expected: ${expected}`, `actual:   ${actual}`],
      details: "The contracts or the SDK behave differently from what the demo tells; run the test suite (`npm test`) to find where.",
    });
    this.expected = expected;
    this.actual = actual;
  }
}
