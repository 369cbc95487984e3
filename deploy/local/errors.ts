import type { Address, Hex } from "viem";
import { OpgovDeployError } from "../errors.js";

/** The provider rejected `hardhat_setCode`: the local bootstrap needs a development node. */
export class SetCodeUnsupportedError extends OpgovDeployError {
  override name = "SetCodeUnsupportedError";
  constructor({ address, cause }: { address: Address; cause: unknown }) {
    super("The provider does not support hardhat_setCode.", {
      details:
        `Installing code at ${address} needs a development node (Hardhat's in-process network, ` +
        "Hardhat node, or anvil). On a live chain use the canonical deployments instead.",
      cause,
    });
  }
}

/** An artifact file is missing or unreadable. */
export class ArtifactNotFoundError extends OpgovDeployError {
  override name = "ArtifactNotFoundError";
  readonly artifact: string;
  constructor({ artifact, path, hint, cause }: { artifact: string; path: string; hint: string; cause?: unknown }) {
    super(`Artifact ${artifact} not found.`, { details: `Looked for ${path}. ${hint}`, cause });
    this.artifact = artifact;
  }
}

/** A contract would not land at its canonical address (different init code, salt or factory). */
export class CanonicalAddressMismatchError extends OpgovDeployError {
  override name = "CanonicalAddressMismatchError";
  readonly contract: string;
  readonly computed: Address;
  readonly canonical: Address;
  constructor({ contract, computed, canonical }: { contract: string; computed: Address; canonical: Address }) {
    super(`${contract} would deploy to ${computed}, not its canonical address ${canonical}.`, {
      details: "The artifact's init code, the salt or the factory differs from the canonical deployment.",
    });
    this.contract = contract;
    this.computed = computed;
    this.canonical = canonical;
  }
}

/** `@safe-global/safe-deployments` lists no canonical Safe 1.5.0 deployment of a contract. */
export class SafeDeploymentNotListedError extends OpgovDeployError {
  override name = "SafeDeploymentNotListedError";
  readonly contract: string;
  constructor({ contract }: { contract: string }) {
    super(`safe-deployments lists no canonical Safe 1.5.0 deployment of ${contract}.`, {
      details: "Check the installed @safe-global/safe-deployments version.",
    });
    this.contract = contract;
  }
}

/** An address the bootstrap owns already holds code that is not what it would install. */
export class UnexpectedCodeError extends OpgovDeployError {
  override name = "UnexpectedCodeError";
  readonly contract: string;
  readonly address: Address;
  constructor({ contract, address, expectedCodeHash, actualCodeHash }: { contract: string; address: Address; expectedCodeHash: Hex; actualCodeHash: Hex }) {
    super(`Unexpected code at ${address}, where ${contract} belongs.`, {
      details: `Code hash ${actualCodeHash}, expected ${expectedCodeHash}. Start from a fresh chain.`,
    });
    this.contract = contract;
    this.address = address;
  }
}

/** A deployment transaction reverted or left no code behind. */
export class DeploymentFailedError extends OpgovDeployError {
  override name = "DeploymentFailedError";
  readonly contract: string;
  constructor({ contract, address, details, cause }: { contract: string; address: Address; details: string; cause?: unknown }) {
    super(`Deploying ${contract} at ${address} failed.`, { details, cause });
    this.contract = contract;
  }
}

/** The wallet client has no account to send the bootstrap transactions from. */
export class MissingAccountError extends OpgovDeployError {
  override name = "MissingAccountError";
  constructor() {
    super("The wallet client has no account.", {
      details: "Pass a wallet client created with an `account` (e.g. `(await conn.viem.getWalletClients())[0]`).",
    });
  }
}
