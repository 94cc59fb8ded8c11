/**
 * Collects the cells of one sheet while a template lays it out. A cell can be placed once:
 * a second write to the same address is a layout bug, so it throws instead of overwriting.
 */
import type { CellPlan, CellStyle, ChartPlan, PlanValue, SheetPlan, StatusFormatPlan } from "./plan";

export interface CellOptions {
  style?: CellStyle;
  numberFormat?: string;
}

export class SheetBuilder {
  private readonly cells = new Map<string, CellPlan>();
  private readonly widths: Array<{ column: string; width: number }> = [];
  private readonly statusFormats: StatusFormatPlan[] = [];
  private readonly charts: ChartPlan[] = [];
  private frozen: { rows: number; columns: number } | undefined;

  constructor(
    readonly key: string,
    readonly name: string,
  ) {}

  private put(cell: CellPlan): void {
    if (this.cells.has(cell.ref)) throw new Error(`${this.name}!${cell.ref} is written twice`);
    this.cells.set(cell.ref, cell);
  }

  value(ref: string, value: PlanValue, options: CellOptions = {}): this {
    this.put({ ref, value, ...options });
    return this;
  }

  /** A formula; `formula` starts with "=". */
  formula(ref: string, formula: string, options: CellOptions = {}): this {
    if (!formula.startsWith("=")) throw new Error(`formula for ${ref} must start with "=": ${formula}`);
    this.put({ ref, formula, ...options });
    return this;
  }

  /** A value when there is one, else a formatted blank input (the analyst fills it). */
  input(ref: string, value: PlanValue | null | undefined, options: CellOptions): this {
    this.put(value === null || value === undefined ? { ref, ...options } : { ref, value, ...options });
    return this;
  }

  width(column: string, width: number): this {
    this.widths.push({ column, width });
    return this;
  }

  statusFormat(range: string): this {
    this.statusFormats.push({ kind: "status", range });
    return this;
  }

  chart(chart: ChartPlan): this {
    this.charts.push(chart);
    return this;
  }

  freeze(rows: number, columns: number): this {
    this.frozen = { rows, columns };
    return this;
  }

  build(): SheetPlan {
    return {
      key: this.key,
      name: this.name,
      cells: [...this.cells.values()],
      ...(this.widths.length ? { columnWidths: [...this.widths] } : {}),
      ...(this.statusFormats.length ? { statusFormats: [...this.statusFormats] } : {}),
      ...(this.charts.length ? { charts: [...this.charts] } : {}),
      ...(this.frozen ? { freeze: this.frozen } : {}),
    };
  }
}
