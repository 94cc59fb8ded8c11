/**
 * The hardware share (src/analysis/hardwareShare.ts): the mid-year depreciation it is calibrated
 * on, worked by hand; the calibration on the real filings; and what it says when the figures
 * allow only an upper bound, or no calibration at all.
 */
import { calibratedShare, hardwareShare, midYearDepreciation } from "../../src/analysis/hardwareShare";
import type { Fact, Financials, LineSeries } from "../../src/model/financials";
import { embeddedCompany } from "../../src/sources/embedded";

const fact = (value: number): Fact => ({ value, provenance: { source: "analyst" } });
const line = (label: string, values: Array<number | null>): LineSeries => ({ label, values: values.map((x) => (x === null ? null : fact(x))) });

/** A company with the given capex and depreciation lines, one fiscal year each from 2021. */
function company(capex: Array<number | null>, lines: Partial<Record<"depreciation" | "depreciation_amortization", Array<number | null>>>): Financials {
  const periods = capex.map((_c, k) => ({ label: `FY${2021 + k}`, kind: "annual" as const, fiscalYear: 2021 + k }));
  const items: Financials["items"] = { capex: line("Capex", capex) };
  for (const [id, values] of Object.entries(lines)) items[id as "depreciation"] = line(id, values);
  return { company: { name: "Test" }, source: "test", units: { currency: "USD", scale: 1e6 }, periods, items, gaps: {}, disclosures: {}, caveats: [] };
}

describe("the mid-year depreciation of the latest year", () => {
  test("worked by hand: three vintages of 120 over 6 years", () => {
    // Ages at the end of the latest year: 2.5, 1.5, 0.5; each depreciates a full year but the latest (half).
    expect(midYearDepreciation([120, 120, 120], 6)).toBe((120 + 120 + 60) / 6);
  });

  test("a vintage past its life depreciates only the part of its last year inside it", () => {
    // Age 6.5 over a 6-year life: half a year left in [5.5, 6.5]; age 7.5: nothing.
    expect(midYearDepreciation([600, 0, 0, 0, 0, 0, 0], 6)).toBe(50);
    expect(midYearDepreciation([600, 0, 0, 0, 0, 0, 0, 0], 6)).toBe(0);
    expect(midYearDepreciation([600], 0.5)).toBe(600);
  });

  test("Alphabet FY2016-FY2025, 6 years: 36,781.6, so 21,136 reported gives a share of 0.5746", () => {
    const googl = embeddedCompany("GOOGL")!;
    const capex = googl.items.capex!.values.map((x) => x!.value);
    expect(midYearDepreciation(capex, 6)).toBeCloseTo(220689.5 / 6, 9);
    expect(calibratedShare(capex, 6, 21136)).toBeCloseTo(21136 / (220689.5 / 6), 12);
    const share = hardwareShare(googl, 6);
    expect(share.basis).toBe("calibrated");
    expect(share.value).toBeCloseTo(0.5746, 4);
    expect(share.working).toMatchObject({ reported: 21136, reportedItem: "depreciation", life: 6, period: "FY2025", firstVintage: "FY2016", vintages: 10 });
    expect(share.note).toBe(
      "Hardware share 57.5% (calibrated): the mid-year schedule over the 6-year book life on total capex (FY2016 to FY2025) gives $36.8B of FY2025 depreciation, against $21.1B of reported depreciation of property and equipment.",
    );
  });
});

describe("what the figures allow", () => {
  test("depreciation and amortization alone gives an upper bound, and says so", () => {
    const share = hardwareShare(company([120, 120, 120], { depreciation_amortization: [null, null, 30] }), 6);
    expect(share.basis).toBe("upper-bound");
    expect(share.value).toBeCloseTo(30 / 50, 12);
    expect(share.note).toMatch(/upper bound: D&A also holds amortisation/);
  });

  test("depreciation of property and equipment is preferred to D&A when both are given", () => {
    const share = hardwareShare(company([120, 120, 120], { depreciation: [null, null, 25], depreciation_amortization: [null, null, 40] }), 6);
    expect([share.basis, share.value]).toEqual(["calibrated", 0.5]);
  });

  test("more reported than modelled is capped at 1, with the ratio in the note", () => {
    const share = hardwareShare(company([120, 120, 120], { depreciation: [null, null, 75] }), 6);
    expect(share.value).toBe(1);
    expect(share.note).toMatch(/capped at 1; the figures give 150%/);
  });

  test("fewer years of capex than the book life: the note says the share is too high", () => {
    expect(hardwareShare(company([120, 120, 120], { depreciation: [null, null, 25] }), 6).note).toMatch(/Capex covers only 3 years, fewer than the book life/);
  });

  test("a gap in capex ends the vintages: missing is never zero", () => {
    const share = hardwareShare(company([500, null, 120, 120], { depreciation: [null, null, null, 20] }), 6);
    expect(share.working).toMatchObject({ firstVintage: "FY2023", vintages: 2 });
    expect(share.working!.modelled).toBe(midYearDepreciation([120, 120], 6));
  });

  test("calibrated on the latest year that has both capex and depreciation", () => {
    const share = hardwareShare(company([120, 120, 120, 120], { depreciation: [null, null, 25, null] }), 6);
    expect(share.working).toMatchObject({ period: "FY2023", vintages: 3 });
  });

  test("no depreciation, or no book life: 1, uncalibrated, said", () => {
    expect(hardwareShare(company([120, 120], {}), 6)).toMatchObject({ value: 1, basis: "uncalibrated", note: expect.stringMatching(/no depreciation/) });
    expect(hardwareShare(company([120, 120], { depreciation: [10, 20] }), undefined)).toMatchObject({ value: 1, basis: "uncalibrated", note: expect.stringMatching(/no book life/) });
  });

  test("the analyst's share wins, then a hardware-share row of the figures", () => {
    const f = company([120, 120, 120], { depreciation: [null, null, 25] });
    expect(hardwareShare(f, 6, 0.4)).toMatchObject({ value: 0.4, basis: "assumption" });
    const withRow = { ...f, items: { ...f.items, hardware_share: line("Hardware share", [null, 0.7, null]) } };
    expect(hardwareShare(withRow, 6)).toMatchObject({ value: 0.7, basis: "row" });
  });
});
