/**
 * Results beyond one number: every period of an element-wise flag with its direction, the
 * economic-life sensitivity of the depreciation flags, REVENUEGAP on chip spend against total AI
 * capex, and what the analysis says when a row a flag could use is not in the figures.
 */
import { analyseSelection, type Analysis, type BlockValue, type ComputedFlag } from "../../src/analysis";
import { SENSITIVITY_LIVES } from "../../src/analysis/flags/sensitivity";
import { invokeFunction } from "../../src/core/framework/invoke";
import { inputParams } from "../../src/analysis/flags/sources";
import { CATALOGUE, flag } from "./helpers/catalogue";
import { MICROSOFT, MSFT } from "./cases/models";

const analyse = (values: BlockValue[][], assumptions = {}) => analyseSelection({ sheet: "Model", address: "B2", values }, { registry: CATALOGUE, assumptions });

function computed(a: Analysis, id: string): ComputedFlag {
  const f = a.flags.find((x) => x.id === id);
  if (f?.state !== "computed") throw new Error(`${id} was not computed: ${f?.state === "needs-input" ? f.message : "absent"}`);
  return f;
}

/** The core on these arguments, optional ones left out. */
function direct(id: string, args: readonly unknown[], output: "value" | "status") {
  const full = [...args];
  while (full.length < inputParams(flag(id)).length) full.push(null);
  return invokeFunction(flag(id), [...(full as Parameters<typeof invokeFunction>[1]), output])[0][0];
}

describe("every period of an element-wise flag", () => {
  const fcf = computed(analyse(MICROSOFT), "FCFCONV");

  test("FCFCONV in every year, each equal to the core on that year's figures", () => {
    expect(fcf.byPeriod?.map((p) => p.period)).toEqual(["FY2023", "FY2024", "FY2025"]);
    fcf.byPeriod!.forEach((p, k) => {
      const args = [MSFT.cfo[k], MSFT.capex[k], MSFT.netIncome[k]];
      expect(p.value).toBe(direct("FCFCONV", args, "value"));
      expect(p.status).toBe(direct("FCFCONV", args, "status"));
    });
    // The latest is the flag's own result.
    expect(fcf.byPeriod!.at(-1)?.value).toBe(fcf.value);
  });

  test("the direction: rose, then fell; not a fall in each of the last two years", () => {
    expect(fcf.direction?.steps.map((s) => [s.to, Math.sign(s.change)])).toEqual([
      ["FY2024", 1],
      ["FY2025", -1],
    ]);
    expect(fcf.direction?.fellInLastTwo).toBe(false);
    expect(fcf.direction?.text).toBe("0.82x (FY2023), 0.84x (FY2024), 0.70x (FY2025): rose in FY2024, fell in FY2025.");
  });

  test("a fall in each of the last two years is said so; a year missing an input is left out, and breaks the steps", () => {
    const falling = computed(
      analyse([["", "2022", "2023", "2024", "2025"], ["Net cash from operations", 100, 120, 100, 90], ["Capex", -10, null, -40, -60], ["Net income", 80, 90, 90, 90]]),
      "FCFCONV",
    );
    expect(falling.byPeriod?.map((p) => p.period)).toEqual(["2022", "2024", "2025"]);
    expect(falling.direction?.steps.map((s) => s.to)).toEqual(["2025"]);
    expect(falling.direction?.fellInLastTwo).toBe(false);
    const twice = computed(analyse([["", "2023", "2024", "2025"], ["Net cash from operations", 100, 100, 90], ["Capex", -10, -40, -60], ["Net income", 80, 90, 90]]), "FCFCONV");
    expect(twice.direction?.fellInLastTwo).toBe(true);
    expect(twice.direction?.text).toMatch(/fell in each of the last two years \(2024, 2025\)\.$/);
  });

  test("generic: another element-wise flag gets its periods with no change (TALENTLOAD on R&D)", () => {
    const talent = computed(analyse([["", "2024", "2025"], ["Revenue", 100, 120], ["Research and development", 20, 30]]), "TALENTLOAD");
    expect(talent.byPeriod?.map((p) => [p.period, p.value])).toEqual([
      ["2024", direct("TALENTLOAD", [20, 100], "value")],
      ["2025", direct("TALENTLOAD", [30, 120], "value")],
    ]);
  });

  test("a series flag has no periods of its own", () => {
    expect(computed(analyse(MICROSOFT), "GROSSMARGINGAP").byPeriod).toBeUndefined();
  });
});

