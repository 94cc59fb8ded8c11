/**
 * Inserting a template through Office.js, recorded so that it can be removed or replaced. Syncs,
 * none in a loop:
 *   sync 1: the workbook's sheets (ids and names) and the insertion records;
 *   only when replacing the sheets this template inserted before (as its latest record says):
 *   sync 2: their used cells, to check they are as AIFLAG left them (removal.ts); if not,
 *           nothing is deleted or written;
 *   sync 3: the old sheets deleted, then the new ones added under the freed names and written
 *           (officeWriter.queuePlan), and read back for the record;
 *   sync 4: the record (replacing the old one).
 * Without replacing: syncs 1, 3, 4; without recording (ExcelApi 1.4 missing): 1 and 3.
 */
import type { WorkbookPlan } from "../templates/plan";
import type { PlanResult } from "./host";
import { queueAddRecord, queueReadBack, queueReadRecords } from "./insertions/officeStore";
import { templateRecord, templateRecordFor, type InsertionRecord } from "./insertions/record";
import { decideRemoval } from "./insertions/removal";
import { planResult, replaceMessages } from "./messages";
import { queuePlan, type PlanResolver, type WriteOptions } from "./officeWriter";

export type { PlanResolver, WriteOptions } from "./officeWriter";

export interface TemplateWrite {
  resolve: PlanResolver;
  write?: WriteOptions | undefined;
  record: boolean;
  replace: boolean;
  /** The template's id in the record; the plan's title when absent. */
  template?: string;
}

export async function writeTemplate(context: Excel.RequestContext, plan: WorkbookPlan, how: TemplateWrite): Promise<PlanResult> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/id,items/name");
  const readRecords = how.record ? queueReadRecords(context) : () => [];
  await context.sync();

  const records = readRecords();
  const template = how.template ?? plan.title;
  const previous = how.replace ? templateRecordFor(records, template) : undefined;
  const byId = new Map(worksheets.items.map((ws) => [ws.id, ws]));
  let deleted: string[] = [];
  let replaced: InsertionRecord[] = [];
  if (previous) {
    const reads = previous.sheets.map((s) => {
      const ws = byId.get(s.id);
      return ws ? { ws, read: queueReadBack(ws.getUsedRange(true)) } : undefined;
    });
    await context.sync();
    // A sheet the user deleted since is simply not there to replace; one they changed stops everything.
    const present = previous.sheets.filter((_s, i) => reads[i] !== undefined);
    const now = reads.flatMap((r) => (r ? [{ name: r.ws.name, fingerprint: r.read().fingerprint }] : []));
    const decision = decideRemoval({ ...previous, sheets: present }, { sheets: now, ranges: [] });
    if (!decision.ok) return { outcome: "refused", message: replaceMessages.refused(decision.reason) };
    for (const r of reads) r?.ws.delete();
    deleted = reads.flatMap((r) => (r ? [r.ws.name] : []));
    replaced = [previous];
  }

  const gone = new Set(deleted);
  const existing = worksheets.items.map((ws) => ws.name).filter((n) => !gone.has(n));
  const report = queuePlan(context, plan, existing, how.resolve, { ...how.write, readBack: how.record });
  await context.sync();
  const { sheetNames, activated, renamed, added } = report();

  if (how.record) {
    queueAddRecord(context, templateRecord(records, plan.title, template, added), records, replaced);
    await context.sync();
  }
  const inserted = planResult.inserted(sheetNames, activated, renamed);
  if (!how.replace) return inserted;
  return { ...inserted, message: `${inserted.message} ${previous ? replaceMessages.replaced(deleted) : replaceMessages.none}` };
}
