/**
 * The red-flag model derives what each flag reads from the registry's parameters and the
 * analysis's PARAM_SOURCES: a new flag whose parameter names are known needs no template change,
 * and a parameter nothing places fails the build naming it.
 */
import type { FunctionDefinition, FunctionKind } from "../../src/core/framework/definition";
import { outputParam } from "../../src/core/framework/output";
import { param, type ParamSpec } from "../../src/core/params/spec";
import { findFunction } from "../../src/core/registry";
import { deriveInputs, type RedFlagInputs } from "../../src/templates/redFlag/bindings";
import { catalogueFlags } from "../../src/templates/redFlag/flagFormulas";
import { buildInputsSheet } from "../../src/templates/redFlag/inputsSheet";
import { inputRows } from "../../src/templates/redFlag/lineItems";
import { parseCell } from "../../src/templates/a1";

/** A flag the registry does not hold: only what the template reads (id, kind, parameters). */
function newFlag(id: string, kind: FunctionKind, params: readonly ParamSpec[]): FunctionDefinition {
  const model = catalogueFlags()[0];
  return { ...model, id, kind, params: [...params, outputParam], examples: [], run: () => [[0]] };
}

const bindingOf = (inputs: RedFlagInputs, id: string) => inputs.flags.find((f) => f.def.id === id)!;

/** Column A label -> the cells of its row on the Inputs sheet. */
function inputsRow(inputs: RedFlagInputs, label: string) {
  const sheet = buildInputsSheet(null, inputs).sheet;
  const at = sheet.cells.find((c) => parseCell(c.ref).col === 0 && c.value === label);
  if (!at) throw new Error(`no Inputs row labelled ${label}`);
  return sheet.cells.filter((c) => parseCell(c.ref).row === parseCell(at.ref).row);
}

test("every flag of the catalogue is placed, one binding per parameter before output", () => {
  const inputs = deriveInputs(catalogueFlags());
  for (const b of inputs.flags) expect(b.args).toHaveLength(b.def.params.length - 1);
});

describe("a new flag whose parameter names are known needs no template change", () => {
  const perPeriod = newFlag("NEWRATIO", "elementwise", [
    param.cells("inference_cost", "spend", "Inference cost."),
    param.cells("revenue", "money", "Revenue."),
    // Same name as GROSSMARGINGAP's option, another default: its own cell.
    param.number("tolerance", "rate", "Tolerance.", { defaultValue: 0.1 }),
  ]);
  const overYears = newFlag("NEWSERIES", "series", [
    param.series("capex", "spend", "Capex."),
    param.number("book_life", "years", "Book life."),
    param.number("growth_threshold", "rate", "Growth threshold.", { defaultValue: findFunction("GROSSMARGINGAP")!.params[2].defaultValue }),
  ]);
  const inputs = deriveInputs([...catalogueFlags(), perPeriod, overYears]);

  test("rows by the analysis's line items, options at their defaults, periods from the kind", () => {
    expect(bindingOf(inputs, "NEWRATIO")).toMatchObject({
      args: [{ from: "latest", item: "inference_cost" }, { from: "latest", item: "revenue" }, { from: "assumption", key: "tolerance.NEWRATIO" }],
      period: "latest year",
    });
    // Capex read as a series of vintages is hardware capex (PARAM_SOURCES `vintages`), as for DEPCLIFF.
    expect(bindingOf(inputs, "NEWSERIES")).toMatchObject({
      args: [{ from: "vintages", item: "capex" }, { from: "assumption", key: "book_life" }, { from: "assumption", key: "growth_threshold" }],
      period: "vintages",
    });
    // The flags already in the model keep their cells.
    expect(bindingOf(inputs, "GROSSMARGINGAP").args.slice(2)).toEqual([
      { from: "assumption", key: "growth_threshold" },
      { from: "assumption", key: "tolerance" },
      { from: "assumption", key: "periods_per_year" },
    ]);
  });

  test("the Inputs sheet shows them: shared cells name every reader, a different default gets its own cell", () => {
    expect(inputsRow(inputs, "Server book life (DEPCLIFF, DEPGAP, NEWSERIES)")).toHaveLength(3);
    expect(inputsRow(inputs, "Growth threshold (GROSSMARGINGAP, NEWSERIES)")).toHaveLength(3);
    expect(inputsRow(inputs, "Margin change counted as flat (GROSSMARGINGAP)").find((c) => c.style === "input")?.value).toBe(0);
    expect(inputsRow(inputs, "Margin change counted as flat (NEWRATIO)").find((c) => c.style === "input")?.value).toBe(0.1);
    const comment = inputsRow(inputs, "Inference cost (AI model usage)").find((c) => c.style === "note")?.value;
    expect(comment).toMatch(/\(INFERENCECOST, NEWRATIO\)\.$/);
    const names = buildInputsSheet(null, inputs).names.map((n) => n.name);
    expect(names).toContain("MarginTolerance_NEWRATIO");
    expect(new Set(names).size).toBe(names.length);
  });

  test("a new flag reading guidance is a guidance flag", () => {
    const creep = newFlag("NEWCREEP", "series", [param.series("guidance", "spend", "Guidance.")]);
    expect(bindingOf(deriveInputs([creep]), "NEWCREEP")).toMatchObject({ args: [{ from: "slots", item: "capex_guidance" }], period: "guidance" });
  });
});

test("a line item a flag reads by year that the template does not present gets a row worded from the analysis", () => {
  const { filing, estimates } = inputRows(new Map([["research_and_development", ["NEWFLAG"]]]));
  expect(filing.map((r) => r.item)).not.toContain("research_and_development");
  expect(estimates[estimates.length - 1]).toEqual({
    item: "research_and_development",
    label: "Research and development",
    name: "ResearchAndDevelopment",
    comment: "From the filings: not in the dataset, blank until you enter it (NEWFLAG).",
    numberFormat: "#,##0;(#,##0)",
  });
});

test("a parameter PARAM_SOURCES does not place, with no default, fails the build naming it", () => {
  const unknown = newFlag("NEWFLAG", "elementwise", [param.cells("revenue", "money", "Revenue."), param.cells("mystery_cost", "spend", "?")]);
  expect(() => deriveInputs([...catalogueFlags(), unknown])).toThrow(/NEWFLAG\.mystery_cost.*PARAM_SOURCES/);
});

test("an optional parameter nothing places is left out of the formula", () => {
  const optional = newFlag("NEWOPT", "elementwise", [param.cells("revenue", "money", "Revenue."), param.maybeCells("mystery_cost", "spend", "?")]);
  expect(bindingOf(deriveInputs([optional]), "NEWOPT").args).toEqual([{ from: "latest", item: "revenue" }, { from: "omitted" }]);
});

test("every flag on the Flags sheet declares the kind of its value, so its cell gets a number format", () => {
  expect(catalogueFlags().filter((d) => d.valueKind === undefined).map((d) => d.id)).toEqual([]);
});
