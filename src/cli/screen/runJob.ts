/**
 * One archive entry through the screen, as a worker runs it: inflate, parse (`skimCompanyFacts`:
 * only the concepts the reader reads), normalise (`readAnnualFacts`: the fiscal years, by the
 * same code as `aiflag sec`), compute (`screenCompany`). Never
 * throws: a fault is an outcome ("skipped", with the reason), so one bad entry never ends a run.
 */
import { statSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { inflateRawSync } from "node:zlib";
import { screenCompany, type SkipReason } from "../../screen";
import { asCompanyFacts, parseCompanyFactsText, readAnnualFacts, SecDataError, sizeText } from "../../sources/sec";
import { readCompanyFactsFile } from "../sec/readFile";
import { skimCompanyFacts } from "./skim";
import { NO_TIME, type Job, type JobResult, type JobSettings, type Outcome, type StageTimes } from "./job";

class Skip extends Error {
  constructor(
    readonly reason: SkipReason,
    message: string,
  ) {
    super(message);
  }
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

/** Which kind of document `asCompanyFacts` refused, for the count by reason (its message says the rest). */
function refusedKind(doc: unknown): SkipReason {
  if (!isObject(doc) || !isObject(doc.facts)) return "not companyfacts";
  if (isObject(doc.facts["us-gaap"])) return "not companyfacts";
  return "ifrs-full" in doc.facts ? "IFRS filer" : "no us-gaap data";
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function textOf(job: Job, settings: JobSettings): string {
  const { source } = job;
  if (source.kind === "file") {
    let size: number;
    try {
      size = statSync(source.path).size;
    } catch (error) {
      throw new Skip("unreadable entry", `cannot be read (${(error as NodeJS.ErrnoException).code ?? messageOf(error)})`);
    }
    if (size > settings.maxBytes) throw new Skip("over the size limit", `the file is ${sizeText(size)}; the limit is ${sizeText(settings.maxBytes)}`);
    try {
      return readCompanyFactsFile(source.path, settings.maxBytes);
    } catch (error) {
      throw new Skip("unreadable entry", messageOf(error));
    }
  }
  if (source.kind === "plain") return Buffer.from(source.bytes.buffer, source.bytes.byteOffset, source.bytes.byteLength).toString("utf8");
  let inflated: Buffer;
  try {
    inflated = inflateRawSync(source.bytes, { maxOutputLength: settings.maxBytes });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ERR_BUFFER_TOO_LARGE") throw new Skip("over the size limit", `inflated, the entry is over the limit of ${sizeText(settings.maxBytes)}`);
    throw new Skip("unreadable entry", `its compressed data is damaged (${code ?? messageOf(error)})`);
  }
  if (inflated.length !== source.size) throw new Skip("unreadable entry", `inflated to ${inflated.length} bytes where the archive says ${source.size}: the entry is damaged`);
  return inflated.toString("utf8");
}

function screen(job: Job, settings: JobSettings, times: StageTimes, known: { cik: number | null }): Outcome {
  let t = performance.now();
  const lap = () => {
    const now = performance.now();
    const ms = now - t;
    t = now;
    return ms;
  };
  let text: string | undefined = textOf(job, settings);
  times.jsonBytes = text.length;
  times.inflate = lap();
  let doc: unknown;
  try {
    // Only what the reader reads; the whole text when it is not shaped as companyfacts, so that
    // a bad file gets the same message as from `aiflag sec`.
    doc = skimCompanyFacts(text) ?? parseCompanyFactsText(text, { maxBytes: settings.maxBytes });
  } catch (error) {
    throw new Skip(/limit is/.test(messageOf(error)) ? "over the size limit" : "not JSON", messageOf(error));
  }
  text = undefined; // the text can go before the document is read
  times.parse = lap();
  try {
    known.cik = asCompanyFacts(doc).cik;
  } catch (error) {
    throw new Skip(refusedKind(doc), messageOf(error));
  }
  if (job.cik === null && settings.ciks && !settings.ciks.includes(known.cik)) return { kind: "not-in-list" };
  let annual;
  try {
    // The fiscal years alone: the screen reads no quarter, and they cost most of a full read.
    annual = readAnnualFacts(doc);
  } catch (error) {
    if (error instanceof SecDataError) throw new Skip("no 10-K or 10-Q figures", error.message);
    throw error;
  }
  doc = undefined;
  times.normalise = lap();
  const outcome = screenCompany(annual, { fiscalYear: settings.fiscalYear, assumptions: settings.assumptions, entry: job.entry });
  times.compute = lap();
  if (!outcome.ok) return { kind: "skipped", skipped: { entry: job.entry, cik: known.cik, reason: outcome.reason, detail: outcome.detail } };
  return { kind: "screened", company: outcome.company };
}

export function runJob(job: Job, settings: JobSettings): JobResult {
  const times: StageTimes = { ...NO_TIME };
  const known = { cik: job.cik };
  try {
    return { seq: job.seq, outcome: screen(job, settings, times, known), times };
  } catch (error) {
    const skip = error instanceof Skip ? error : new Skip("unexpected error", error instanceof Error ? (error.stack ?? error.message) : String(error));
    return { seq: job.seq, outcome: { kind: "skipped", skipped: { entry: job.entry, cik: known.cik, reason: skip.reason, detail: skip.message } }, times };
  }
}
