/**
 * What a reader of one item's series must know, in sentences: a change of tag, restated and
 * re-rounded figures, and figures the filing gives only rounded to $0.1 billion or coarser.
 */
import { periodRuns, type Fact, type Period, type SecProvenance } from "../../model/financials";
import { grouped } from "./format";

/** "us-gaap:A for FY2010-FY2017; us-gaap:B for FY2018-FY2025", when more than one source was used. */
function tagRuns(periods: readonly Period[], sources: ReadonlyArray<string | null>): string | undefined {
  const runs: Array<{ source: string; first: string; last: string }> = [];
  sources.forEach((source, k) => {
    if (source === null) return;
    const run = runs.at(-1);
    if (run && run.source === source) run.last = periods[k].label;
    else runs.push({ source, first: periods[k].label, last: periods[k].label });
  });
  if (new Set(runs.map((r) => r.source)).size < 2) return undefined;
  return `Tag changes: ${runs.map((r) => `${r.source} for ${r.first === r.last ? r.first : `${r.first} to ${r.last}`}`).join("; ")}.`;
}

export function seriesNotes(periods: readonly Period[], values: ReadonlyArray<Fact | null>, sources: ReadonlyArray<string | null>): string[] {
  const notes: string[] = [];
  const runs = tagRuns(periods, sources);
  if (runs) notes.push(runs);

  const restated: number[] = [];
  const rounded: number[] = [];
  let example: string | undefined;
  const coarse: number[] = [];
  let filedFigures = 0;
  values.forEach((fact, k) => {
    if (!fact) return;
    const p = fact.provenance as SecProvenance;
    if (p.restated) restated.push(k);
    if (p.rounded) {
      rounded.push(k);
      example ??= `${grouped(fact.value)} kept, ${grouped(p.rounded.value)} in the ${p.rounded.form} filed ${p.rounded.filed}`;
    }
    if (!p.derived) {
      filedFigures++;
      if (fact.value !== 0 && fact.value % 1e8 === 0) coarse.push(k);
    }
  });
  if (restated.length > 0) notes.push(`A later filing changed ${periodRuns(periods, restated)}: each keeps what was first reported (restated).`);
  if (rounded.length > 0) notes.push(`Given more precisely in one filing than in another (re-rounded, not restated) for ${periodRuns(periods, rounded)}: the more precise figure is kept (${example}).`);
  if (coarse.length > 0 && coarse.length * 2 >= filedFigures) {
    notes.push(`Figures of ${periodRuns(periods, coarse)} are round to $0.1 billion or coarser: the filing gives this line rounded (often in its notes).`);
  }
  return notes;
}
