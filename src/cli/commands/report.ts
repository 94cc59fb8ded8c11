/**
 * `aiflag report`: the flags for a set of companies (the embedded samples, or the user's CSV), in
 * a terminal or as a file, from the same analysis as the add-in (`analyseFinancials`).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { latestIndex, type Financials } from "../../model/financials";
import { InputError, readFinancialsCsv } from "../../sources/csv";
import { EMBEDDED } from "../../sources/embedded";
import { ECONOMIC_LIFE_ESTIMATE } from "../../templates/lives";
import { UsageError, type Command, type Io } from "../io";
import { checkTarget } from "../output/atomicWrite";
import { progressLine } from "../output/progress";
import { workbookGaps, writeSecWorkbook } from "../output/secWorkbook";
import { writeModelWorkbook } from "../output/xlsx";
import { PARAMETER_OPTIONS, parseReportArgs, SUMMARY, USAGE, type ReportArgs } from "../report/args";
import { companyReport, type CompanyReport, type ReportAssumptions } from "../report/buildReport";
import { asCsv, asJson, asTable } from "../report/format";
import { loadSecCompany } from "../sec/command";

/**
 * The lives the command line gives win over the figures. Without one, the economic life is the
 * template's estimate unless the figures hold one; the book life is the company's own (a row of
 * its figures, or the server life its filing discloses), and is asked for otherwise.
 */
function assumptionsFor(f: Financials, args: ReportArgs): ReportAssumptions {
  const economicLife = args.economicLife ?? (latestIndex(f, "economic_life") >= 0 ? undefined : ECONOMIC_LIFE_ESTIMATE);
  // What the command line gave, by parameter name.
  const given: Record<string, number | undefined> = {
    book_life: args.bookLife,
    economic_life: args.economicLife,
    hardware_share: args.hardwareShare,
    wacc: args.wacc,
  };
  const values: Record<string, number> = economicLife === undefined ? {} : { economic_life: economicLife };
  for (const [name, value] of Object.entries(given)) if (value !== undefined) values[name] = value;
  return {
    values,
    given: new Set(Object.keys(given).filter((name) => given[name] !== undefined)),
    options: PARAMETER_OPTIONS,
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

/** The companies the report covers: all, or the one --company names (compared case-insensitively). */
function chooseCompanies(companies: readonly Financials[], wanted: string | undefined): readonly Financials[] {
  if (wanted === undefined) return companies;
  const chosen = companies.filter((c) => c.company.name.toLowerCase() === wanted.toLowerCase());
  if (chosen.length > 0) return chosen;
  const names = companies.map((c) => c.company.name);
  const listed = names.length > 10 ? `${names.slice(0, 10).join(", ")} and ${names.length - 10} more` : names.join(", ");
  throw new UsageError(`no company "${wanted}" in the input; there are: ${listed}`);
}

async function run(argv: readonly string[], io: Io): Promise<number> {
  const args = parseReportArgs(argv);
  const target = args.xlsx === undefined ? undefined : resolve(io.cwd, args.xlsx);
  // Before any work: a missing folder or a file that must not be replaced stops here.
  const replaces = target !== undefined && checkTarget(target, args.xlsx!, args.force).replaces;
  // --sec: every fiscal year of one company's filings, loaded as `aiflag sec` loads them.
  const companies = chooseCompanies(args.sec ? [(await loadSecCompany(args.sec, io)).annual] : loadCompanies(args, io), args.company);
  const progress = progressLine(io.stderr, companies.length, "companies");
  const reports: CompanyReport[] = companies.map((f) => {
    const r = companyReport(f, assumptionsFor(f, args));
    progress.tick();
    return r;
  });
  progress.done();

  if (target !== undefined) {
    const chosen = companies[0];
    const done = replaces ? "Replaced" : "Wrote";
    if (args.sec) {
      await writeSecWorkbook(target, chosen, args.xlsx);
      io.stderr.write(`${done} ${args.xlsx}: the SEC data and the red-flag model for ${chosen.company.name}, ${chosen.periods.length} fiscal years.\n`);
      for (const line of workbookGaps(chosen)) io.stderr.write(`  ${line}\n`);
    } else {
      await writeModelWorkbook(target, chosen, args.xlsx);
      io.stderr.write(`${done} ${args.xlsx}: the red-flag model for ${chosen.company.name}.\n`);
    }
  }
  io.stdout.write(args.format === "json" ? asJson(reports) : args.format === "csv" ? asCsv(reports) : asTable(reports));
  return 0;
}

export const REPORT: Command = { name: "report", summary: SUMMARY, usage: USAGE, run };
