import { optionalField } from "../../model/optionalField";
import { parseArgs } from "node:util";
import { UsageError } from "../io";
import type { SecSource } from "../sec/command";
import { SEC_REPORT_OPTIONS, SEC_REPORT_USAGE, secSourceOf } from "./secOption";

export const SUMMARY = "the flags of the sample companies, of your CSV or of any SEC filer, as a table, JSON, CSV or an Excel model";

export const USAGE = `Usage: aiflag report [FILE.csv | --sec COMPANY] [--json | --csv] [--company NAME] [--xlsx OUT.xlsx [--force]]
                     [--book-life YEARS] [--economic-life YEARS] [--hardware-share SHARE] [--wacc RATE]

Prints every AIFLAG flag the figures allow, with value, status and the assumptions used, for the
embedded sample companies (Microsoft, Alphabet, Amazon, Meta; capex FY2016-FY2025, the rest
FY2023-FY2025) or for the companies of FILE.csv; then lists the flags it could not compute and
what each needs. Element-wise flags (FCF conversion) are shown for every year with their
direction; the depreciation flags at economic lives of 3, 4 and 5 years against the book life.

FILE.csv: UTF-8, comma-separated, one row per company and fiscal year. Columns "company" and
"fiscal_year", then any of the line items: revenue, cost_of_revenue, net_income,
operating_cash_flow, capex, depreciation_amortization, operating_income, inference_cost,
sovereign_revenue, book_life, ... (see the README). Money in USD millions. Cells are plain
numbers (1234.5, -12; no thousands separators) or empty.

  --json / --csv        machine-readable output instead of the table
  --company NAME        only this company (in the table, --json, --csv and --xlsx)
  --xlsx OUT.xlsx       also write the red-flag model workbook of one company (the --company
                        one, or the first): formulas with their computed values
  --force               replace OUT.xlsx if it exists (otherwise an existing file is kept)
  --book-life YEARS     book life for the depreciation flags (default: the company's book_life
                        column, or the server life its filing discloses; otherwise required)
  --economic-life YEARS economic life for the depreciation flags (default: the company's
                        economic_life column, otherwise 3); 3, 4 and 5 are shown beside it
  --hardware-share SHARE share of capex that is servers and network gear, 0 to 1, which the
                        depreciation flags read (default: the company's hardware_share column,
                        else calibrated on its reported depreciation; see the table's notes)
  --wacc RATE           cost of capital as a decimal (0.09 for 9%), which ROIC's and INCROIC's
                        status compares the return with (default: the company's wacc column;
                        otherwise those flags show a value and no status)
${SEC_REPORT_USAGE}  --help                this text
`;

/** The options that set a flag parameter, by parameter name, as the "needs" notes suggest them. */
export const PARAMETER_OPTIONS: Readonly<Record<string, string>> = {
  book_life: "--book-life YEARS",
  economic_life: "--economic-life YEARS",
  hardware_share: "--hardware-share SHARE",
  wacc: "--wacc RATE",
};

export interface ReportArgs {
  file?: string;
  format: "table" | "json" | "csv";
  xlsx?: string;
  force: boolean;
  company?: string;
  bookLife?: number;
  economicLife?: number;
  hardwareShare?: number;
  wacc?: number;
  /** --sec: one company's figures from its SEC filings. */
  sec?: SecSource;
}

/** A life in years from the command line, in (0, 50]; undefined when the option is absent. */
export function positiveNumber(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0 || n > 50) throw new UsageError(`--${name} must be a number of years in (0, 50], not "${text}"`);
  return n;
}

/** A rate as a decimal from the command line, in (0, 1): 0.09 for 9%; undefined when the option is absent. */
export function rate(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (text.trim() === "" || !Number.isFinite(n) || n <= 0 || n >= 1) throw new UsageError(`--${name} must be a rate as a decimal in (0, 1), such as 0.09 for 9%, not "${text}"`);
  return n;
}

function share(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0 || n > 1) throw new UsageError(`--${name} must be a share in (0, 1], such as 0.6, not "${text}"`);
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
        force: { type: "boolean" },
        company: { type: "string" },
        "book-life": { type: "string" },
        "economic-life": { type: "string" },
        "hardware-share": { type: "string" },
        wacc: { type: "string" },
        ...SEC_REPORT_OPTIONS,
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new UsageError(`one input file at most, got ${positionals.length}`);
  if (values.json && values.csv) throw new UsageError("choose --json or --csv, not both");
  if (values.force && !values.xlsx) throw new UsageError("--force replaces the --xlsx file; there is no --xlsx");
  return {
    ...(positionals[0] ? { file: positionals[0] } : {}),
    format: values.json ? "json" : values.csv ? "csv" : "table",
    ...(values.xlsx ? { xlsx: values.xlsx } : {}),
    force: values.force === true,
    ...(values.company ? { company: values.company } : {}),
    ...optionalField("bookLife", positiveNumber("book-life", values["book-life"])),
    ...optionalField("economicLife", positiveNumber("economic-life", values["economic-life"])),
    ...optionalField("hardwareShare", share("hardware-share", values["hardware-share"])),
    ...optionalField("wacc", rate("wacc", values.wacc)),
    ...secSourceOf(values, positionals),
  };
}
