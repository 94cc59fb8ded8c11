/**
 * `aiflag report`: the flags for a set of companies (the embedded samples, or the user's CSV), in
 * a terminal or as a file, from the same analysis as the add-in (`analyseFinancials`).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Assumptions } from "../../analysis";
import { latestIndex, type Financials } from "../../model/financials";
import { InputError, readFinancialsCsv } from "../../sources/csv";
import { EMBEDDED } from "../../sources/embedded";
import { ECONOMIC_LIFE_ESTIMATE } from "../../templates/lives";
import { UsageError, type Command, type Io } from "../io";
import { progressLine } from "../output/progress";
import { workbookGaps, writeSecWorkbook } from "../output/secWorkbook";
import { writeModelWorkbook } from "../output/xlsx";
import { parseReportArgs, USAGE, type ReportArgs } from "../report/args";
import { companyReport, type CompanyReport } from "../report/buildReport";
import { asCsv, asJson, asTable } from "../report/format";
import { loadSecCompany } from "../sec/command";

/**
 * The lives the command line gives win over the figures. Without one, the economic life is the
 * template's estimate unless the figures hold one; the book life is the company's own (a row of
 * its figures, or the server life its filing discloses), and is asked for otherwise.
 */
function assumptionsFor(f: Financials, args: ReportArgs): Assumptions {
  const economicLife = args.economicLife ?? (latestIndex(f, "economic_life") >= 0 ? undefined : ECONOMIC_LIFE_ESTIMATE);
  return {
    ...(economicLife === undefined ? {} : { economic_life: economicLife }),
    ...(args.bookLife === undefined ? {} : { book_life: args.bookLife }),
  };
}

function loadCompanies(args: ReportArgs, io: Io): readonly Financials[] {
  if (!args.file) return EMBEDDED;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolve(io.cwd, args.file));
  } catch (error) {
    throw new InputError(args.file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return readFinancialsCsv(args.file, bytes);
}

async function run(argv: readonly string[], io: Io): Promise<number> {
  const args = parseReportArgs(argv);
  // --sec: every fiscal year of one company's filings, loaded as `aiflag sec` loads them.
  const companies = args.sec ? [(await loadSecCompany(args.sec, io)).annual] : loadCompanies(args, io);
  const progress = progressLine(io.stderr, companies.length, "companies");
  const reports: CompanyReport[] = companies.map((f) => {
    const r = companyReport(f, assumptionsFor(f, args));
    progress.tick();
    return r;
  });
  progress.done();

  if (args.xlsx) {
    const wanted = args.company?.toLowerCase();
    const chosen = wanted ? companies.find((c) => c.company.name.toLowerCase() === wanted) : companies[0];
    if (!chosen) throw new UsageError(`no company "${args.company}" in the input; there are: ${companies.map((c) => c.company.name).join(", ")}`);
    if (args.sec) {
      await writeSecWorkbook(resolve(io.cwd, args.xlsx), chosen);
      io.stderr.write(`Wrote ${args.xlsx}: the SEC data and the red-flag model for ${chosen.company.name}, ${chosen.periods.length} fiscal years.\n`);
      for (const line of workbookGaps(chosen)) io.stderr.write(`  ${line}\n`);
    } else {
      await writeModelWorkbook(resolve(io.cwd, args.xlsx), chosen);
      io.stderr.write(`Wrote ${args.xlsx}: the red-flag model for ${chosen.company.name}.\n`);
    }
  }
  io.stdout.write(args.format === "json" ? asJson(reports) : args.format === "csv" ? asCsv(reports) : asTable(reports));
  return 0;
}

export const REPORT: Command = { name: "report", usage: USAGE, run };
