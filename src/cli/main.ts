/**
 * `aiflag report`: the flags for a set of companies, in a terminal or as a file, from the same
 * core as the add-in. Exit codes: 0 done, 1 bad input file, 2 bad command line.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Assumptions } from "../analysis";
import { ECONOMIC_LIFE_ESTIMATE } from "../templates/lives";
import { parseReportArgs, UsageError, USAGE, type ReportArgs } from "./args";
import { embeddedCompanies } from "./input/embedded";
import { InputError } from "./input/inputError";
import { readCompaniesCsv, type CompanySeries } from "./input/readCsv";
import { companyReport, type CompanyReport } from "./report/buildReport";
import { asCsv, asJson, asTable } from "./report/format";
import { progressLine } from "./output/progress";
import { writeModelWorkbook } from "./output/xlsx";

export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  cwd: string;
}

function assumptionsFor(series: CompanySeries, args: ReportArgs): Assumptions {
  return {
    economic_life: args.economicLife ?? ECONOMIC_LIFE_ESTIMATE,
    ...series.assumptions,
    ...(args.bookLife === undefined ? {} : { book_life: args.bookLife }),
  };
}

function loadCompanies(args: ReportArgs, io: Io): CompanySeries[] {
  if (!args.file) return embeddedCompanies();
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolve(io.cwd, args.file));
  } catch (error) {
    throw new InputError(args.file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return readCompaniesCsv(args.file, bytes);
}

async function report(argv: readonly string[], io: Io): Promise<number> {
  const args = parseReportArgs(argv);
  const companies = loadCompanies(args, io);
  const progress = progressLine(io.stderr, companies.length, "companies");
  const reports: CompanyReport[] = companies.map((series) => {
    const r = companyReport(series, assumptionsFor(series, args));
    progress.tick();
    return r;
  });
  progress.done();

  if (args.xlsx) {
    const chosen = args.company ? companies.find((c) => c.company.toLowerCase() === args.company!.toLowerCase()) : companies[0];
    if (!chosen) throw new UsageError(`no company "${args.company}" in the input; there are: ${companies.map((c) => c.company).join(", ")}`);
    await writeModelWorkbook(resolve(io.cwd, args.xlsx), chosen);
    io.stderr.write(`Wrote ${args.xlsx}: the red-flag model for ${chosen.company}.\n`);
  }
  io.stdout.write(args.format === "json" ? asJson(reports) : args.format === "csv" ? asCsv(reports) : asTable(reports));
  return 0;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "help" || command === "--help" || command === "-h") {
    io.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command !== "report") {
    io.stderr.write(`aiflag: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await report(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`aiflag: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr.write(`aiflag: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
