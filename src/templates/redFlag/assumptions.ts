/**
 * Single-value assumptions of the red-flag model: thresholds at the functions' documented
 * defaults (so formulas hold no numbers), the depreciation lives, and the scenario inputs of
 * the flags that need them. Each is one cell on the Inputs sheet.
 */
import type { CompanyData } from "../../data/hyperscalers";
import { serverBookLife } from "../../data/usefulLives";
import { ECONOMIC_LIFE_ESTIMATE } from "../lives";
import { paramDefault } from "../paramDefaults";
import type { CellStyle } from "../plan";
import { SHARE_FORMAT } from "../formats";

export type AssumptionKey =
  | "growthThreshold"
  | "marginTolerance"
  | "bookLife"
  | "economicLife"
  | "priceShock"
  | "costMultiplier"
  | "targetGrossMargin"
  | "burnPeriodsPerYear"
  | "taxRate"
  | "bonusShare"
  | "recoveryYears"
  | "discountRate";

export interface Assumption {
  key: AssumptionKey;
  label: string;
  name: string;
  numberFormat: string;
  style: CellStyle;
  value(company: CompanyData | null): number | null;
  comment(company: CompanyData | null): string;
}

const YEARS_FORMAT = '0.0" years"';
const NUMBER_FORMAT = "0.00";
const ESTIMATE = "Analyst estimate: blank until you enter it.";
const atDefault = (id: string) => `${id}'s documented default; change it to test another threshold.`;

const fixed = (comment: string) => () => comment;

export const ASSUMPTIONS: readonly Assumption[] = [
  {
    key: "growthThreshold",
    label: "Growth threshold (GROSSMARGINGAP)",
    name: "GrowthThreshold",
    numberFormat: SHARE_FORMAT,
    style: "input",
    value: () => paramDefault("GROSSMARGINGAP", "growth_threshold"),
    comment: fixed(atDefault("GROSSMARGINGAP")),
  },
  {
    key: "marginTolerance",
    label: "Margin change counted as flat (GROSSMARGINGAP)",
    name: "MarginTolerance",
    numberFormat: SHARE_FORMAT,
    style: "input",
    value: () => paramDefault("GROSSMARGINGAP", "tolerance"),
    comment: fixed(atDefault("GROSSMARGINGAP")),
  },
  {
    key: "bookLife",
    label: "Server book life (DEPCLIFF, DEPGAP)",
    name: "BookLife",
    numberFormat: YEARS_FORMAT,
    style: "input",
    value: (c) => (c ? serverBookLife(c.ticker)?.years ?? null : null),
    comment: (c) => (c ? serverBookLife(c.ticker)?.basis ?? "" : "Useful life of servers from the accounting-policy note."),
  },
  {
    key: "economicLife",
    label: "Economic life of AI hardware (DEPCLIFF, DEPGAP)",
    name: "EconomicLife",
    numberFormat: YEARS_FORMAT,
    style: "estimate",
    value: (c) => (c ? ECONOMIC_LIFE_ESTIMATE : null),
    comment: fixed("Analyst estimate: AI hardware is overtaken within two chip generations (a 2-3 year cycle)."),
  },
  {
    key: "priceShock",
    label: "Power price change to test (ENERGYRISK)",
    name: "PriceShock",
    numberFormat: SHARE_FORMAT,
    style: "estimate",
    value: () => null,
    comment: fixed(`${ESTIMATE} E.g. 0.5 for +50%.`),
  },
  {
    key: "costMultiplier",
    label: "Data-centre cost per $ of chips (REVENUEGAP)",
    name: "CostMultiplier",
    numberFormat: NUMBER_FORMAT,
    style: "input",
    value: () => paramDefault("REVENUEGAP", "cost_multiplier"),
    comment: fixed(atDefault("REVENUEGAP")),
  },
  {
    key: "targetGrossMargin",
    label: "Gross margin AI sellers need (REVENUEGAP)",
    name: "TargetGrossMargin",
    numberFormat: SHARE_FORMAT,
    style: "input",
    value: () => paramDefault("REVENUEGAP", "target_gross_margin"),
    comment: fixed(atDefault("REVENUEGAP")),
  },
  {
    key: "burnPeriodsPerYear",
    label: "Burn periods per year (RUNWAY)",
    name: "BurnPeriodsPerYear",
    numberFormat: "0",
    style: "input",
    // The columns are fiscal years, so net burn is per year (RUNWAY's own default, 12, is monthly).
    value: () => 1,
    comment: fixed("Net burn above is per fiscal year, so 1 (RUNWAY's default, 12, is for monthly burn)."),
  },
  {
    key: "taxRate",
    label: "Tax rate (BONUSDEP)",
    name: "TaxRate",
    numberFormat: SHARE_FORMAT,
    style: "estimate",
    value: () => null,
    comment: fixed(`${ESTIMATE} E.g. 0.21 for the US federal rate.`),
  },
  {
    key: "bonusShare",
    label: "Share of capex deducted at once (BONUSDEP)",
    name: "BonusShare",
    numberFormat: SHARE_FORMAT,
    style: "estimate",
    value: () => null,
    comment: fixed(`${ESTIMATE} 1 = 100% bonus depreciation.`),
  },
  {
    key: "recoveryYears",
    label: "Tax recovery period without bonus, years (BONUSDEP)",
    name: "RecoveryYears",
    numberFormat: "0",
    style: "estimate",
    value: () => null,
    comment: fixed(`${ESTIMATE} A whole number, e.g. 5.`),
  },
  {
    key: "discountRate",
    label: "Discount rate (BONUSDEP)",
    name: "DiscountRate",
    numberFormat: SHARE_FORMAT,
    style: "estimate",
    value: () => null,
    comment: fixed(`${ESTIMATE} E.g. 0.08.`),
  },
];
