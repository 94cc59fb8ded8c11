/**
 * `analyseFinancials`, the one entry point: on the embedded companies it gives what the report
 * gave when it laid their figures out as a block of labelled rows and read that block back
 * (the old path, rebuilt here), and it reads disclosures and non-cell facts as a source gives them.
 */
import { analyseFinancials, analyseSelection, planFormulas, type BlockValue, type FlagResult } from "../../src/analysis";
import { EMPTY_FINANCIALS, valuesOf, type Financials } from "../../src/model/financials";
import { LINE_ITEM_IDS, lineItem } from "../../src/model/lineItems";
import { EMBEDDED } from "../../src/sources/embedded";
import { LAYOUT_CATALOGUE } from "../helpers/layoutCatalogue";

const ECONOMIC_LIFE = 3;

/** The old report's block: "Line item" and the years across, one row per item labelled with the vocabulary's label. */
function asBlock(f: Financials): BlockValue[][] {
  const lines = LINE_ITEM_IDS.flatMap((id) => {
    const values = valuesOf(f, id);
    return values ? [[lineItem(id).label, ...values]] : [];
  });
  return [["Line item", ...f.periods.map((p) => p.label)], ...lines];
}

/**
 * What a user sees of a flag: its state, value, status, period, settings' values and messages.
 * Money in the notes reads in the figures' units ("$28.6B"), which a block of cells does not
 * carry ("28,628.5"): the hardware share's note is compared by its share alone.
 */
function shown(flag: FlagResult) {
  if (flag.state !== "computed") return { id: flag.id, state: flag.state, message: flag.message };
  const { id, state, value, status, period } = flag;
  const notes = flag.notes.map((n) => (n.startsWith("Hardware share") ? n.slice(0, n.indexOf("(")) : n));
  return { id, state, value, status, period, notes, settings: flag.settings.map((s) => [s.param, s.value]) };
}

/** A block carries no disclosures: the guidance the embedded data disclose (Alphabet's) reaches CAPEXCREEP only from Financials. */
const fromDisclosures = (flag: FlagResult) => flag.id === "CAPEXCREEP";

describe.each(EMBEDDED.map((f) => [f.company.name, f] as const))("%s: analyseFinancials equals the old block path", (_name, f) => {
  const bookLife = f.disclosures.serverBookLife?.years;
  const now = analyseFinancials(f, { assumptions: { economic_life: ECONOMIC_LIFE } }).flags;
  const before = analyseSelection({ sheet: f.company.name, address: "A1", values: asBlock(f) }, { assumptions: { economic_life: ECONOMIC_LIFE, book_life: bookLife ?? NaN } }).flags;

  test("every flag: same state, value, status, period, settings and messages", () => {
    expect(now.filter((x) => !fromDisclosures(x)).map(shown)).toEqual(before.filter((x) => !fromDisclosures(x)).map(shown));
    const computed = f.disclosures.capexGuidance ? ["GROSSMARGINGAP", "CAPEXCREEP", "DEPCLIFF", "DEPGAP", "FCFCONV"] : ["GROSSMARGINGAP", "DEPCLIFF", "DEPGAP", "FCFCONV"];
    // Which flags of the fixed catalogue compute on these figures (a flag registered later is compared above, not pinned here).
    const pinned = new Set(LAYOUT_CATALOGUE.map((d) => d.id));
    expect(now.filter((x) => x.state === "computed" && pinned.has(x.id)).map((x) => x.id)).toEqual(computed);
  });

  test("the book life comes from the disclosure, and says so", () => {
    const cliff = now.find((x) => x.id === "DEPCLIFF");
    if (cliff?.state !== "computed") throw new Error("DEPCLIFF should compute");
    expect(cliff.settings).toEqual([
      { param: "book_life", value: bookLife, why: "disclosed" },
      { param: "economic_life", value: ECONOMIC_LIFE, why: "assumption" },
    ]);
  });

  test("the inputs keep their facts: dataset provenance, no sheet cells", () => {
    const fcf = now.find((x) => x.id === "FCFCONV");
    if (fcf?.state !== "computed") throw new Error("FCFCONV should compute");
    for (const input of fcf.inputs) {
      expect(input.cells).toEqual([]);
      expect(input.facts.map((x) => x.provenance.source)).toEqual(["dataset"]);
    }
    const leases = valuesOf(f, "finance_lease_principal")?.at(-1);
    expect(fcf.inputs.map((i) => i.values[0])).toEqual([
      valuesOf(f, "operating_cash_flow")!.at(-1),
      valuesOf(f, "capex")!.at(-1),
      valuesOf(f, "net_income")!.at(-1),
      ...(leases === undefined || leases === null ? [] : [leases]),
    ]);
  });
});

