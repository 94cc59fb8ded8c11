/**
 * Synthetic companies for the benchmarks and the template tests: a company's figures stretched
 * over more fiscal years, or restated in another money scale. Pure: Financials in, Financials out.
 */
import type { Fact, Financials, LineSeries } from "../../src/model/financials";
import { lineItem, type LineItemId } from "../../src/model/lineItems";

/**
 * `company` over `years` fiscal years ending with its latest: earlier years are the real ones
 * repeated backwards, 10% smaller a year (money items only; ratios and lives are kept).
 */
export function stretch(company: Financials, years: number): Financials {
  const real = company.periods;
  const last = real[real.length - 1].fiscalYear ?? 0;
  const sources = Array.from({ length: years }, (_, k) => {
    const back = years - 1 - k; // years before the latest
    return { back, from: real.length - 1 - (back % real.length), factor: 0.9 ** (back - (back % real.length)) };
  });
  const provenance = { source: "derived" as const, formula: `synthetic: the real years repeated backwards, 10% smaller a year` };
  const items: Financials["items"] = {};
  for (const [id, series] of Object.entries(company.items) as Array<[LineItemId, LineSeries]>) {
    const money = lineItem(id).unit === "money";
    const values = sources.map(({ from, factor }): Fact | null => {
      const x = series.values[from];
      return x === null ? null : { value: money ? Math.round(x.value * factor) : x.value, provenance };
    });
    items[id] = { ...series, values };
  }
  const periods = sources.map(({ back, from }) => {
    const fiscalYear = last - back;
    const end = real[from].end;
    return { label: `FY${fiscalYear}`, kind: "annual" as const, fiscalYear, ...(end ? { end: `${fiscalYear}${end.slice(4)}` } : {}) };
  });
  return { ...company, periods, items };
}

/** The same figures in units of `scale` (1 = US dollars as filed): money values and disclosed amounts restated. */
export function restated(company: Financials, scale: number): Financials {
  const from = company.units.scale ?? 1;
  const convert = (x: number) => (x * from) / scale;
  const items: Financials["items"] = {};
  for (const [id, series] of Object.entries(company.items) as Array<[LineItemId, LineSeries]>) {
    const money = lineItem(id).unit === "money";
    items[id] = { ...series, values: series.values.map((x) => (x === null || !money ? x : { ...x, value: convert(x.value) })) };
  }
  const g = company.disclosures.capexGuidance;
  const capexGuidance = g && {
    ...g,
    revisions: g.revisions.map((r) => ({ ...r, guidance: convert(r.guidance), commitment: r.commitment === null ? null : convert(r.commitment) })),
    ...(g.actualCapex === undefined ? {} : { actualCapex: convert(g.actualCapex) }),
  };
  return { ...company, units: { ...company.units, scale }, items, disclosures: { ...company.disclosures, ...(capexGuidance ? { capexGuidance } : {}) } };
}

/** `count` companies cycling through `companies`, renamed "Microsoft 2"... after the first round. */
export function manyCompanies(companies: readonly Financials[], count: number): Financials[] {
  return Array.from({ length: count }, (_, i) => {
    const c = companies[i % companies.length];
    const round = Math.floor(i / companies.length);
    return round === 0 ? c : { ...c, company: { ...c.company, name: `${c.company.name} ${round + 1}` } };
  });
}
