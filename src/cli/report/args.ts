import { parseArgs } from "node:util";
import { UsageError } from "../io";

export const USAGE = `Usage: aiflag report [FILE.csv] [--json | --csv] [--xlsx OUT.xlsx] [--company NAME]
                     [--book-life YEARS] [--economic-life YEARS]

Prints every AIFLAG flag the figures allow, with value and status, for the embedded sample
companies (Microsoft, Alphabet, Amazon, Meta; FY2023-FY2025) or for the companies of FILE.csv.

FILE.csv: one row per company and fiscal year. Columns "company" and "fiscal_year", then any
of the line items: revenue, cost_of_revenue, net_income, operating_cash_flow, capex,
depreciation_amortization, operating_income, inference_cost, sovereign_revenue, ... (see README).
Money in USD millions. Cells are plain numbers or empty.

  --json / --csv        machine-readable output instead of the table
  --xlsx OUT.xlsx       also write the red-flag model workbook (formulas and cached values)
  --company NAME        the company for --xlsx (default: the first one)
  --book-life YEARS     book life for the depreciation flags (default: the disclosed server life
                        for the sample companies; otherwise required for those flags)
  --economic-life YEARS economic life for the depreciation flags (default 3)
`;

export interface ReportArgs {
  file?: string;
  format: "table" | "json" | "csv";
  xlsx?: string;
  company?: string;
  bookLife?: number;
  economicLife?: number;
}

/** A life in years from the command line, in (0, 50]; undefined when the option is absent. */
export function positiveNumber(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0 || n > 50) throw new UsageError(`--${name} must be a number of years in (0, 50], not "${text}"`);
  return n;
}

export function parseReportArgs(argv: readonly string[]): ReportArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        json: { type: "boolean" },
        csv: { type: "boolean" },
        xlsx: { type: "string" },
        company: { type: "string" },
        "book-life": { type: "string" },
        "economic-life": { type: "string" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new UsageError(`one input file at most, got ${positionals.length}`);
  if (values.json && values.csv) throw new UsageError("choose --json or --csv, not both");
  return {
    ...(positionals[0] ? { file: positionals[0] } : {}),
    format: values.json ? "json" : values.csv ? "csv" : "table",
    ...(values.xlsx ? { xlsx: values.xlsx } : {}),
    ...(values.company ? { company: values.company } : {}),
    ...optional("bookLife", positiveNumber("book-life", values["book-life"])),
    ...optional("economicLife", positiveNumber("economic-life", values["economic-life"])),
  };
}

function optional<K extends string>(key: K, value: number | undefined): Partial<Record<K, number>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, number>);
}
