/**
 * The detail table (`output = "detail"`, convention 9): a flag's figures, then its value, its
 * status and the reason. Rows are built with the kind of their numbers (`DetailRow`), then laid
 * out as the block Excel spills: label, then one column per element.
 */
import type { CellOutput, Matrix } from "../cells/values";
import type { DetailRow } from "./definition";
import type { Words } from "./definition";
import type { Figure, FlagLogic, Measured } from "./explanation";
import type { ValueKind } from "../format/valueKind";
import { finiteCell, reasonOf, flagStatus } from "./verdict";

/** One labelled cell of one element's column. */
export interface DetailEntry {
  label: string;
  kind?: ValueKind;
  cell: CellOutput;
}

/** What the detail table needs to know about the flag besides its logic. */
export interface FlagFace {
  id: string;
  words: Words;
  valueKind: ValueKind;
}

/** One element's column: its figures, then `related` (figures set against other elements), value, status, reason. */
export function detailColumn<A, M extends Measured>(
  face: FlagFace,
  logic: FlagLogic<A, M>,
  m: M,
  a: A,
  related: readonly Figure[] = [],
): DetailEntry[] {
  const { figures, reasons } = logic.explain(m, a);
  const status = flagStatus(face.id, logic, m, a);
  const entry = (f: Figure): DetailEntry => (f.kind ? { label: f.label, kind: f.kind, cell: finiteCell(f.value) } : { label: f.label, cell: finiteCell(f.value) });
  return [
    ...figures.map(entry),
    ...related.map(entry),
    { label: face.words.valueLabel, kind: face.valueKind, cell: finiteCell(m.value) },
    { label: "Status", cell: status },
    { label: "Reason", cell: reasonOf(reasons, status, m.value) },
  ];
}

/** Columns side by side, labelled by the first (every element has the same labels; a hole shows blank). */
export function detailRows(columns: ReadonlyArray<readonly DetailEntry[]>): DetailRow[] {
  return columns[0].map(({ label, kind }, row) => {
    const cells = columns.map((col) => col[row]?.cell ?? "");
    return kind ? { label, kind, cells } : { label, cells };
  });
}

/** The rows as Excel spills them: the label, then the cells. */
export function detailMatrix(rows: readonly DetailRow[]): Matrix<CellOutput> {
  return rows.map((r) => [r.label, ...r.cells]);
}
