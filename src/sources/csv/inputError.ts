/** A problem with the user's input file, located precisely: the message names file, row and column. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
    readonly row?: number,
    readonly column?: string,
  ) {
    super(`${file}${row !== undefined ? `, row ${row}` : ""}${column !== undefined ? `, column ${column}` : ""}: ${detail}`);
  }
}
