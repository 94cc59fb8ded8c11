/**
 * Microsoft's own Excel JavaScript library (`excel-web-16.00.debug.js` of the installed
 * @microsoft/office-js, the file Excel on the web loads), run in the test's jsdom window, with a
 * request executor of ours in place of the one that talks to Excel: a writer's batches become the
 * very request bodies office.js would send, and their size is measured instead of estimated.
 *
 * The executor answers what the writers read: a `worksheets` load (`items/name`) with the sheet
 * names given; every other action succeeds with no value. Requires `@jest-environment jsdom`.
 */
import { Buffer } from "node:buffer";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { TextEncoder as NodeTextEncoder } from "node:util";

const EXCEL_WEB = resolve(__dirname, "../../node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js");

/** One request as office.js builds it: its JSON body and the number of actions and object paths. */
export interface RealRequest {
  body: string;
  bytes: number;
  actions: number;
  paths: number;
}

interface RequestBody {
  Actions: Array<{ Id: number; ActionType: number; Name: string }>;
  ObjectPaths: Record<string, unknown>;
}

interface ExecutorMessage {
  Body: RequestBody;
}

/** ActionType 2 is a Query: a `load` whose answer the executor gives. */
const QUERY = 2;

function loadLibrary(): typeof Excel {
  // jsdom has no TextEncoder; the writer measures its estimate with it.
  globalThis.TextEncoder ??= NodeTextEncoder as typeof TextEncoder;
  const w = window as unknown as { Excel?: typeof Excel };
  if (!w.Excel) {
    const script = document.createElement("script");
    script.textContent = readFileSync(EXCEL_WEB, "utf8");
    document.head.appendChild(script);
  }
  if (!w.Excel) throw new Error(`${EXCEL_WEB} did not define Excel: run the test under @jest-environment jsdom`);
  return w.Excel;
}

/** A real `Excel.RequestContext` whose requests are recorded; the workbook holds `sheetNames`. */
export function realExcelContext(sheetNames: readonly string[] = ["Sheet1"]): { context: Excel.RequestContext; requests: RealRequest[] } {
  const ExcelApi = loadLibrary();
  const context = new ExcelApi.RequestContext();
  const requests: RealRequest[] = [];
  const executor = {
    executeAsync(_customData: unknown, _flags: unknown, message: ExecutorMessage) {
      const body = JSON.stringify(message.Body);
      requests.push({ body, bytes: Buffer.byteLength(body, "utf8"), actions: message.Body.Actions.length, paths: Object.keys(message.Body.ObjectPaths).length });
      const results = message.Body.Actions.filter((a) => a.ActionType === QUERY).map((a) => ({ ActionId: a.Id, Value: { _Items: sheetNames.map((Name) => ({ Name })) } }));
      return Promise.resolve({ ErrorCode: null, ErrorMessage: null, Headers: {}, Body: { Results: results } });
    },
  };
  (context as unknown as { _requestExecutor: typeof executor })._requestExecutor = executor;
  return { context, requests };
}
