/**
 * What the main thread hands a worker, and what comes back: plain data for `postMessage`. An
 * archive entry travels as its bytes (deflated as stored in the zip, inflated by the worker; or
 * stored without compression); a file of a folder travels as its path (the worker reads it).
 */
import type { Assumptions } from "../../analysis";
import type { ScreenedCompany, Skipped } from "../../screen";

export type JobSource =
  | { kind: "deflated"; bytes: Uint8Array; size: number }
  | { kind: "plain"; bytes: Uint8Array }
  | { kind: "file"; path: string };

export interface Job {
  seq: number;
  entry: string;
  /** From the entry's name (CIK##########.json), when it gives one. */
  cik: number | null;
  source: JobSource;
}

/** The same for every job of a run: given to each worker once. */
export interface JobSettings {
  fiscalYear?: number;
  assumptions: Assumptions;
  /** Only these CIKs (for entries whose name gives none, checked on the document). */
  ciks?: readonly number[];
  maxBytes: number;
}

export type Outcome = { kind: "screened"; company: ScreenedCompany } | { kind: "skipped"; skipped: Skipped } | { kind: "not-in-list" };

/** Milliseconds spent in each stage of one job, and the JSON text's length. */
export interface StageTimes {
  inflate: number;
  parse: number;
  normalise: number;
  compute: number;
  jsonBytes: number;
}

export interface JobResult {
  seq: number;
  outcome: Outcome;
  times: StageTimes;
}

export const NO_TIME: StageTimes = { inflate: 0, parse: 0, normalise: 0, compute: 0, jsonBytes: 0 };

export function addTimes(a: StageTimes, b: StageTimes): StageTimes {
  return { inflate: a.inflate + b.inflate, parse: a.parse + b.parse, normalise: a.normalise + b.normalise, compute: a.compute + b.compute, jsonBytes: a.jsonBytes + b.jsonBytes };
}
