import { describe, expect, it } from "vitest";
import { createProgressPrinter, formatHeading, formatNote, formatProgressEvent, formatStep, formatSummary } from "../../scripts/render/progress.js";
import { formatDate, formatGas, formatNumber, formatSpan, hatIp, shortHex, table } from "../../scripts/render/text.js";

const HASH = "0x1234567890abcdef1234567890abcdef1234567890abcdef1234567890abcdef" as const;

describe("progress lines", () => {
  it("formatStep_showsLabelShortHashAndGasAligned", () => {
    const line = formatStep("alice spends 1 ETH from ops-budget", { hash: HASH, gasUsed: 61_234n });
    expect(line).toBe(`  ✓ ${"alice spends 1 ETH from ops-budget".padEnd(70)}tx 0x1234…cdef  gas     61,234`);
    expect(formatStep("a", { hash: HASH, gasUsed: 1n }).indexOf("tx ")).toBe(formatStep("a much longer label", { hash: HASH, gasUsed: 12_000_000n }).indexOf("tx "));
  });

  it("formatStep_marksAStepWithoutTransaction", () => {
    expect(formatStep("time passes 8 days")).toBe("  · time passes 8 days");
  });

  it("formatHeading_andFormatNote_indentTheirText", () => {
    expect(formatHeading("Formation")).toBe("\n== Formation ==");
    expect(formatNote("first\nsecond")).toBe("      → first\n        second");
  });

  it("formatProgressEvent_printsSentAndSkippedAndIgnoresSending", () => {
    expect(formatProgressEvent({ type: "sending", step: "x", index: 0, total: 2 })).toBeUndefined();
    expect(formatProgressEvent({ type: "sent", step: "deploy the instance", index: 1, total: 2, hash: HASH, gasUsed: 4_100_000n })).toBe(formatStep("[2/2] deploy the instance", { hash: HASH, gasUsed: 4_100_000n }));
    expect(formatProgressEvent({ type: "skipped", step: "top hat", index: 0, total: 1, reason: "exists" })).toBe("  · top hat (skipped: exists)");
  });

  it("formatProgressEvent_shortensFullAddressesInTheSdksStepDescriptions", () => {
    const step = "deploy the treasury Safe 0x98045C6768ecE283Fc34f544cbE6Fd344Ee72D69 (1 owner)";
    expect(formatProgressEvent({ type: "sent", step, index: 0, total: 1, hash: HASH, gasUsed: 1n })).toContain("deploy the treasury Safe 0x9804…2D69 (1 owner)");
  });

  it("formatSummary_countsTransactionsGasAndSeconds", () => {
    expect(formatSummary({ transactions: 31, gasUsed: 21_000_000n }, 9_449)).toBe("31 transactions, 21,000,000 gas, 9.4 s");
    expect(formatSummary({ transactions: 1, gasUsed: 5n }, 0)).toBe("1 transaction, 5 gas, 0.0 s");
  });
});

describe("createProgressPrinter", () => {
  it("createProgressPrinter_writesEveryLineAndCountsStepsAndSdkEvents", () => {
    const lines: string[] = [];
    const progress = createProgressPrinter({ write: (line) => lines.push(line) });
    progress.heading("Conversation");
    progress.onProgress({ type: "sending", step: "batch", index: 0, total: 2 });
    progress.onProgress({ type: "sent", step: "batch", index: 0, total: 2, hash: HASH, gasUsed: 100n });
    progress.onProgress({ type: "skipped", step: "treasury", index: 1, total: 2, reason: "nothing to do" });
    progress.step("alice spends", { hash: HASH, gasUsed: 50n });
    progress.step("time passes");
    progress.note("spent resets");
    progress.line("plain");
    expect(progress.totals()).toEqual({ transactions: 2, gasUsed: 150n });
    expect(lines).toEqual([
      "\n== Conversation ==",
      formatStep("[1/2] batch", { hash: HASH, gasUsed: 100n }),
      "  · [2/2] treasury (skipped: nothing to do)",
      formatStep("alice spends", { hash: HASH, gasUsed: 50n }),
      "  · time passes",
      "      → spent resets",
      "plain",
    ]);
  });
});

describe("text helpers", () => {
  it("formatNumber_groupsThousandsAndKeepsTheFraction", () => {
    expect(formatNumber(1_234_500_000_000_000_000_000n, 18)).toBe("1,234.5");
    expect(formatNumber(0n, 18)).toBe("0");
    expect(formatNumber(-1_000n, 0)).toBe("-1,000");
  });

  it("formatSpan_formatDate_formatGas_shortHex_hatIp", () => {
    expect([formatSpan(30 * 86_400), formatSpan(5_400), formatSpan(45), formatSpan(0)]).toEqual(["30d", "1h30m", "45s", "0s"]);
    expect(formatDate(0)).toBe("1970-01-01 00:00Z");
    expect(formatGas(1_234_567n)).toBe("1,234,567");
    expect(shortHex(HASH)).toBe("0x1234…cdef");
    expect(shortHex("0x1234")).toBe("0x1234");
    expect(hatIp((1n << 224n) | (1n << 208n) | (3n << 192n))).toBe("1.1.3");
    expect(hatIp(7n << 224n)).toBe("7");
  });

  it("table_padsColumnsAndAlignsRight", () => {
    expect(table(["a", "bb"], [["xyz", "1"], ["", "22"]], ["left", "right"], 0)).toBe(["a    bb", "───  ──", "xyz   1", "     22"].join("\n"));
  });
});
