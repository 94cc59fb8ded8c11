/**
 * A small recording fake of the Excel object model, for the writers that office-addin-mock
 * cannot model (new sheets, many ranges, conditional formats, charts, names, panes; its
 * collections cannot even load `items/name`). Documented choices:
 *
 * - Batches as in Office.js: every call and property write is queued and applied in order at
 *   `context.sync()`; a `load` is answered at that sync, and reading a property that was not
 *   loaded and synced throws, as Office.js does. An operation Excel would refuse (adding a sheet
 *   whose name exists, a name twice, a 2-D array of the wrong size, a missing sheet) rejects the
 *   sync with Excel's error code, after the operations before it were applied (as Excel does).
 * - Requests: each sync records the calls it sent (objects made, members set or called, with
 *   their arguments; `path` names the object for the tests) and their size, the documented
 *   proxy for the request size: the UTF-8 JSON of each call's member name and arguments, plus
 *   ACTION_OVERHEAD_BYTES per call for what Office.js wraps around it (action and object-path
 *   ids and types: it refers to objects by number, not by a path like ours).
 * - Cell-edit mode: `refuseSyncs(n)` makes the next n syncs reject with
 *   InvalidOperationInCellEditMode, applying nothing (Excel refuses the whole request).
 *   `startCellEdit()` / `endCellEdit()` model a user typing in a cell, as Microsoft Learn ("Delay
 *   execution while cell is being edited", `Excel.RunOptions.delayForCellEdit`) describes it:
 *   meanwhile a sync of a batch run with `{ delayForCellEdit: true }` waits for the edit to end,
 *   where Excel supports it (`supportsDelayForCellEdit`: office.js sends the option only where
 *   the "DelayForCellEdit" set is supported); any other sync is refused, applying nothing.
 *   `excelRun` is `Excel.run` with both its forms, `(batch)` and `(options, batch)`, and
 *   records the options each call got (`runOptions`).
 * - Values of formula cells are "" (as `=""` shows): code that decides from values alone fails.
 * - Workbook settings (`workbook.settings`, ExcelApi 1.4): key-value pairs kept with the workbook
 *   (`settings`), loaded as `items/key,items/value`, added or replaced with `add`, deleted with
 *   `getItem(key).delete()` (a missing key rejects the sync with ItemNotFound, as Excel does).
 * - Sheets have ids (`Worksheet.id`), kept across renames; `worksheets.getItem` takes a name or
 *   an id, as Office.js documents; `Worksheet.delete` removes one (the last visible sheet cannot
 *   go: InvalidOperation); `Range.clear("Contents" | "Formats" | "All")` empties cells, resets
 *   their formats, or both.
 */
import { rangeAddress, sheetPrefix, type RangeBox } from "../../../src/core/cells/a1";
import { ACTION_OVERHEAD_BYTES, utf8Length } from "../../../src/host/planOps";
import { CELL_EDIT_MODE } from "../../../src/host/retry";
import type { ExcelRun } from "../../../src/host/officeHost";
import { boxOf, cellAt, enter, newSheet, peek, type FakeCell, type FakeSheet } from "./workbook";

export interface RecordedCall {
  path: string;
  args: unknown[];
}

export interface RecordedRequest {
  calls: RecordedCall[];
  bytes: number;
}

class ExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface Op {
  call: RecordedCall;
  apply(): void;
}

/** Where a proxy's sheet is found when the queue runs. */
type SheetRef = () => FakeSheet;
/** Where a proxy's range is, when the queue runs; null for a null object. */
type BoxRef = () => RangeBox | null;

/** The member a call sets or calls: the last part of its path, "formulas", "getRange(A1:C3)"... */
function memberOf(path: string): string {
  return path.slice(path.lastIndexOf(".") + 1);
}

function requestBytes(calls: readonly RecordedCall[]): number {
  return utf8Length(JSON.stringify(calls.map((c) => [memberOf(c.path), c.args]))) + calls.length * ACTION_OVERHEAD_BYTES;
}

function intersect(a: RangeBox, b: RangeBox): RangeBox | null {
  const box = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return box.top <= box.bottom && box.left <= box.right ? box : null;
}

function cellsOf(box: RangeBox): Array<{ row: number; col: number; r: number; c: number }> {
  const out = [];
  for (let row = box.top; row <= box.bottom; row++) for (let col = box.left; col <= box.right; col++) out.push({ row, col, r: row - box.top, c: col - box.left });
  return out;
}

