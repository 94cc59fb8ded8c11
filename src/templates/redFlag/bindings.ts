/**
 * Which inputs each flag of the catalogue reads in the red-flag model: one entry per parameter
 * before `output`, in the registry's order. Element-wise flags read the latest year; series
 * flags read every year; options read an assumption cell (set to the function's default), so
 * no formula holds a number. A flag added to the registry without an entry here fails the
 * template build (and its test) instead of silently missing from the Flags sheet.
 */
import { MONEY_FORMAT, MULTIPLE_FORMAT, SHARE_FORMAT } from "../formats";
import type { AssumptionKey } from "./assumptions";
import type { LineItemKey } from "./lineItems";

export type ArgBinding =
  | { from: "series"; item: LineItemKey }
  | { from: "latest"; item: LineItemKey }
  | { from: "assumption"; key: AssumptionKey }
  | { from: "guidance" }
  | { from: "commitments" };

/** What the Period column says the value covers. */
export type PeriodKind = "all years" | "latest year" | "guidance";

export interface FlagBinding {
  args: readonly ArgBinding[];
  period: PeriodKind;
  /** How the value cell shows the metric. */
  numberFormat: string;
}

const series = (item: LineItemKey): ArgBinding => ({ from: "series", item });
const latest = (item: LineItemKey): ArgBinding => ({ from: "latest", item });
const assumption = (key: AssumptionKey): ArgBinding => ({ from: "assumption", key });

const PERCENT = SHARE_FORMAT;
const MONEY = MONEY_FORMAT;

export const RED_FLAG_BINDINGS: Readonly<Record<string, FlagBinding>> = {
  GROSSMARGINGAP: {
    args: [series("revenue"), series("costOfRevenue"), assumption("growthThreshold"), assumption("marginTolerance")],
    period: "all years",
    numberFormat: PERCENT,
  },
  CAPEXCREEP: { args: [{ from: "guidance" }, { from: "commitments" }], period: "guidance", numberFormat: PERCENT },
  SOVEREIGN: {
    args: [latest("sovereignRevenue"), latest("revenue"), latest("sovereignCollected")],
    period: "latest year",
    numberFormat: PERCENT,
  },
  ENERGYRISK: {
    args: [latest("energyCost"), latest("ppaShare"), assumption("priceShock"), latest("revenue")],
    period: "latest year",
    numberFormat: "0.00%",
  },
  DEPCLIFF: { args: [series("capex"), assumption("bookLife"), assumption("economicLife")], period: "all years", numberFormat: MONEY },
  DEPGAP: { args: [series("capex"), assumption("bookLife"), assumption("economicLife")], period: "all years", numberFormat: MONEY },
  FCFCONV: {
    args: [latest("operatingCashFlow"), latest("capex"), latest("netIncome")],
    period: "latest year",
    numberFormat: MULTIPLE_FORMAT,
  },
  REVENUEGAP: {
    args: [latest("aiChipSpend"), latest("aiRevenue"), assumption("costMultiplier"), assumption("targetGrossMargin")],
    period: "latest year",
    numberFormat: MONEY,
  },
  INFERENCECOST: { args: [latest("inferenceCost"), latest("revenue")], period: "latest year", numberFormat: PERCENT },
  TALENTLOAD: { args: [latest("researchPayroll"), latest("revenue")], period: "latest year", numberFormat: PERCENT },
  RUNWAY: {
    args: [latest("cash"), latest("netBurn"), assumption("burnPeriodsPerYear")],
    period: "latest year",
    numberFormat: '0.0" months"',
  },
  CAPRESTATE: {
    args: [latest("operatingIncome"), latest("capitalisedCosts"), latest("amortisation")],
    period: "latest year",
    numberFormat: MONEY,
  },
  BONUSDEP: {
    args: [latest("capex"), assumption("taxRate"), assumption("bonusShare"), assumption("recoveryYears"), assumption("discountRate")],
    period: "latest year",
    numberFormat: "#,##0.0",
  },
};
