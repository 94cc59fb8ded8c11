import { availableParallelism } from "node:os";
import { parseCommandLine, UsageError } from "../io";
import { positiveNumber, rate } from "../report/args";

export const SCREEN_USAGE = `Usage: aiflag screen <companyfacts.zip | FOLDER> [options]

Screens every company of SEC's bulk companyfacts archive (companyfacts.zip, from
https://www.sec.gov/Archives/edgar/daily-index/xbrl/companyfacts.zip) or of a folder of
companyfacts files (.json or .json.gz): every flag its 10-K figures allow for its latest fiscal
year, the FCF-conversion trend, and SCORE; ranked, highest SCORE first. The archive is streamed
entry by entry on every core: memory stays bounded whatever its size.

  --fiscal-year YYYY    screen each company's fiscal year YYYY (its own label) instead of its latest
  --min-revenue M       leave out companies with revenue under M USD millions that year (shells)
  --top N               list the first N companies only
  --ciks FILE           screen only the CIKs listed in FILE, one a line
  --book-life YEARS     book life for the depreciation flags, for every company (default: none,
                        so those flags are not computed: companyfacts does not hold a company's life)
  --economic-life YEARS economic life for the depreciation flags (default 3)
  --wacc RATE           cost of capital as a decimal (0.09 for 9%), for every company: ROIC's and
                        INCROIC's status compares the return with it (default: none, so they show
                        a value and no status)
  --csv | --json        machine-readable output instead of the table (--json also lists every
                        skipped company with the reason)
  --out FILE            write the table, CSV or JSON to FILE (whole or not at all) instead of stdout
  --xlsx FILE           also write the ranked table as a workbook
  --progress            report progress on stderr even when it is not a terminal (a log of a
                        long run: a line every 5 seconds)
  --jobs N              worker threads (default: the machine's cores, here ${availableParallelism()})
  -h, --help            this text
`;

export interface ScreenArgs {
  help: boolean;
  input?: string;
  format: "table" | "csv" | "json";
  out?: string;
  xlsx?: string;
  fiscalYear?: number;
  minRevenue?: number;
  top?: number;
  ciksFile?: string;
  bookLife?: number;
  economicLife?: number;
  wacc?: number;
  jobs: number;
  progress: boolean;
}

function number(name: string, text: string | undefined, check: (n: number) => boolean, what: string): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (text.trim() === "" || !Number.isFinite(n) || !check(n)) throw new UsageError(`--${name} must be ${what}, not "${text}"`);
  return n;
}

const whole = (name: string, text: string | undefined, min: number) => number(name, text, (n) => Number.isInteger(n) && n >= min, `a whole number, ${min} or more`);

export function parseScreenArgs(argv: readonly string[]): ScreenArgs {
  const { values, positionals } = parseCommandLine({
    args: [...argv],
    allowPositionals: true,
    options: {
      "fiscal-year": { type: "string" },
      "min-revenue": { type: "string" },
      top: { type: "string" },
      ciks: { type: "string" },
      "book-life": { type: "string" },
      "economic-life": { type: "string" },
      wacc: { type: "string" },
      csv: { type: "boolean" },
      json: { type: "boolean" },
      out: { type: "string" },
      xlsx: { type: "string" },
      jobs: { type: "string" },
      progress: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  const jobs = whole("jobs", values.jobs, 1) ?? availableParallelism();
  if (values.help) return { help: true, format: "table", jobs, progress: false };
  if (positionals.length === 0) throw new UsageError("give companyfacts.zip or a folder of companyfacts files");
  if (positionals.length > 1) throw new UsageError(`one archive or folder, got ${positionals.length}: ${positionals.join(" ")}`);
  if (values.csv && values.json) throw new UsageError("choose --csv or --json, not both");
  const fiscalYear = number("fiscal-year", values["fiscal-year"], (n) => Number.isInteger(n) && n >= 1990 && n <= 2100, "a four-digit year");
  const minRevenue = number("min-revenue", values["min-revenue"], (n) => n >= 0, "an amount in USD millions, 0 or more");
  const top = whole("top", values.top, 1);
  const bookLife = positiveNumber("book-life", values["book-life"]);
  const economicLife = positiveNumber("economic-life", values["economic-life"]);
  const wacc = rate("wacc", values.wacc);
  return {
    help: false,
    input: positionals[0],
    format: values.json ? "json" : values.csv ? "csv" : "table",
    ...(values.out !== undefined ? { out: values.out } : {}),
    ...(values.xlsx !== undefined ? { xlsx: values.xlsx } : {}),
    ...(fiscalYear !== undefined ? { fiscalYear } : {}),
    ...(minRevenue !== undefined ? { minRevenue } : {}),
    ...(top !== undefined ? { top } : {}),
    ...(values.ciks !== undefined ? { ciksFile: values.ciks } : {}),
    ...(bookLife !== undefined ? { bookLife } : {}),
    ...(economicLife !== undefined ? { economicLife } : {}),
    ...(wacc !== undefined ? { wacc } : {}),
    jobs,
    progress: values.progress === true,
  };
}
