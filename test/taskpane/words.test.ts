/** The taskpane's pure words: fill labels, data notes, value formats, the analysis summary. */
import { analyseFinancials, analyseSelection, type ComputedFlag } from "../../src/analysis";
import { CellError } from "../../src/core/cells/errors";
import { EMBEDDED, embeddedCompany } from "../../src/sources/embedded";
import { HYPERSCALERS } from "../../src/sources/embedded/hyperscalers";
import { TEMPLATES } from "../../src/templates/catalogue";
import { resultLines, summaryOf, usesOf } from "../../src/taskpane/analysisText";
import { flagValueText, statusOf } from "../../src/taskpane/flagValue";
import { dataNoteOf, defaultFill, fillLabel } from "../../src/taskpane/templateChoices";
import { REGISTRY } from "../../src/core/registry";

test("fill labels", () => {
  expect(fillLabel("blank")).toBe("Blank: your own figures");
  expect(fillLabel("sample")).toBe("All four sample companies");
  expect(fillLabel("MSFT")).toBe(`${HYPERSCALERS[0].name} (MSFT)`);
  expect(fillLabel("META")).toBe("Meta Platforms (META)");
});

test("each template starts filled with sample data", () => {
  for (const t of TEMPLATES) expect(defaultFill(t)).not.toBe("blank");
});

test("data notes: a company's source and caveats; the whole dataset's for the comparison; the blank advice", () => {
  const msft = dataNoteOf("MSFT");
  expect(msft.source).toBe(`Source: ${HYPERSCALERS[0].source}`);
  expect(msft.caveats).toEqual(expect.arrayContaining([...HYPERSCALERS[0].caveats]));
  expect(msft.caveats).toEqual(embeddedCompany("MSFT")?.caveats);
  const sample = dataNoteOf("sample");
  expect(sample.source).toBe(`Sources: ${HYPERSCALERS.map((c) => c.source).join(" ")}`);
  // Each company's own caveats by name; those every company shares (the dataset's) once.
  expect(sample.caveats).toContain(`Amazon: ${HYPERSCALERS[2].caveats[1]}`);
  expect(sample.caveats.filter((line) => line.startsWith("Amounts in USD millions"))).toHaveLength(1);
  expect(sample.caveats.length).toBeLessThan(EMBEDDED.flatMap((f) => f.caveats).length);
  expect(dataNoteOf("blank").source).toMatch(/your data/);
});

test.each([
  ["FCFCONV", 0.7032268834943829, "0.70x"],
  ["GROSSMARGINGAP", -0.0142857, "-1.4 pts"],
  ["INFERENCECOST", 0.4567, "45.7%"],
  ["RUNWAY", 12.345, "12.3 months"],
  ["DEPCLIFF", 12345.67, "12,345.7"],
  ["NOSUCHFLAG", 0.123456789, "0.123457"],
])("flagValueText(%s, %p) is %p", (id, value, text) => {
  expect(flagValueText(id, value)).toBe(text);
});

test("money reads in the figures' units when they say them; a conversion stays a multiple", () => {
  const millions = { currency: "USD", scale: 1e6 };
  expect(flagValueText("DEPCLIFF", 39637.7, millions)).toBe("$39.6B");
  expect(flagValueText("DEPCLIFF", 39637.7, { currency: "USD" })).toBe("39,637.7");
  expect(flagValueText("FCFCONV", 0.7032268834943829, millions)).toBe("0.70x");
});

test("the lines beyond the latest value: every year with its status and the direction; every economic life", () => {
  const analysis = analyseFinancials(embeddedCompany("GOOGL")!, { assumptions: { economic_life: 3 } });
  const byName = (id: string) => analysis.flags.find((f): f is ComputedFlag => f.id === id && f.state === "computed")!;
  expect(resultLines(byName("FCFCONV"))).toEqual([
    "By year: FY2023 0.94x (OK), FY2024 0.73x (WATCH), FY2025 0.55x (WATCH)",
    "Direction: 0.94x (FY2023), 0.73x (FY2024), 0.55x (FY2025): fell in each of the last two years (FY2024, FY2025).",
  ]);
  expect(resultLines(byName("DEPCLIFF"))).toEqual(["By economic life against a book life of 6 years: 3 years $31.8B (WATCH), 4 years $19.7B (OK), 5 years $9.2B (OK)"]);
  expect(resultLines(byName("GROSSMARGINGAP"))).toEqual([]);
});

test("an error value is its code and message; a status is read only when it is one", () => {
  expect(flagValueText("FCFCONV", new CellError("#N/A", "net income is not positive"))).toBe("#N/A net income is not positive");
  expect(statusOf("RED")).toBe("RED");
  expect(statusOf("maybe")).toBeUndefined();
  expect(statusOf(undefined)).toBeUndefined();
});

test("every model flag of the registry has a value kind", () => {
  for (const def of REGISTRY.filter((d) => d.kind !== "utility")) expect([def.id, def.valueKind]).toEqual([def.id, expect.any(String)]);
});

test("summary and uses", () => {
  const analysis = analyseSelection({
    sheet: "Model",
    address: "B2",
    values: [
      ["", "FY2024", "FY2025"],
      ["Net income", 88136, 101832],
      ["Operating cash flow", 118548, 136162],
      ["Capital expenditure", 44477, 64551],
    ],
  });
  expect(summaryOf(analysis)).toBe("Model, B2:D5: 3 rows recognised over 2 periods (FY2024 to FY2025), labels in the first column.");
  const fcf = analysis.flags.find((f) => f.id === "FCFCONV");
  if (fcf?.state !== "computed") throw new Error("FCFCONV should compute");
  expect(usesOf(fcf)).toEqual(["Operating cash flow (D4)", "Capital expenditure (D5)", "Net income (D3)"]);
});
