/**
 * The insertion records through Office.js (record.ts says where and why): reading them, adding
 * one, deleting one, and reading back what a batch wrote, each queued on the caller's context so
 * that it travels in a sync the caller makes anyway. Nothing here syncs.
 */
import { fingerprint } from "./fingerprint";
import { MAX_RECORDS, recordKey, recordsOf, recordsToDrop, serialiseRecord, type InsertionRecord } from "./record";

/** Queues a read of every record in the workbook's settings; call the answer after the next sync. */
export function queueReadRecords(context: Excel.RequestContext): () => InsertionRecord[] {
  const settings = context.workbook.settings;
  settings.load("items/key,items/value");
  return () => recordsOf(settings.items.map((s) => ({ key: s.key, value: s.value as unknown })));
}

/** Queues `record`, deleting `replaced` records and the oldest beyond MAX_RECORDS among `existing`. */
export function queueAddRecord(context: Excel.RequestContext, record: InsertionRecord, existing: readonly InsertionRecord[], replaced: readonly InsertionRecord[] = []): void {
  const gone = new Set(replaced.map((r) => r.id));
  const kept = existing.filter((r) => !gone.has(r.id));
  for (const old of [...replaced, ...recordsToDrop(kept, MAX_RECORDS)]) queueDeleteRecord(context, old.id);
  context.workbook.settings.add(recordKey(record.id), serialiseRecord(record));
}

export function queueDeleteRecord(context: Excel.RequestContext, id: number): void {
  context.workbook.settings.getItem(recordKey(id)).delete();
}

/** "Sheet1!B2:C3" or "'My model'!B2" -> "B2:C3", "B2": the address on its sheet, whatever its name. */
export function localAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1);
}

export interface ReadBack {
  /** The range's address on its sheet. */
  address: string;
  fingerprint: string;
}

/**
 * Queues a read of the range's address and formulas; after the sync, its fingerprint. Queued
 * after the writes of the same batch, it reads what Excel holds once they are applied (the
 * operations of a batch run in order).
 */
export function queueReadBack(range: Excel.Range): () => ReadBack {
  range.load(["address", "formulas"]);
  return () => {
    const address = localAddress(range.address);
    return { address, fingerprint: fingerprint(address, range.formulas) };
  };
}