describe("where a parameter comes from", () => {
  const msft = EMBEDDED[0];
  const depcliff = (f: Financials, assumptions = {}) => {
    const flag = analyseFinancials(f, { assumptions: { economic_life: 3, ...assumptions } }).flags.find((x) => x.id === "DEPCLIFF");
    if (flag?.state !== "computed") throw new Error(`DEPCLIFF: ${flag?.state === "needs-input" ? flag.message : "absent"}`);
    return flag;
  };
  const cliff = (f: Financials, assumptions = {}) => depcliff(f, assumptions).settings.find((s) => s.param === "book_life");

  test("an assumption wins over the disclosure; a book-life line of the figures wins over it too", () => {
    expect(cliff(msft, { book_life: 4 })).toEqual({ param: "book_life", value: 4, why: "assumption" });
    const withRow: Financials = {
      ...msft,
      items: { ...msft.items, book_life: { label: "book_life", values: [null, null, { value: 5, provenance: { source: "analyst" } }] } },
    };
    expect(cliff(withRow)).toBeUndefined();
    expect(depcliff(withRow).inputs.find((i) => i.param === "book_life")?.values).toEqual([5]);
  });

  test("without a disclosure the book life is asked for", () => {
    const flag = analyseFinancials({ ...msft, disclosures: {} }, { assumptions: { economic_life: 3 } }).flags.find((x) => x.id === "DEPCLIFF");
    expect(flag?.state === "needs-input" && flag.message).toBe("DEPCLIFF needs: book useful life (an assumption)");
  });

  test("a line present but blank in every period is named in the message", () => {
    const f: Financials = { ...EMPTY_FINANCIALS, periods: [{ label: "FY2025", kind: "annual", fiscalYear: 2025 }], items: { revenue: { label: "revenue", values: [null] } } };
    const flag = analyseFinancials(f).flags.find((x) => x.id === "GROSSMARGINGAP");
    expect(flag?.state === "needs-input" && flag.message).toBe('GROSSMARGINGAP needs: revenue ("revenue" is blank), cost of revenue');
  });

  test("figures that did not come from cells are written into a formula as numbers; thresholds go to input cells", () => {
    // The fixed catalogue the pinned input cells below were worked out for.
    const registry = LAYOUT_CATALOGUE;
    const a = analyseSelection({ sheet: "M", address: "A1", values: [["", "FY2024", "FY2025"], ["Revenue", 100, 120], ["Cost of revenue", 40, 50]] }, { registry });
    const fromDataset = { ...a, flags: analyseFinancials({ ...a.financials, items: { revenue: { label: "r", values: [100, 120].map((value) => ({ value, provenance: { source: "dataset" as const, reference: "test" } })) }, cost_of_revenue: a.financials.items.cost_of_revenue! } }, { registry }).flags };
    const plan = planFormulas(fromDataset);
    if (plan.kind !== "plan") throw new Error(plan.message);
    expect(plan.writes.find((w) => w.formula?.startsWith("=AIFLAG.GROSSMARGINGAP("))?.formula).toBe("=AIFLAG.GROSSMARGINGAP({100,120},$B$3:$C$3,$F$5,$F$6,$F$7)");
  });
});
