/**
 * The words beside a flag's result: which assumptions it used and where each came from, and,
 * for a flag not computed, what it needs and how to give it. Pure.
 */
import type { ComputedFlag, NeedsInputFlag } from "../../analysis";
import type { Provenance } from "../../model/financials";
import { LINE_ITEM_IDS, lineItem } from "../../model/lineItems";

/**
 * Where a parameter's value came from, in the report's words:
 * - "disclosed": the company's filing states it (the sample companies' server lives);
 * - "default": the core's default, or the economic-life estimate the CLI starts from;
 * - "given": typed on the command line;
 * - "implied": fixed by the row another parameter read (REVENUEGAP's cost multiplier on total AI capex);
 * - "from <file, row>": a row of the figures.
 */
export type Origin = "disclosed" | "default" | "given" | "implied" | "from the periods" | `from ${string}`;

/** How a figure's provenance reads in a note: "contoso.csv row 3". */
function provenanceText(p: Provenance): string {
  switch (p.source) {
    case "csv":
      return `${p.file} row ${p.line}`;
    case "cell":
      return `${p.sheet} row ${p.row + 1}`;
    case "sec":
      return `${p.form} filed ${p.filed}`;
    case "dataset":
      return p.reference;
    case "derived":
      return p.formula;
    case "analyst":
      return p.note ?? "the analyst";
  }
}

/**
 * One note per assumption the flag used: its settings (numbers given to it) and the inputs read
 * from an assumption row of the figures (a life, a rate). `given`: the parameters the command
 * line set; any other number the CLI added is its default.
 */
export function assumptionNotes(flag: ComputedFlag, given: ReadonlySet<string>): string[] {
  const settings = flag.settings.map((s) => {
    const origin: Origin =
      s.why === "assumption" ? (given.has(s.param) ? "given" : "default") : s.why === "periods-per-year" ? "from the periods" : s.why;
    return `${s.param} = ${s.value} (${origin})`;
  });
  const rows = flag.inputs
    .filter((input) => lineItem(input.item).kind === "assumption")
    .map((input) => `${input.param} = ${input.values.at(-1)} (from ${provenanceText(input.facts.at(-1)!.provenance)})`);
  return [...settings, ...rows];
}

/** The CSV column of an item the message names by its label ("capex guidance" -> capex_guidance). */
function columnOf(label: string): string | undefined {
  return LINE_ITEM_IDS.find((id) => lineItem(id).label === label);
}

/**
 * "CAPEXCREEP needs: capex guidance (an estimate); give CSV column capex_guidance";
 * "DEPCLIFF needs: book useful life (an assumption); give CSV column book_life or --book-life YEARS".
 * `options`: the command-line option that sets a parameter, by parameter name ("--book-life YEARS").
 */
export function needsNote(flag: NeedsInputFlag, options: Readonly<Record<string, string>>): string {
  const columns = flag.missing.flatMap((m) => columnOf(m.label) ?? []);
  const flags = flag.missing.flatMap((m) => options[m.param] ?? []);
  const ways = [...(columns.length > 0 ? [`CSV column${columns.length > 1 ? "s" : ""} ${columns.join(", ")}`] : []), ...flags];
  return ways.length > 0 ? `${flag.message}; give ${ways.join(" or ")}` : flag.message;
}
