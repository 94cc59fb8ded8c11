/**
 * What AIFLAG remembers, in the workbook itself, about each thing it inserted, so that the last
 * insertion can be removed and the formulas beside a block updated in place. Pure: the Office
 * host and the preview store the same records their own way (insertionStore.ts, the preview's
 * workbook settings).
 *
 * Where they live (decision): one workbook setting per insertion, `Excel.SettingCollection`
 * (`context.workbook.settings`, ExcelApi 1.4). Microsoft Learn, "Excel.Setting class": a setting
 * is "a key-value pair of a setting persisted to the document (per file, per add-in)"; and
 * "Excel.SettingCollection class": "part of the workbook. The scope is limited to per file and
 * add-in (task-pane or content) combination". So the record travels with the workbook, is seen by
 * AIFLAG only (not by formulas, the Name Manager or other add-ins, unlike named ranges or custom
 * XML parts), and is queued in the same `Excel.run` as the writes it describes (no separate
 * `saveAsync`, which `Office.context.document.settings` would need). The settings are not a
 * place for anything private (the same page says so): a record holds sheet ids, addresses and
 * hashes only.
 *
 * One setting per insertion (key `AIFLAG.insertion.<id>`) rather than one list: adding a record
 * needs no read of the others. Ids grow with time, so the last insertion is the highest id.
 *
 * What is recorded: the sheets AIFLAG added (by worksheet id, which survives a rename; Microsoft
 * Learn, `Worksheet.id`: "Returns a value that uniquely identifies the worksheet in a given
 * workbook. The value of the identifier remains the same even when the worksheet is renamed or
 * moved") and the ranges it wrote on existing sheets, each with a fingerprint of its contents as
 * Excel holds them right after the write (read back in the same batch). Removal compares the
 * fingerprint with the contents then: a difference means the user changed something, and AIFLAG
 * refuses rather than lose their work.
 */
import { listOf } from "../messages";

/** The setting key prefix; the id follows. */
export const RECORD_KEY_PREFIX = "AIFLAG.insertion.";

/** Kept per workbook: older records are dropped when a new one is added. */
export const MAX_RECORDS = 20;

export type InsertionKind = "template" | "beside" | "formula";

/** A sheet AIFLAG added: removing the insertion deletes it. */
export interface RecordedSheet {
  /** `Worksheet.id` (the preview's sheet id as text). */
  id: string;
  /** Its name when inserted, for the sentences. */
  name: string;
  fingerprint: string;
}

/** Cells AIFLAG wrote on a sheet it did not add: removing the insertion clears them. */
export interface RecordedRange {
  sheetId: string;
  sheet: string;
  /** "H2:K12": the rectangle the write covered (every cell of it was empty before). */
  address: string;
  fingerprint: string;
  /** Ranges inside it that AIFLAG formatted (their formats are cleared too). */
  formatted: string[];
}

export interface InsertionRecord {
  /** Grows with time: the last insertion has the highest. */
  id: number;
  kind: InsertionKind;
  /** For people: "the red-flag model (Microsoft)", "the formulas beside Model!B2:E7". */
  what: string;
  sheets: RecordedSheet[];
  ranges: RecordedRange[];
  /** "beside": the analysed block the formulas were written for (its sheet id and address). */
  block?: { sheetId: string; address: string };
  /** "template": the template's id, to replace its sheets next time. */
  template?: string;
}

/** What the pane shows of the last insertion. */
export interface InsertionSummary {
  id: number;
  kind: InsertionKind;
  what: string;
  /** "Inputs, Flags and Checks" or "Model!H2:K12". */
  where: string;
}

export const recordKey = (id: number) => `${RECORD_KEY_PREFIX}${id}`;

let lastId = 0;

/** A new id, above any given before in this session and above the existing ones. */
export function nextRecordId(existing: readonly InsertionRecord[] = [], now: number = Date.now()): number {
  const id = Math.max(now, lastId + 1, ...existing.map((r) => r.id + 1));
  lastId = id;
  return id;
}

const isString = (x: unknown): x is string => typeof x === "string";