describe("the economic-life sensitivity", () => {
  const model = [...MICROSOFT, ["Useful life", null, null, 6]];

  test("DEPCLIFF and DEPGAP at 3, 4 and 5 years against the book life, each equal to the flag run at that life", () => {
    for (const id of ["DEPCLIFF", "DEPGAP"]) {
      const s = computed(analyse(model, { economic_life: 3 }), id).sensitivity;
      expect(s?.bookLife).toBe(6);
      expect(s?.points.map((p) => p.life)).toEqual([...SENSITIVITY_LIVES]);
      for (const p of s!.points) {
        const atLife = computed(analyse(model, { economic_life: p.life }), id);
        expect([p.value, p.status]).toEqual([atLife.value, atLife.status]);
      }
    }
  });

  test("flags without an economic life have none", () => {
    expect(computed(analyse(MICROSOFT), "FCFCONV").sensitivity).toBeUndefined();
  });
});

describe("REVENUEGAP: chip spend, or the whole AI build", () => {
  const base: BlockValue[][] = [["", "2025"], ["Revenue", 1000], ["AI revenue", 100]];

  test("GPU spend is chips alone: the data-centre multiplier stays at its default", () => {
    const gap = computed(analyse([...base, ["GPU spend", 150]]), "REVENUEGAP");
    expect(gap.inputs.map((i) => i.item)).toContain("ai_chip_spend");
    expect(gap.settings.find((s) => s.param === "cost_multiplier")).toEqual({ param: "cost_multiplier", value: 2, why: "default" });
    expect(gap.value).toBe(direct("REVENUEGAP", [150, 100, 2, 0.5], "value"));
  });

  test("AI capex is the whole build: the multiplier is 1, with a note, so buildings are not counted twice", () => {
    const gap = computed(analyse([...base, ["AI capex", 300]]), "REVENUEGAP");
    expect(gap.inputs.map((i) => i.item)).toContain("ai_capex");
    expect(gap.settings.find((s) => s.param === "cost_multiplier")).toEqual({ param: "cost_multiplier", value: 1, why: "implied" });
    expect(gap.notes.join(" ")).toMatch(/whole build .* the cost multiplier is 1/);
    expect(gap.value).toBe(direct("REVENUEGAP", [300, 100, 1, 0.5], "value"));
  });

  test("with both rows, chip spend is read; a multiplier the analyst gives wins over the implied one", () => {
    expect(computed(analyse([...base, ["GPU spend", 150], ["AI capex", 300]]), "REVENUEGAP").inputs.map((i) => i.item)).toContain("ai_chip_spend");
    const given = computed(analyse([...base, ["AI capex", 300]], { cost_multiplier: 1.5 }), "REVENUEGAP");
    expect(given.settings.find((s) => s.param === "cost_multiplier")).toEqual({ param: "cost_multiplier", value: 1.5, why: "assumption" });
  });
});

describe("FCFCONV and finance leases", () => {
  test("without a finance-lease row, conversion excludes them and the note says so; no zero is written", () => {
    const fcf = computed(analyse(MICROSOFT), "FCFCONV");
    expect(fcf.notes).toContain("Conversion excludes finance leases: these figures hold no finance-lease principal payments (missing, not zero).");
    expect(fcf.formulaArgs.at(-1)).toEqual({ kind: "omitted" });
    expect(fcf.settings.map((s) => s.param)).not.toContain("finance_leases");
  });

  test("with the row, FCF is CFO - capex - finance-lease principal", () => {
    const fcf = computed(analyse([...MICROSOFT, ["Principal repayments of finance leases", -1056, -1286, -2283]]), "FCFCONV");
    expect(fcf.value).toBe(direct("FCFCONV", [136162, -64551, 101832, -2283], "value"));
    expect(fcf.value).toBeCloseTo((136162 - 64551 - 2283) / 101832, 12);
  });
});
