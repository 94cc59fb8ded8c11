/**
 * What the "SEC data" sheet says about one figure: how the grid marks it (a number format that
 * ends in "*" for a derived figure and "r" for a restated one, as `aiflag sec` prints them) and
 * the words of its sources row (where it was filed, what was first reported, how it was derived,
 * where it was re-rounded). Pure; reads only the figure's provenance.
 */
import { formatAmount } from "../../core/format/numbers";
import type { Fact, Provenance, SecProvenance } from "../../model/financials";
import { MONEY_FORMAT } from "../formats";

/** The provenance of an SEC figure, or undefined for a figure from another source. */
export function secProvenance(fact: Fact): SecProvenance | undefined {
  return fact.provenance.source === "sec" ? fact.provenance : undefined;
}

/**
 * True when the figure kept is the one a later filing changed (the "as first reported" basis):
 * its `restated` mark then names the kept filing itself.
 */
function keptIsFirst(p: SecProvenance): boolean {
  return p.restated !== undefined && p.restated.accn === p.accn && p.restated.filed === p.filed;
}

/** A money format with the figure's marks as literal suffixes: `#,##0"*r";(#,##0)"*r"`. */
export function markedMoneyFormat(fact: Fact): string {
  const p = secProvenance(fact);
  const suffix = `${p?.derived ? "*" : ""}${p?.restated ? "r" : ""}`;
  if (suffix === "") return MONEY_FORMAT;
  return MONEY_FORMAT.split(";")
    .map((section) => `${section}"${suffix}"`)
    .join(";");
}

/** "10-K filed 2025-07-30, accession 0000950170-25-100235". */
export function filingText(where: { form: string; filed: string; accn: string }): string {
  return `${where.form} filed ${where.filed}, accession ${where.accn}`;
}

/** The first-reported figure, in the shown scale, when a later filing changed the kept one; else null. */
export function firstReported(fact: Fact, toShown: (amount: number) => number): number | null {
  const p = secProvenance(fact);
  if (!p?.restated || keptIsFirst(p)) return null;
  return toShown(p.restated.original);
}

/** What a source that is not SEC's says, in a few words. */
function otherSource(p: Exclude<Provenance, SecProvenance>): string {
  switch (p.source) {
    case "derived":
      return `Computed: ${p.formula}.`;
    case "dataset":
      return `From ${p.reference}.`;
    case "csv":
      return `From ${p.file}, line ${p.line}, column ${p.column}.`;
    case "cell":
      return `From the sheet ${p.sheet}.`;
    case "analyst":
      return p.note ? `Entered by the analyst: ${p.note}.` : "Entered by the analyst.";
  }
}

/**
 * The note of a sources row, in sentences: how a derived figure was computed, what a restated
 * figure first was (or, as first reported, that a later filing changed it), and a re-rounding.
 * Amounts as filed, in `currency`.
 */
export function factNote(fact: Fact, currency: string): string {
  if (fact.provenance.source !== "sec") return otherSource(fact.provenance);
  const p = fact.provenance;
  const parts: string[] = [];
  if (p.derived) parts.push(`Derived: ${p.derived}.`);
  if (p.restated) {
    parts.push(
      keptIsFirst(p)
        ? "Restated: a later filing changed this figure; this is the one first reported."
        : `Restated: first reported as ${formatAmount(p.restated.original)} ${currency} in the ${filingText(p.restated)}.`,
    );
  }
  if (p.rounded) {
    parts.push(
      `Re-rounded, not restated: the ${filingText(p.rounded)} gives ${formatAmount(p.rounded.value)} ${currency}; the more precise ${formatAmount(fact.value)} is kept.`,
    );
  }
  return parts.join(" ");
}