export class FakeExcel {
  readonly sheets: FakeSheet[];
  /** The workbook's settings (`workbook.settings`), by key. */
  readonly settings = new Map<string, unknown>();
  active: string;
  /** The selected range ("Sheet1!B2:E7"), or "invalid" for a chart, a shape or several areas. */
  selection: { sheet: string; address: string } | "invalid";
  readonly requests: RecordedRequest[] = [];
  syncs = 0;
  private queue: Op[] = [];
  private refusals = 0;
  private refuseAfter = 0;
  /** The options each `excelRun` call got (undefined for the form without). */
  readonly runOptions: Array<Excel.RunOptions | undefined> = [];
  /** Whether this Excel honours `delayForCellEdit` (the DelayForCellEdit requirement set). */
  supportsDelayForCellEdit = true;
  private edit: { ended: Promise<void>; end: () => void } | undefined;

  constructor(sheets: FakeSheet[], active = sheets[0]?.name ?? "Sheet1") {
    this.sheets = sheets;
    this.active = active;
    this.selection = { sheet: active, address: "A1" };
  }

  /** The next `n` syncs (after letting `after` through) reject as in cell-edit mode. */
  refuseSyncs(n: number, after = 0): void {
    this.refusals = n;
    this.refuseAfter = after;
  }

  /** The user starts typing in a cell: Excel is in cell-edit mode until `endCellEdit()`. */
  startCellEdit(): void {
    if (this.edit) return;
    let end!: () => void;
    const ended = new Promise<void>((resolve) => {
      end = resolve;
    });
    this.edit = { ended, end };
  }

  /** The user presses Enter or Esc: held batches go ahead. */
  endCellEdit(): void {
    const edit = this.edit;
    this.edit = undefined;
    edit?.end();
  }

  get editing(): boolean {
    return this.edit !== undefined;
  }

  /** Resolves when the current edit ends (at once when there is none). */
  whenEditEnds(): Promise<void> {
    return this.edit?.ended ?? Promise.resolve();
  }

  /** A sheet by name (any case) or by id. */
  sheet(key: string): FakeSheet {
    const found = this.sheets.find((s) => s.id === key || s.name.toLowerCase() === key.toLowerCase());
    if (!found) throw new ExcelError("ItemNotFound", `no sheet ${key}`);
    return found;
  }

