/**
 * `aiflag report --sec <TICKER | CIK | file.json | file.json.gz>`: the report's companies from one
 * company's SEC filings, loaded as `aiflag sec` loads them (src/cli/sec), with the options of
 * `aiflag sec` that matter here. Kept apart from args.ts so that the report's own options and
 * these grow independently.
 */
import { parseTarget, SecUsageError } from "../sec/args";
import type { SecSource } from "../sec/command";
import { UsageError } from "../io";

export const SEC_REPORT_USAGE = `  --sec COMPANY         one company's figures from its SEC filings, every fiscal year SEC holds:
                        a ticker (MSFT) or CIK (789019), fetched from SEC and cached as \`aiflag sec\`
                        does, or a companyfacts file (.json or .json.gz); with --xlsx the workbook
                        also holds the "SEC data" sheet (every figure with its filing)
  --as-reported         with --sec: each figure as first reported (default: as restated)
  --user-agent TEXT     with --sec: your name and e-mail, which SEC requires (or AIFLAG_SEC_USER_AGENT)
  --cache-dir DIR       with --sec: where fetched files are kept
  --refresh             with --sec: fetch again even when the cache holds the file
`;

/** The `parseArgs` options these add to the report's. */
export const SEC_REPORT_OPTIONS = {
  sec: { type: "string" },
  "as-reported": { type: "boolean" },
  "user-agent": { type: "string" },
  "cache-dir": { type: "string" },
  refresh: { type: "boolean" },
} as const;

interface SecValues {
  sec?: string;
  "as-reported"?: boolean;
  "user-agent"?: string;
  "cache-dir"?: string;
  refresh?: boolean;
}

/** `{ sec }` when --sec is given; a UsageError for SEC options without it, or beside a CSV file. */
export function secSourceOf(values: SecValues, positionals: readonly string[]): { sec?: SecSource } {
  const secOnly = (["as-reported", "user-agent", "cache-dir", "refresh"] as const).filter((name) => values[name] !== undefined);
  if (values.sec === undefined) {
    if (secOnly.length > 0) throw new UsageError(`--${secOnly[0]} goes with --sec`);
    return {};
  }
  if (positionals.length > 0) throw new UsageError(`give a CSV file or --sec, not both (got ${positionals[0]} and --sec ${values.sec})`);
  let target;
  try {
    target = parseTarget(values.sec);
  } catch (error) {
    if (error instanceof SecUsageError) throw new UsageError(`--sec: ${error.message}`);
    throw error;
  }
  return {
    sec: {
      target,
      basis: values["as-reported"] ? "as-first-reported" : "as-restated",
      ...(values["user-agent"] !== undefined ? { userAgent: values["user-agent"] } : {}),
      ...(values["cache-dir"] !== undefined ? { cacheDir: values["cache-dir"] } : {}),
      refresh: values.refresh ?? false,
    },
  };
}
