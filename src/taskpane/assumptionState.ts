/**
 * The Analyse tab's assumptions: what each field starts from, and which of them the analysis
 * receives. Pure.
 *
 * A field starts from, in this order (the analysis's own precedence, so the field shows what the
 * flags use): a recognised row of the selection holding a number (its latest; the Inputs sheet's
 * "Server book life" row is one), the block's period headers (periods per year), AIFLAG's
 * estimate where it has one (the economic life of AI hardware), the core's default, else blank.
 *
 * What the analysis receives (`assumptionsOf`): only what it cannot find itself, the typed values
 * and AIFLAG's estimates. Rows, headers and defaults it reads on its own, so that a formula
 * written beside the block references the row's cell rather than a copy of its number.
 */
import { cellAddress } from "../core/cells/a1";
import { formatPlain } from "../core/format/numbers";
import { rowFor, type Analysis, type AssumptionField, type Assumptions } from "../analysis";
import { readNumberText } from "../sources/selection/cellNumber";
import { ECONOMIC_LIFE_ESTIMATE } from "../templates/lives";

export type FieldSource = "row" | "periods" | "estimate" | "default" | "typed" | "blank";

export interface FieldState {
  /** What the input shows. */
  text: string;
  source: FieldSource;
  /** Where the value comes from, or what it is needed for, in a few words. */
  note: string;
}

/** AIFLAG's own estimates, by parameter name, where the core has no default and a blank would stop a flag. */
export const ESTIMATES: Readonly<Record<string, { value: number; why: string }>> = {
  economic_life: { value: ECONOMIC_LIFE_ESTIMATE, why: "AIFLAG's estimate: AI hardware is overtaken within two chip generations" },
};

const readers = (field: AssumptionField) => field.readers.join(", ");

/** The latest number of the recognised row for the field's item, with where it sits. */
function fromRow(field: AssumptionField, analysis: Analysis): FieldState | undefined {
  const row = field.item ? rowFor(analysis, field.item) : undefined;
  if (!row) return undefined;
  for (let k = row.values.length - 1; k >= 0; k--) {
    const v = row.values[k];
    if (v !== null) return { text: formatPlain(v), source: "row", note: `From "${row.label}" (${cellAddress(row.cells[k])})` };
  }
  return undefined;
}

export function prefill(field: AssumptionField, analysis: Analysis): FieldState {
  const row = fromRow(field, analysis);
  if (row) return row;
  if (field.fromPeriods && analysis.periodsPerYear !== undefined) {
    return { text: formatPlain(analysis.periodsPerYear), source: "periods", note: "From the period headers" };
  }
  const estimate = ESTIMATES[field.param];
  if (estimate) return { text: formatPlain(estimate.value), source: "estimate", note: estimate.why };
  if (field.defaultValue !== undefined) return { text: formatPlain(field.defaultValue), source: "default", note: `Default of ${readers(field)}` };
  // Readers with defaults of their own: each keeps its own until a value is typed.
  if (field.defaults.length > 0) return { text: "", source: "default", note: `Defaults: ${field.defaults.map((d) => `${formatPlain(d.value)} (${d.reader})`).join(", ")}` };
  return { text: "", source: "blank", note: `Needed by ${readers(field)}` };
}

export function prefillAll(fields: readonly AssumptionField[], analysis: Analysis): Record<string, FieldState> {
  return Object.fromEntries(fields.map((f) => [f.param, prefill(f, analysis)]));
}

/** "6", "0.3", "30%", "1,000": a number as a person types it; undefined for anything else. */
export function parseAssumption(text: string): number | undefined {
  const read = readNumberText(text);
  return read.kind === "number" ? read.value : undefined;
}

/** The field after the user typed `text`: back to where it started when emptied. */
export function typed(field: AssumptionField, analysis: Analysis, text: string): FieldState {
  if (text.trim() === "") return prefill(field, analysis);
  const value = parseAssumption(text);
  return {
    text,
    source: "typed",
    note: value === undefined ? "Not a number: type one such as 6, 0.3 or 30%" : `Your assumption, used by ${readers(field)}`,
  };
}

/** The values the analysis receives: typed numbers and AIFLAG's estimates. */
export function assumptionsOf(states: Readonly<Record<string, FieldState>>): Assumptions {
  const out: Record<string, number> = {};
  for (const [param, state] of Object.entries(states)) {
    if (state.source !== "typed" && state.source !== "estimate") continue;
    const value = parseAssumption(state.text);
    if (value !== undefined) out[param] = value;
  }
  return out;
}

/** Whether a field's text is not a number (shown as the field's error). */
export const invalid = (state: FieldState) => state.source === "typed" && parseAssumption(state.text) === undefined;