function validSheet(x: unknown): x is RecordedSheet {
  const s = x as RecordedSheet;
  return typeof s === "object" && s !== null && isString(s.id) && isString(s.name) && isString(s.fingerprint);
}

function validRange(x: unknown): x is RecordedRange {
  const r = x as RecordedRange;
  return (
    typeof r === "object" && r !== null && isString(r.sheetId) && isString(r.sheet) && isString(r.address) && isString(r.fingerprint) && Array.isArray(r.formatted) && r.formatted.every(isString)
  );
}

/**
 * A stored setting as a record; undefined for anything else (another version, a hand-edited
 * file). Never throws: a workbook is not trusted to hold what AIFLAG wrote.
 */
export function parseRecord(key: string, value: unknown): InsertionRecord | undefined {
  if (!key.startsWith(RECORD_KEY_PREFIX)) return undefined;
  let data: unknown = value;
  if (typeof value === "string") {
    try {
      data = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  const r = data as InsertionRecord;
  if (typeof r !== "object" || r === null) return undefined;
  if (typeof r.id !== "number" || !Number.isFinite(r.id) || recordKey(r.id) !== key) return undefined;
  if (r.kind !== "template" && r.kind !== "beside" && r.kind !== "formula") return undefined;
  if (!isString(r.what) || !Array.isArray(r.sheets) || !r.sheets.every(validSheet) || !Array.isArray(r.ranges) || !r.ranges.every(validRange)) return undefined;
  if (r.block !== undefined && !(isString(r.block.sheetId) && isString(r.block.address))) return undefined;
  return r;
}

/** The record as stored: JSON text (a setting's value may be any JSON; text keeps it one value). */
export function serialiseRecord(record: InsertionRecord): string {
  return JSON.stringify(record);
}

/** Every record among the settings, oldest first. */
export function recordsOf(settings: ReadonlyArray<{ key: string; value: unknown }>): InsertionRecord[] {
  return settings
    .map((s) => parseRecord(s.key, s.value))
    .filter((r): r is InsertionRecord => r !== undefined)
    .sort((a, b) => a.id - b.id);
}

/** Records to drop so that, with one more, at most MAX_RECORDS remain: the oldest. */
export function recordsToDrop(records: readonly InsertionRecord[], keep = MAX_RECORDS): InsertionRecord[] {
  const excess = records.length + 1 - keep;
  return excess > 0 ? records.slice(0, excess) : [];
}

export function summaryOf(record: InsertionRecord): InsertionSummary {
  const places = [...record.sheets.map((s) => s.name), ...record.ranges.map((r) => `${r.sheet}!${r.address}`)];
  return { id: record.id, kind: record.kind, what: record.what, where: listOf(places) };
}

/** The latest record of formulas written beside this block, if any. */
export function besideRecordFor(records: readonly InsertionRecord[], block: { sheetId: string; address: string }): InsertionRecord | undefined {
  const same = (r: InsertionRecord) => r.kind === "beside" && r.block?.sheetId === block.sheetId && r.block.address === block.address;
  return [...records].reverse().find(same);
}

/** The latest record of this template's insertion, if any. */
export function templateRecordFor(records: readonly InsertionRecord[], template: string): InsertionRecord | undefined {
  return [...records].reverse().find((r) => r.kind === "template" && r.template === template);
}

/** The record of one formula written into `range` (the active cell). */
export function formulaRecord(existing: readonly InsertionRecord[], formula: string, range: RecordedRange): InsertionRecord {
  const name = /AIFLAG\.[A-Z0-9_.]+(?=\()/i.exec(formula)?.[0];
  return { id: nextRecordId(existing), kind: "formula", what: name ? `the ${name.toUpperCase()} formula` : "the formula", sheets: [], ranges: [range] };
}

/** The record of a template's sheets. */
export function templateRecord(existing: readonly InsertionRecord[], title: string, template: string, sheets: readonly RecordedSheet[]): InsertionRecord {
  return { id: nextRecordId(existing), kind: "template", what: `the template ${title}`, sheets: [...sheets], ranges: [], template };
}