  /** `Excel.run`: a fresh context per run on the same workbook, its `sync` counted. */
  readonly run: ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    return batch(this.context(false) as unknown as Excel.RequestContext);
  };

  /** `Excel.run` as office.js declares it, `(batch)` or `(options, batch)`, for an `Excel` global. */
  readonly excelRun = <T>(...args: [(context: Excel.RequestContext) => Promise<T>] | [Excel.RunOptions, (context: Excel.RequestContext) => Promise<T>]): Promise<T> => {
    const [options, batch] = args.length === 1 ? [undefined, args[0]] : args;
    this.runOptions.push(options);
    const delay = options?.delayForCellEdit === true && this.supportsDelayForCellEdit;
    return batch(this.context(delay) as unknown as Excel.RequestContext);
  };

  private enqueue(path: string, args: unknown[], apply: () => void): void {
    this.queue.push({ call: { path, args }, apply });
  }

  private async sync(delayForCellEdit: boolean): Promise<void> {
    this.syncs++;
    const ops = this.queue;
    this.queue = [];
    const calls = ops.map((o) => o.call);
    this.requests.push({ calls, bytes: requestBytes(calls) });
    if (this.edit) {
      if (!delayForCellEdit) throw new ExcelError(CELL_EDIT_MODE, "The cell is being edited.");
      await this.edit.ended;
    }
    if (this.refuseAfter > 0) this.refuseAfter--;
    else if (this.refusals > 0) {
      this.refusals--;
      throw new ExcelError(CELL_EDIT_MODE, "The cell is being edited.");
    }
    for (const op of ops) op.apply();
  }

  private context(delayForCellEdit: boolean) {
    const selected = () => {
      if (this.selection === "invalid") throw new ExcelError("InvalidSelection", "The current selection is invalid for this operation.");
      return this.selection;
    };
    const workbook = {
      worksheets: this.worksheets(),
      // The active cell: the selection's top-left cell here.
      getActiveCell: () =>
        this.range(`getActiveCell()`, () => this.sheet(selected().sheet), () => {
          const box = boxOf(selected().address);
          return { top: box.top, left: box.left, bottom: box.top, right: box.left };
        }),
      getSelectedRange: () => this.range(`getSelectedRange()`, () => this.sheet(selected().sheet), () => boxOf(selected().address)),
      settings: this.settingCollection(),
    };
    return { workbook, sync: () => this.sync(delayForCellEdit) };
  }

  private settingCollection() {
    let items: Array<{ key: string; value: unknown }> | undefined;
    return {
      load: (what: string) => {
        this.enqueue("settings.load", [what], () => {
          // A copy, as Excel answers with JSON (jsdom has no structuredClone).
          items = [...this.settings.entries()].map(([key, value]) => ({ key, value: JSON.parse(JSON.stringify(value)) as unknown }));
        });
      },
      get items() {
        if (!items) throw new Error("PropertyNotLoaded: settings.items");
        return items;
      },
      add: (key: string, value: unknown) => this.enqueue("settings.add", [key, value], () => void this.settings.set(key, JSON.parse(JSON.stringify(value)) as unknown)),
      getItem: (key: string) => {
        this.enqueue(`settings.getItem(${key})`, [], () => undefined);
        return {
          delete: () =>
            this.enqueue(`settings.getItem(${key}).delete`, [], () => {
              if (!this.settings.has(key)) throw new ExcelError("ItemNotFound", `no setting ${key}`);
              this.settings.delete(key);
            }),
        };
      },
    };
  }

  private worksheets() {
    let items: Array<ReturnType<FakeExcel["worksheet"]>> | undefined;
    return {
      load: (what: string) => {
        this.enqueue("worksheets.load", [what], () => {
          items = this.sheets.map((s) => this.worksheet(`worksheets.items(${s.name})`, () => s, { id: s.id, name: s.name }));
        });
      },
      get items() {
        if (!items) throw new Error("PropertyNotLoaded: worksheets.items");
        return items;
      },
      add: (name: string) => {
        let added: FakeSheet | undefined;
        this.enqueue("worksheets.add", [name], () => {
          if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new ExcelError("ItemAlreadyExists", `a sheet named ${name} exists`);
          added = newSheet(name);
          this.sheets.push(added);
        });
        return this.worksheet(`worksheets.add(${name})`, () => {
          if (!added) throw new Error("sheet used before it was added");
          return added;
        });
      },
      getItem: (name: string) => this.worksheet(`worksheets.getItem(${name})`, () => this.sheet(name)),
      getActiveWorksheet: () => this.worksheet("getActiveWorksheet()", () => this.sheet(this.active)),
    };
  }

  private worksheet(path: string, sheetRef: SheetRef, preloaded?: { id: string; name: string }) {
    let loaded: { id: string; name: string } | undefined = preloaded;
    // A collection's items exist once loaded: no object is made for them in a request.
    if (!path.startsWith("worksheets.add") && !preloaded) this.enqueue(path, [], () => undefined);
    return {
      load: (what: string | string[]) => {
        this.enqueue(`${path}.load`, [what], () => {
          const sheet = sheetRef();
          loaded = { id: sheet.id, name: sheet.name };
        });
      },
      get name(): string {
        if (!loaded) throw new Error(`PropertyNotLoaded: ${path}.name`);
        return loaded.name;
      },
      get id(): string {
        if (!loaded) throw new Error(`PropertyNotLoaded: ${path}.id`);
        return loaded.id;
      },
      delete: () =>
        this.enqueue(`${path}.delete`, [], () => {
          const sheet = sheetRef();
          if (this.sheets.length === 1) throw new ExcelError("InvalidOperation", "a workbook must keep one sheet");
          this.sheets.splice(this.sheets.indexOf(sheet), 1);
          if (this.active === sheet.name) this.active = this.sheets[0].name;
        }),
      getRange: (address: string) => this.range(`${path}.getRange(${address})`, sheetRef, () => boxOf(address)),
      getUsedRange: (valuesOnly?: boolean) => this.range(`${path}.getUsedRange(${String(valuesOnly)})`, sheetRef, () => usedBox(sheetRef(), valuesOnly === true)),
      activate: () => this.enqueue(`${path}.activate`, [], () => (this.active = sheetRef().name)),
      names: {
        add: (name: string, range: { box: BoxRef }, comment?: string) =>
          this.enqueue(`${path}.names.add`, [name, comment], () => {
            const sheet = sheetRef();
            if (sheet.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw new ExcelError("ItemAlreadyExists", `name ${name} exists`);
            const box = range.box();
            if (!box) throw new ExcelError("InvalidArgument", "null range");
            sheet.names.push({ name, range: rangeAddress(box), ...(comment === undefined ? {} : { comment }) });
          }),
      },
      charts: {
        add: (type: string, source: { box: BoxRef }, seriesBy: string) => {
          const chart: { type: string; source: string; seriesBy: string; title?: string; position?: [string, string] } = { type, source: "", seriesBy };
          this.enqueue(`${path}.charts.add`, [type, seriesBy], () => {
            chart.source = rangeAddress(source.box() ?? { top: 0, left: 0, bottom: 0, right: 0 });
            sheetRef().charts.push(chart);
          });
          const title = {
            set text(t: string) {
              enqueueTitle(t);
            },
          };
          const enqueueTitle = (t: string) => this.enqueue(`${path}.chart.title.text`, [t], () => (chart.title = t));
          return { title, setPosition: (a: string, b: string) => this.enqueue(`${path}.chart.setPosition`, [a, b], () => (chart.position = [a, b])) };
        },
      },
      freezePanes: {
        freezeAt: (range: { box: BoxRef }) =>
          this.enqueue(`${path}.freezePanes.freezeAt`, [], () => {
            const box = range.box();
            if (box) sheetRef().frozen = { rows: box.bottom + 1, columns: box.right + 1 };
          }),
        freezeRows: (n: number) => this.enqueue(`${path}.freezePanes.freezeRows`, [n], () => (sheetRef().frozen = { rows: n, columns: 0 })),
        freezeColumns: (n: number) => this.enqueue(`${path}.freezePanes.freezeColumns`, [n], () => (sheetRef().frozen = { rows: 0, columns: n })),
      },
    };
  }

  private range(path: string, sheetRef: SheetRef, boxRef: BoxRef) {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const fake = this;
    // Office.js sends an "instantiate" action for every object a batch creates: recorded, applies nothing.
    this.enqueue(path, [], () => undefined);
    let loaded: Record<string, unknown> | undefined;
    const read = (prop: string) => {
      if (!loaded || !(prop in loaded)) throw new Error(`PropertyNotLoaded: ${path}.${prop}`);
      return loaded[prop];
    };
    const grid = (box: RangeBox, pick: (c: FakeCell) => unknown) => {
      const sheet = sheetRef();
      return Array.from({ length: box.bottom - box.top + 1 }, (_, r) => Array.from({ length: box.right - box.left + 1 }, (_, c) => pick(peek(sheet, box.top + r, box.left + c))));
    };
    /** Applies `each` to every cell of the range with its entry from `data` (a 2-D array of the range's size, or one value). */
    const write = (prop: string, data: unknown, each: (cell: FakeCell, entry: unknown) => void) =>
      this.enqueue(`${path}.${prop}`, [data], () => {
        const box = boxRef();
        if (!box) throw new ExcelError("InvalidArgument", "null range");
        const rows = box.bottom - box.top + 1;
        const cols = box.right - box.left + 1;
        if (Array.isArray(data) && (data.length !== rows || data.some((row) => !Array.isArray(row) || row.length !== cols))) {
          throw new ExcelError("InvalidArgument", `${prop}: ${rows}x${cols} expected`);
        }
        const sheet = sheetRef();
        for (const { row, col, r, c } of cellsOf(box)) each(cellAt(sheet, row, col), Array.isArray(data) ? (data[r] as unknown[])[c] : data);
      });
    const formatSet = (prop: string, each: (cell: FakeCell, value: unknown) => void) => (value: unknown) => write(`format.${prop}`, value, each);
    const clearCell = (cell: FakeCell, applyTo: string) => {
      if (applyTo !== "Formats") {
        cell.value = "";
        cell.formula = "";
      }
      if (applyTo !== "Contents") {
        cell.numberFormat = "General";
        cell.font = {};
        delete cell.fill;
        delete cell.horizontalAlignment;
      }
    };
    const setFontBold = formatSet("font.bold", (c, v) => (c.font.bold = v as boolean));
    const setFontItalic = formatSet("font.italic", (c, v) => (c.font.italic = v as boolean));
    const setFontColor = formatSet("font.color", (c, v) => (c.font.color = v as string));
    const setFontSize = formatSet("font.size", (c, v) => (c.font.size = v as number));
    const setFill = formatSet("fill.color", (c, v) => (c.fill = v as string));
    const setAlign = formatSet("horizontalAlignment", (c, v) => (c.horizontalAlignment = v as string));
    const proxy = {
      box: boxRef,
      load(props: string | string[]) {
        const list = (Array.isArray(props) ? props : props.split(",")).map((p) => p.trim());
        fake.enqueue(`${path}.load`, [list], () => {
          const box = boxRef();
          loaded = { ...(loaded ?? {}), isNullObject: box === null };
          for (const p of list) {
            if (!box) loaded[p] = null;
            else if (p === "address") loaded[p] = `${sheetPrefix(sheetRef().name)}${rangeAddress(box)}`;
            else if (p === "rowCount") loaded[p] = box.bottom - box.top + 1;
            else if (p === "columnCount") loaded[p] = box.right - box.left + 1;
            else if (p === "cellCount") loaded[p] = (box.bottom - box.top + 1) * (box.right - box.left + 1);
            else if (p === "values") loaded[p] = grid(box, (c) => c.value);
            else if (p === "formulas") loaded[p] = grid(box, (c) => c.formula);
            else if (p === "numberFormat") loaded[p] = grid(box, (c) => c.numberFormat);
            else throw new Error(`the fake cannot load ${p}`);
          }
        });
        return proxy;
      },
      get isNullObject() {
        return read("isNullObject") as boolean;
      },
      get address() {
        return read("address") as string;
      },
      get rowCount() {
        return read("rowCount") as number;
      },
      get columnCount() {
        return read("columnCount") as number;
      },
      get cellCount() {
        return read("cellCount") as number;
      },
      get values() {
        return read("values") as unknown[][];
      },
      set values(data: unknown[][]) {
        write("values", data, enter);
      },
      get formulas() {
        return read("formulas") as unknown[][];
      },
      set formulas(data: unknown[][]) {
        write("formulas", data, enter);
      },
      get numberFormat() {
        return read("numberFormat") as unknown[][];
      },
      set numberFormat(data: unknown) {
        write("numberFormat", data, (c, v) => (c.numberFormat = String(v)));
      },
      clear(applyTo = "All") {
        fake.enqueue(`${path}.clear`, [applyTo], () => {
          const box = boxRef();
          if (!box) throw new ExcelError("InvalidArgument", "null range");
          const sheet = sheetRef();
          for (const { row, col } of cellsOf(box)) clearCell(cellAt(sheet, row, col), applyTo);
        });
      },
      getIntersectionOrNullObject(other: { box: BoxRef }) {
        return fake.range(`${path}.getIntersectionOrNullObject`, sheetRef, () => {
          const a = boxRef();
          const b = other.box();
          return a && b ? intersect(a, b) : null;
        });
      },
      format: {
        font: {
          set bold(v: boolean) {
            setFontBold(v);
          },
          set italic(v: boolean) {
            setFontItalic(v);
          },
          set color(v: string) {
            setFontColor(v);
          },
          set size(v: number) {
            setFontSize(v);
          },
        },
        fill: {
          set color(v: string) {
            setFill(v);
          },
        },
        set horizontalAlignment(v: string) {
          setAlign(v);
        },
        set columnWidth(w: number) {
          fake.enqueue(`${path}.format.columnWidth`, [w], () => {
            const box = boxRef();
            if (box) for (let col = box.left; col <= box.right; col++) sheetRef().columnWidths.set(col, w);
          });
        },
      },
      conditionalFormats: {
        add(type: string) {
          const cf: { range: string; type: string; fontColor?: string; fill?: string; rule?: unknown } = { range: "", type };
          fake.enqueue(`${path}.conditionalFormats.add`, [type], () => {
            cf.range = rangeAddress(boxRef() ?? { top: 0, left: 0, bottom: 0, right: 0 });
            sheetRef().conditionalFormats.push(cf);
          });
          const set = (member: string, value: unknown, apply: () => void) => fake.enqueue(`${path}.conditionalFormat.${member}`, [value], apply);
          return {
            textComparison: {
              format: {
                font: {
                  set color(v: string) {
                    set("font.color", v, () => (cf.fontColor = v));
                  },
                },
                fill: {
                  set color(v: string) {
                    set("fill.color", v, () => (cf.fill = v));
                  },
                },
              },
              set rule(v: unknown) {
                set("rule", v, () => (cf.rule = v));
              },
            },
          };
        },
      },
    };
    return proxy;
  }
}

/** The used range as Excel gives it: the box of cells holding something (formats too, unless valuesOnly); A1 when none. */
function usedBox(sheet: FakeSheet, valuesOnly: boolean): RangeBox {
  let box: RangeBox | undefined;
  for (const [k, c] of sheet.cells) {
    const holds = c.value !== "" || c.formula !== "";
    const formatted = c.numberFormat !== "General" || Object.keys(c.font).length > 0 || c.fill !== undefined;
    if (!holds && (valuesOnly || !formatted)) continue;
    const [row, col] = k.split(",").map(Number);
    box = box
      ? { top: Math.min(box.top, row), left: Math.min(box.left, col), bottom: Math.max(box.bottom, row), right: Math.max(box.right, col) }
      : { top: row, left: col, bottom: row, right: col };
  }
  return box ?? { top: 0, left: 0, bottom: 0, right: 0 };
}

