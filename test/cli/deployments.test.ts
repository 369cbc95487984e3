import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DeploymentFileError, readDeploymentRegistry, writeDeploymentRecord } from "../../deploy/deployments.js";
import { HATS_V1_ADDRESS, SAFE_1_5_0_CANONICAL_ADDRESSES } from "../../sdk/chains/addresses.js";
import {
  DeploymentNotFoundError,
  getDeployment,
  InvalidDeploymentRecordError,
  parseDeploymentRecord,
  serializeDeploymentRecord,
  type OpGovDeploymentRecord,
} from "../../sdk/chains/deployments.js";

const hash = (byte: string) => `0x${byte.repeat(32)}` as const;

const record: OpGovDeploymentRecord = {
  version: 1,
  chainId: 31337,
  local: true,
  hats: HATS_V1_ADDRESS,
  safe: SAFE_1_5_0_CANONICAL_ADDRESSES,
  opgov: {
    factory: "0x2c1727C414F356d6A4739373116b2aeC60c9a910",
    extension: "0x03123501E3b65fdd7f6c44ABf29b223AfA7aC4Eb",
    lens: "0x431c2620496BC21550913a53c1ec5a2eC5a0B034",
  },
  codeHashes: { hats: hash("11"), factory: hash("22"), extension: hash("33"), lens: hash("44") },
  block: { number: 17n, hash: hash("aa") },
  salt: hash("bb"),
};

const json = () => JSON.parse(JSON.stringify(serializeDeploymentRecord(record)));

function issues(value: unknown): readonly string[] {
  try {
    parseDeploymentRecord(value, "test.json");
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidDeploymentRecordError);
    return (error as InvalidDeploymentRecordError).issues;
  }
  return [];
}

describe("parseDeploymentRecord", () => {
  it("reads back what serializeDeploymentRecord wrote", () => {
    expect(parseDeploymentRecord(json())).toEqual(record);
  });

  it("reads and writes the optional cellSafeSetup address, and refuses a bad one", () => {
    const withSetup: OpGovDeploymentRecord = { ...record, opgov: { ...record.opgov, cellSafeSetup: "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed" } };
    const value = JSON.parse(JSON.stringify(serializeDeploymentRecord(withSetup)));
    expect(value.opgov.cellSafeSetup).toBe("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
    expect(parseDeploymentRecord(value)).toEqual(withSetup);
    expect("cellSafeSetup" in json().opgov).toBe(false);
    value.opgov.cellSafeSetup = "0x1234";
    expect(issues(value)).toEqual(['opgov.cellSafeSetup: must be an address, got "0x1234"']);
  });

  it("checksums lower-case addresses", () => {
    const value = json();
    value.opgov.factory = value.opgov.factory.toLowerCase();
    expect(parseDeploymentRecord(value).opgov.factory).toBe(record.opgov.factory);
  });

  it("names every bad field with its path", () => {
    const value = json();
    value.version = 2;
    value.chainId = "31337";
    value.opgov.lens = "0x1234";
    value.safe.multiSend = "0x218543288004cd07832472d464648173c77d7eB7";
    delete value.codeHashes.factory;
    value.block.number = -1;
    value.local = "yes";
    expect(issues(value)).toEqual([
      "version: must be 1, got 2",
      'chainId: must be a positive integer, got "31337"',
      "safe.multiSend: bad checksum, expected 0x218543288004CD07832472D464648173c77D7eB7",
      'opgov.lens: must be an address, got "0x1234"',
      "codeHashes.factory: must be a 32-byte hex string, got undefined",
      "block.number: must be a non-negative integer, got -1",
      'local: must be true or false, got "yes"',
    ]);
  });

  it("rejects a value that is not an object", () => {
    expect(issues([1, 2])[0]).toBe("$: must be an object, got [1,2]");
  });
});

describe("getDeployment", () => {
  it("finds a chain's deployment in a map or a list", () => {
    expect(getDeployment(31337, { 31337: record })).toBe(record);
    expect(getDeployment(31337, [record])).toBe(record);
  });

  it("throws DeploymentNotFoundError naming the chains it knows", () => {
    expect(() => getDeployment(1, { 31337: record })).toThrow(DeploymentNotFoundError);
    expect(() => getDeployment(1, { 31337: record })).toThrow(/no deployment recorded for chain 1\.[\s\S]*chain 31337/);
    expect(() => getDeployment(1, [])).toThrow(/No deployment is recorded at all/);
  });
});

describe("deployment files", () => {
  it("writes <chainId>.json and reads a folder or one file back", () => {
    const dir = mkdtempSync(join(tmpdir(), "opgov-deployments-"));
    const path = writeDeploymentRecord(dir, record);
    expect(path).toBe(join(dir, "31337.json"));
    writeFileSync(join(dir, "README.md"), "not a record");
    expect(readDeploymentRegistry(dir)).toEqual({ 31337: record });
    expect(readDeploymentRegistry(path)).toEqual({ 31337: record });
  });

  it("throws DeploymentFileError for a missing path or a file that is not JSON", () => {
    const dir = mkdtempSync(join(tmpdir(), "opgov-deployments-"));
    expect(() => readDeploymentRegistry(join(dir, "nope"))).toThrow(DeploymentFileError);
    writeFileSync(join(dir, "1.json"), "{");
    expect(() => readDeploymentRegistry(dir)).toThrow(/not valid JSON/);
  });

  it("throws InvalidDeploymentRecordError for JSON that is not a record", () => {
    const dir = mkdtempSync(join(tmpdir(), "opgov-deployments-"));
    writeFileSync(join(dir, "1.json"), JSON.stringify({ version: 1 }));
    expect(() => readDeploymentRegistry(dir)).toThrow(InvalidDeploymentRecordError);
  });

  it("keeps a local chain's test tokens (optional) and names a bad one's path", () => {
    const withTokens = { ...record, testTokens: { TUSD: "0xaE323AeFa3Af8E6A6cB5ACd40c90706f5b25E59B" as const } };
    expect(parseDeploymentRecord(JSON.parse(JSON.stringify(serializeDeploymentRecord(withTokens))))).toEqual(withTokens);
    expect(serializeDeploymentRecord(record)).not.toHaveProperty("testTokens");
    const bad = { ...serializeDeploymentRecord(record), testTokens: { TUSD: "0x1234" } };
    expect(() => parseDeploymentRecord(bad)).toThrow(/testTokens\.TUSD/);
  });
});
