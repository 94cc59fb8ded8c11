/**
 * References and formula text for the cells a flag reads. Absolute ($C$5) so that the written
 * table can be moved or copied without its references sliding off the model's rows.
 */
import { cellAddress, type CellPosition } from "../../core/cells/a1";
import { NAMESPACE } from "../../core/docs/formula";

/** True when the cells run left to right along one row, or top to bottom along one column, with no gap. */
export function isForwardLine(cells: readonly CellPosition[]): boolean {
  if (cells.length < 2) return true;
  const across = cells.every((c, i) => c.row === cells[0].row && c.col === cells[0].col + i);
  const down = cells.every((c, i) => c.col === cells[0].col && c.row === cells[0].row + i);
  return across || down;
}

/** "$C$5" or "$C$5:$E$5", with a sheet prefix ("'My model'!") when the formula lives on another sheet. */
export function lineRef(cells: readonly CellPosition[], prefix = ""): string {
  const first = cellAddress(cells[0], true);
  if (cells.length === 1) return `${prefix}${first}`;
  return `${prefix}${first}:${cellAddress(cells[cells.length - 1], true)}`;
}

/**
 * A number as typed in a formula. `String` round-trips every double exactly (Excel reads
 * "1e-7" too), unlike the six-decimal display format, so the formula computes what the pane showed.
 */
export function numberLiteral(x: number): string {
  return String(x);
}

/** Numbers as an Excel array constant, one row: {1,2,3}. */
export function arrayLiteral(xs: readonly number[]): string {
  return `{${xs.map(numberLiteral).join(",")}}`;
}

/**
 * `=AIFLAG.FCFCONV($C$9,$C$12,$C$5)`; with `output`, every slot is kept (an omitted optional
 * argument stays an empty slot, as Excel passes it) and the output text ends the list.
 */
export function flagFormula(id: string, args: readonly string[], output?: "status"): string {
  if (output) return `=${NAMESPACE}.${id}(${[...args, `"${output}"`].join(",")})`;
  let end = args.length;
  while (end > 0 && args[end - 1] === "") end--;
  return `=${NAMESPACE}.${id}(${args.slice(0, end).join(",")})`;
}
