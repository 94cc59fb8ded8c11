import { parseArgs } from "node:util";
import { cikOrTicker } from "../../sources/sec/address";

export const SEC_USAGE = `Usage: aiflag sec <TICKER | CIK | file.json | file.json.gz> [options]

Reads a company's financial statements from SEC EDGAR's XBRL data ("companyfacts") and prints
AIFLAG's line items by fiscal year: items down, years across, USD millions. Figures are as
filed in the company's 10-K and 10-Q reports; quarters and trailing twelve months no report
gives are derived and marked. A ticker or CIK is fetched from SEC (and cached); a file is read.

  --quarterly           quarters instead of fiscal years
  --ttm                 trailing twelve months, at every quarter
  --as-reported         each figure as first reported (default: as restated by later filings)
  --last N              the latest N periods (default 5 years, 8 quarters); --all for every one
  --all                 every period
  --json                every period (years, quarters, TTM; or only --quarterly / --ttm ones),
                        values as filed in USD with their source: see docs/sec.md
  --csv                 fiscal years as the CSV \`aiflag report FILE.csv\` reads (USD millions)
  --user-agent TEXT     your name and contact e-mail, which SEC requires (or AIFLAG_SEC_USER_AGENT)
  --cache-dir DIR       where fetched files are kept (default $XDG_CACHE_HOME/aiflag/sec or
                        ~/.cache/aiflag/sec)
  --refresh             fetch again even when the cache holds the file
  -h, --help            this text

Examples:
  AIFLAG_SEC_USER_AGENT="Jane Doe jane.doe@example.com" aiflag sec MSFT
  aiflag sec 1045810 --quarterly --user-agent "Jane Doe jane.doe@example.com"
  aiflag sec CIK0000789019.json.gz --json > msft.json
`;

export type SecTarget = { kind: "file"; path: string } | { kind: "cik"; cik: number } | { kind: "ticker"; ticker: string };

export interface SecArgs {
  help: boolean;
  target?: SecTarget;
  view: "annual" | "quarterly" | "ttm";
  basis: "as-restated" | "as-first-reported";
  format: "table" | "json" | "csv";
  /** Periods shown in the table: undefined for the default, Infinity for --all. */
  last?: number;
  userAgent?: string;
  cacheDir?: string;
  refresh: boolean;
}

export class SecUsageError extends Error {}

/** A file when it looks like one; else a CIK (digits, or "CIK" and digits); else a ticker. */
export function parseTarget(text: string): SecTarget {
  if (/\.json(\.gz)?$/i.test(text) || /[/\\]/.test(text)) return { kind: "file", path: text };
  const company = cikOrTicker(text);
  if (company) return company;
  throw new SecUsageError(`"${text}" is not a ticker (MSFT), a CIK (789019) or a companyfacts file (.json or .json.gz)`);
}

export function parseSecArgs(argv: readonly string[]): SecArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        quarterly: { type: "boolean" },
        ttm: { type: "boolean" },
        "as-reported": { type: "boolean" },
        last: { type: "string" },
        all: { type: "boolean" },
        json: { type: "boolean" },
        csv: { type: "boolean" },
        "user-agent": { type: "string" },
        "cache-dir": { type: "string" },
        refresh: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new SecUsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true, view: "annual", basis: "as-restated", format: "table", refresh: false };
  if (positionals.length === 0) throw new SecUsageError("give a ticker, a CIK or a companyfacts file");
  if (positionals.length > 1) throw new SecUsageError(`one company at a time, got ${positionals.length}: ${positionals.join(" ")}`);
  if (values.quarterly && values.ttm) throw new SecUsageError("choose --quarterly or --ttm, not both");
  if (values.json && values.csv) throw new SecUsageError("choose --json or --csv, not both");
  if (values.csv && (values.quarterly || values.ttm)) {
    throw new SecUsageError("--csv writes fiscal years, one row each, as `aiflag report` reads them; use --json for quarters and TTM");
  }
  if (values.all && values.last !== undefined) throw new SecUsageError("choose --last N or --all, not both");
  let last: number | undefined = values.all ? Number.POSITIVE_INFINITY : undefined;
  if (values.last !== undefined) {
    if (!/^\d+$/.test(values.last) || Number(values.last) < 1) throw new SecUsageError(`--last must be a whole number of periods, 1 or more, not "${values.last}"`);
    last = Number(values.last);
  }
  return {
    help: false,
    target: parseTarget(positionals[0]),
    view: values.quarterly ? "quarterly" : values.ttm ? "ttm" : "annual",
    basis: values["as-reported"] ? "as-first-reported" : "as-restated",
    format: values.json ? "json" : values.csv ? "csv" : "table",
    ...(last !== undefined ? { last } : {}),
    ...(values["user-agent"] !== undefined ? { userAgent: values["user-agent"] } : {}),
    ...(values["cache-dir"] !== undefined ? { cacheDir: values["cache-dir"] } : {}),
    refresh: values.refresh ?? false,
  };
}
