/**
 * Why a file that is not the CSV this source reads fails, in words that say what to change:
 * the usual exports of spreadsheets in other locales (semicolons or tabs between columns,
 * thousands separators, decimal commas, accounting negatives).
 */

/** The separator the header line uses when it is not a comma: "semicolons", "tabs" or undefined. */
export function otherSeparator(text: string): "semicolons" | "tabs" | undefined {
  const start = text.search(/\S/);
  const end = text.indexOf("\n", Math.max(start, 0));
  const header = start === -1 ? "" : text.slice(start, end === -1 ? undefined : end);
  const outsideQuotes = header.replace(/"(?:[^"]|"")*"/g, "");
  const count = (c: string) => outsideQuotes.split(c).length - 1;
  const commas = count(",");
  if (count(";") > commas) return "semicolons";
  if (count("\t") > commas) return "tabs";
  return undefined;
}

/** "1,234", "12,345,678.5": a number written with thousands separators. */
const THOUSANDS = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** What to write instead of a cell that is not a plain number, when the cell shows a known habit. */
export function numberHint(cell: string): string | undefined {
  if (THOUSANDS.test(cell)) return `thousands separators are not allowed; write ${cell.replace(/,/g, "")}`;
  if (/^\(\s*[\d.,]+\s*\)$/.test(cell)) return `write a negative number with a minus sign: -${cell.replace(/[()\s]/g, "")}`;
  if (/^-?[\d.]+\s*%$/.test(cell)) return "write a rate as a decimal: 0.21 for 21%";
  if (/^-?[$€£¥]|[$€£¥]$/.test(cell)) return "leave out the currency symbol";
  if (/^-?\d+,\d+$/.test(cell)) return "write the decimal mark as a point: 1234.5";
  return undefined;
}

/**
 * Why a row has more or fewer cells than the header. An unquoted "1,234" splits into "1" and
 * "234": a cell of one to three digits followed by one of exactly three is that, most likely.
 */
export function rowLengthMessage(cells: readonly string[], headerLength: number): string {
  const cellsText = (n: number) => `${n} cell${n === 1 ? "" : "s"}`;
  const base = `this row has ${cellsText(cells.length)} but the header has ${headerLength}`;
  if (cells.length > headerLength) {
    for (let i = 0; i + 1 < cells.length; i++) {
      if (/^-?\d{1,3}$/.test(cells[i]) && /^\d{3}(\.\d+)?$/.test(cells[i + 1])) {
        return `${base}: ${cells[i]},${cells[i + 1]} looks like one number written with a thousands separator, which the comma splits into two cells; write ${cells[i]}${cells[i + 1]}`;
      }
    }
    return `${base}: a cell that holds a comma must be in double quotes ("Contoso, Inc.")`;
  }
  return base;
}
