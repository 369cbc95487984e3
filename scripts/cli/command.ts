/** How a command writes: stdout for results, stderr for progress and errors. */
export type Io = {
  out(text: string): void;
  err(text: string): void;
};

/** One option of a command, as `util.parseArgs` takes it plus what `--help` shows. */
export type OptionSpec = {
  type: "string" | "boolean";
  short?: string;
  /** A string option that may be repeated; its value is then a list. */
  multiple?: boolean;
  /** Placeholder shown in help for a string option (`URL`, `PATH`). */
  value?: string;
  description: string;
};

/** Options every chain command shares; a command lists those it takes in `globals`. */
export const GLOBAL_OPTIONS = {
  rpc: { type: "string", value: "URL", description: "JSON-RPC endpoint; the chain id is read from it (default http://127.0.0.1:8545)" },
  "key-file": {
    type: "string",
    value: "PATH",
    description: "file holding the signer's private key (else the env var OPGOV_PRIVATE_KEY; never a key on the command line)",
  },
  deployments: { type: "string", value: "PATH", description: "deployments folder (<chainId>.json files) or one file (default: deployments/)" },
  "max-block-range": {
    type: "string",
    value: "BLOCKS",
    description:
      "most blocks per eth_getLogs request (plan, apply, status, the day-to-day commands), for RPC providers that cap a log query's range, e.g. 10000 (default: no limit)",
  },
} as const satisfies Record<string, OptionSpec>;

export type GlobalOptionName = keyof typeof GLOBAL_OPTIONS;

/** What a command's `run` receives. */
export type CommandInput = {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  io: Io;
  env: NodeJS.ProcessEnv;
};

/** A CLI subcommand. */
export type Command = {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Usage line(s) after `opgov `, e.g. `validate <spec>`. */
  usage: string;
  /** More text for `opgov <command> --help`. */
  description?: string;
  options: Record<string, OptionSpec>;
  globals: readonly GlobalOptionName[];
  positionals: { min: number; max: number; names: string };
  /** Runs the command; resolves to the exit code. Throws named errors. */
  run(input: CommandInput): Promise<number>;
};
