/**
 * "Remove what AIFLAG inserted" through Office.js, for the last insertion recorded in the
 * workbook, in three syncs, none in a loop:
 *   sync 1: the records, and the workbook's sheets (ids and names);
 *   sync 2: what the recorded places hold now: the used cells of each sheet AIFLAG added (found
 *           by id, so a renamed sheet still counts), the cells of each range it wrote;
 *   (decide: removal.ts; anything changed or gone removes nothing)
 *   sync 3: clear the ranges (contents, and the formats AIFLAG set on them), delete the sheets,
 *           delete the record.
 * Office.js writes are not on Excel's undo stack (an add-in's changes clear it), hence this.
 * `Worksheet.delete`, `Range.clear`: ExcelApi 1.1; the settings: ExcelApi 1.4 (requirements.ts).
 */
import type { RemoveResult } from "../host";
import { queueDeleteRecord, queueReadBack, queueReadRecords } from "./officeStore";
import { decideRemoval, removalMessages } from "./removal";

export async function removeLastInsertion(context: Excel.RequestContext): Promise<RemoveResult> {
  const readRecords = queueReadRecords(context);
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/id,items/name");
  await context.sync();

  const records = readRecords();
  const last = records[records.length - 1];
  if (!last) return { outcome: "nothing", message: removalMessages.nothing };
  const byId = new Map(worksheets.items.map((ws) => [ws.id, ws]));
  const sheets = last.sheets.map((s) => {
    const ws = byId.get(s.id);
    return ws ? { ws, read: queueReadBack(ws.getUsedRange(true)) } : undefined;
  });
  const ranges = last.ranges.map((r) => {
    const ws = byId.get(r.sheetId);
    return ws ? queueReadBack(ws.getRange(r.address)) : undefined;
  });
  await context.sync();

  const decision = decideRemoval(last, {
    sheets: sheets.map((s) => (s ? { name: s.ws.name, fingerprint: s.read().fingerprint } : undefined)),
    ranges: ranges.map((read) => read?.().fingerprint),
  });
  if (!decision.ok) return { outcome: "refused", message: removalMessages.refused(last, decision.reason) };
  for (const r of last.ranges) {
    const ws = byId.get(r.sheetId) as Excel.Worksheet;
    ws.getRange(r.address).clear("Contents");
    for (const formatted of r.formatted) ws.getRange(formatted).clear("Formats");
  }
  for (const s of sheets) s?.ws.delete();
  queueDeleteRecord(context, last.id);
  await context.sync();
  return { outcome: "removed", message: removalMessages.removed(last) };
}
