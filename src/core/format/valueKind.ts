/**
 * What kind of number a flag's value is, and how every view shows it: the taskpane and the
 * CLI as text, the templates as an Excel number format. Declared once per flag (`valueKind`
 * in its definition), so a share is a percentage everywhere and a multiple a multiple.
 */
import { formatAmount, formatMultiple, formatPercent, formatPoints } from "./numbers";

export type ValueKind = "share" | "points" | "multiple" | "months" | "years" | "score" | "amount";

export interface ValueKindFormat {
  /** For people: "70.3%", "-1.4 pts", "0.70x", "12.0 months", "5.5 years", "-2.31", "1,234.5". */
  text(x: number): string;
  /** For Excel cells. */
  excel: string;
}

export const VALUE_KIND_FORMATS: Readonly<Record<ValueKind, ValueKindFormat>> = {
  share: { text: (x) => formatPercent(x), excel: "0.0%" },
  // Excel has no "points" format: a change in a ratio shows as a signed percentage there.
  points: { text: formatPoints, excel: "+0.0%;-0.0%;0.0%" },
  multiple: { text: formatMultiple, excel: '0.00"x"' },
  months: { text: (x) => `${x.toFixed(1)} months`, excel: '0.0" months"' },
  years: { text: (x) => `${x.toFixed(1)} years`, excel: '0.0" years"' },
  // A score on its own scale (an M-score, a Z-score): two decimals, no unit.
  score: { text: (x) => x.toFixed(2), excel: "0.00" },
  amount: { text: formatAmount, excel: "#,##0.0;(#,##0.0)" },
};
