/**
 * A fake of the `Office` global, behaving as office.js does where the taskpane depends on it:
 *
 * - `onReady()` resolves once office.js has found out where it runs: inside Excel with
 *   `{ host: "Excel", platform }` after `readyAfterMs` (a timer, so jest's fake timers drive a
 *   slow start); outside Office with `{ host: null, platform: null }` at once (the `Office.onReady`
 *   reference; the browser tests see the real office.js do so). It may be
 *   called any number of times, each call answering the same.
 * - `context.requirements.isSetSupported(name, minVersion)`: true for the sets given, when their
 *   version is at least `minVersion` (compared part by part: "1.10" is above "1.9").
 * - `addin.getStartupBehavior()` / `setStartupBehavior(behavior)` (SharedRuntime 1.1): the
 *   document's setting, "None" until set; `setStartupBehavior` rejects anything but "Load" or
 *   "None" with InvalidArgument, as office.js (1.1.110, excel-web-16.00.js) does; both are Excel
 *   requests that office.js sends with the delay-for-cell-edit flag, so while `excel` is in
 *   cell-edit mode they wait for the edit to end.
 * - `StartupBehavior` and `HostType` hold office.js's string values.
 */
import type { OfficeLike } from "../../../src/host/detect";
import type { FakeExcel } from "./excel";

export interface FakeOfficeOptions {
  /** "Excel", another host, or null outside Office. */
  host: string | null;
  /** How long office.js takes to answer inside Office; 0 answers at once. */
  readyAfterMs?: number;
  /** Requirement sets and their versions, e.g. { ExcelApi: "1.17", SharedRuntime: "1.1" }. */
  sets?: Readonly<Record<string, string>>;
  bodyBackgroundColor?: string;
  /** The workbook whose cell-edit mode Excel requests wait for. */
  excel?: FakeExcel;
}

/** "1.10" >= "1.9", part by part. */
function atLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const STARTUP_BEHAVIOR = { none: "None", load: "Load" } as const;

export class FakeOffice implements OfficeLike {
  readonly StartupBehavior = STARTUP_BEHAVIOR;
  readonly HostType = { Excel: "Excel", Word: "Word" } as const;
  /** The document's startup behaviour, as Excel keeps it. */
  startupBehavior: string = STARTUP_BEHAVIOR.none;
  readonly onReadyCalls: number[] = [];
  private readonly ready: Promise<{ host: string | null; platform: string | null }>;

  constructor(private readonly options: FakeOfficeOptions) {
    const info = options.host === null ? { host: null, platform: null } : { host: options.host, platform: "OfficeOnline" };
    const ms = options.host === null ? 0 : (options.readyAfterMs ?? 0);
    this.ready = ms === 0 ? Promise.resolve(info) : new Promise((resolve) => setTimeout(() => resolve(info), ms));
  }

  onReady(): Promise<{ host: unknown }> {
    this.onReadyCalls.push(Date.now());
    return this.ready;
  }

  get context() {
    const { sets = {}, bodyBackgroundColor } = this.options;
    return {
      requirements: { isSetSupported: (name: string, minVersion = "1.1") => sets[name] !== undefined && atLeast(sets[name], minVersion) },
      officeTheme: bodyBackgroundColor === undefined ? undefined : { bodyBackgroundColor },
    };
  }

  /** Waits while the user edits a cell (office.js sends these requests with the delay flag). */
  private async request(): Promise<void> {
    while (this.options.excel?.editing) await this.options.excel.whenEditEnds();
  }

  readonly addin = {
    getStartupBehavior: async (): Promise<string> => {
      await this.request();
      return this.startupBehavior;
    },
    setStartupBehavior: async (behavior: unknown): Promise<void> => {
      if (behavior !== STARTUP_BEHAVIOR.load && behavior !== STARTUP_BEHAVIOR.none) throw new OfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
      await this.request();
      this.startupBehavior = behavior;
    },
  };
}

/** Puts fakes in place of the `Office` and `Excel` globals for one test; returns the undo. */
export function installOfficeGlobals(office: FakeOffice | undefined, excel?: FakeExcel): () => void {
  const scope = globalThis as { Office?: unknown; Excel?: unknown };
  const before = { Office: scope.Office, Excel: scope.Excel };
  if (office) scope.Office = office;
  if (excel) scope.Excel = { run: excel.excelRun };
  return () => {
    if (before.Office === undefined) delete scope.Office;
    else scope.Office = before.Office;
    if (before.Excel === undefined) delete scope.Excel;
    else scope.Excel = before.Excel;
  };
}
