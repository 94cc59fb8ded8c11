/** Number formats the templates use, named once so the same kind of number looks the same everywhere. */

/** USD millions, negatives in brackets. */
export const MONEY_FORMAT = "#,##0;(#,##0)";
export const SHARE_FORMAT = "0.0%";
/** A fiscal-year number (2025) shown as FY2025; the cell stays a number that formulas read. */
export const YEAR_FORMAT = '"FY"0';
export const MULTIPLE_FORMAT = '0.00"x"';
/** Text shown as text: Excel would otherwise read "2025-02-04" as a date. */
export const TEXT_FORMAT = "@";
