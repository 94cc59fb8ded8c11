/**
 * What a cell of the preview shows, from the engine's value and the cell's number format, roughly
 * as Excel shows it: numbers right-aligned in their format (percentages, thousands separators,
 * decimals, brackets for negatives, quoted literals such as "FY"0 or 0.0" years"), texts left,
 * booleans and errors centred. Pure, so the grid and the tests share it.
 *
 * Supported format syntax (enough for the templates): up to four sections separated by ";"
 * (positive;negative;zero;text), digit placeholders 0 and #, one decimal point, a thousands
 * comma, trailing commas that scale by 1,000, %, quoted literals, backslash escapes, _x padding
 * (a space) and "@" (text). Anything
 * else is shown literally. Dates are not formatted (the templates write none).
 */

export type Align = "left" | "right" | "center";

/** An error as the engine reports it: Excel's code and the reason. */
export interface ShownError {
  code: string;
  message: string;
}

export interface Shown {
  text: string;
  align: Align;
  error?: ShownError;
}

/** The parts of a HyperFormula cell value the grid reads, without importing HyperFormula's classes here. */
export type DisplayValue = number | string | boolean | null | ShownError;

export const GENERAL = "General";

/** Splits a format into sections at ";" outside quotes. */
function sections(format: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && !quoted && i + 1 < format.length) {
      current += ch + format[++i];
      continue;
    }
    if (ch === ";" && !quoted) {
      out.push(current);
      current = "";
    } else current += ch;
  }
  out.push(current);
  return out;
}

interface Token {
  kind: "literal" | "number" | "percent" | "text";
  text: string;
}

/** Literals, the one run of digit placeholders, percent signs and "@". */
function tokens(section: string): Token[] {
  const out: Token[] = [];
  const literal = (text: string) => out.push({ kind: "literal", text });
  let i = 0;
  while (i < section.length) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      literal(section.slice(i + 1, end === -1 ? section.length : end));
      i = end === -1 ? section.length : end + 1;
    } else if (ch === "\\") {
      literal(section[i + 1] ?? "");
      i += 2;
    } else if (ch === "_") {
      literal(" ");
      i += 2;
    } else if (ch === "%") {
      out.push({ kind: "percent", text: "%" });
      i++;
    } else if (ch === "@") {
      out.push({ kind: "text", text: "@" });
      i++;
    } else if ("0#?,.".includes(ch) && !out.some((t) => t.kind === "number")) {
      let j = i;
      while (j < section.length && "0#?,.".includes(section[j])) j++;
      out.push({ kind: "number", text: section.slice(i, j) });
      i = j;
    } else {
      literal(ch === "*" ? "" : ch);
      i += ch === "*" ? 2 : 1;
    }
  }
  return out;
}

/**
 * A non-negative number written with the placeholders of `pattern` ("#,##0.0"). Commas right
 * after the last digit placeholder each divide by 1,000, as in Excel ("#,##0.0," shows 39,637.7
 * as 39.6): the templates show money in millions as billions that way.
 */
function digits(x: number, pattern: string): string {
  const scaling = /,+$/.exec(pattern)?.[0].length ?? 0;
  if (scaling > 0) return digits(x / 1000 ** scaling, pattern.slice(0, -scaling));
  const [intPart, fracPart = ""] = pattern.split(".");
  const required = (fracPart.match(/0/g) ?? []).length;
  const optional = (fracPart.match(/[#?]/g) ?? []).length;
  let text = x.toFixed(required + optional);
  if (optional > 0) {
    const [whole, frac = ""] = text.split(".");
    let f = frac;
    while (f.length > required && f.endsWith("0")) f = f.slice(0, -1);
    text = f === "" ? whole : `${whole}.${f}`;
  }
  const [digitsBefore, frac] = text.split(".");
  const minInt = (intPart.match(/0/g) ?? []).length;
  let whole = minInt === 0 && digitsBefore === "0" ? "" : digitsBefore;
  if (intPart.includes(",")) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? whole : `${whole}.${frac}`;
}

/** The most characters Excel's General format writes (a wide enough column). */
export const STANDARD_GENERAL_CHARS = 11;

/**
 * A number in Excel's General format, fitted to `maxChars` as Excel fits it to the column:
 * decimals are rounded away first, then it turns to scientific notation.
 */
export function formatGeneral(x: number, maxChars: number = STANDARD_GENERAL_CHARS): string {
  if (x === 0) return "0";
  const fit = Math.max(maxChars, 5);
  const abs = Math.abs(x);
  if (abs < 1e11 && abs >= 1e-9) {
    const intDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
    const room = fit - intDigits - (x < 0 ? 1 : 0) - 1;
    const plain = String(Number(x.toFixed(Math.max(0, Math.min(room, 15)))));
    if (plain.length <= fit && !plain.includes("e") && plain !== "0" && plain !== "-0") return plain;
  }
  for (let digits = 5; digits >= 0; digits--) {
    const [mantissa, exponent] = x.toExponential(digits).split("e");
    // Excel writes two exponent digits at least: 1.23E+08.
    const power = Number(exponent);
    const text = `${Number(mantissa)}E${power < 0 ? "-" : "+"}${String(Math.abs(power)).padStart(2, "0")}`;
    if (text.length <= fit || digits === 0) return text;
  }
  return String(x);
}

/** `x` in `format`; General (or an unreadable format) as Excel's General, in `maxChars`. */
export function formatNumber(x: number, format: string | undefined, maxChars: number = STANDARD_GENERAL_CHARS): string {
  if (!format || format === GENERAL || format === "@") return formatGeneral(x, maxChars);
  const parts = sections(format);
  let section = parts[0];
  let value = x;
  let sign = "";
  if (x < 0 && parts.length > 1) {
    section = parts[1];
    value = -x;
  } else if (x === 0 && parts.length > 2) {
    section = parts[2];
  } else if (x < 0) {
    sign = "-";
    value = -x;
  }
  const toks = tokens(section);
  const scaled = value * 100 ** toks.filter((t) => t.kind === "percent").length;
  const body = toks
    .map((t) => (t.kind === "number" ? digits(scaled, t.text) : t.kind === "text" ? formatGeneral(value) : t.text))
    .join("");
  return `${sign}${body}`;
}

/** A text in a format's text section ("@" stands for the text); most formats leave text alone. */
function formatText(text: string, format: string | undefined): string {
  if (!format) return text;
  const parts = sections(format);
  const textSection = parts.length >= 4 ? parts[3] : parts.find((p) => p.includes("@"));
  if (!textSection) return text;
  return tokens(textSection)
    .map((t) => (t.kind === "text" ? text : t.kind === "number" ? "" : t.text))
    .join("");
}

export function isShownError(x: DisplayValue): x is ShownError {
  return typeof x === "object" && x !== null;
}

/** What a cell shows; `maxChars` is what its column fits of a General number. */
export function showValue(value: DisplayValue, format: string | undefined, maxChars: number = STANDARD_GENERAL_CHARS): Shown {
  if (value === null || value === "") return { text: "", align: "left" };
  if (isShownError(value)) return { text: value.code, align: "center", error: value };
  if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE", align: "center" };
  if (typeof value === "number") return { text: formatNumber(value, format, maxChars), align: "right" };
  return { text: formatText(value, format), align: "left" };
}
