/**
 * How a flag's value reads wherever it is shown (the CLI table, the taskpane, the notes, the
 * templates' number formats): by the value kind its definition declares (src/core/format), and
 * for money by the units of the figures it came from. The core formats numbers without units
 * ("39,637.7"); here an amount becomes money ("$39.6B") once the scale is known:
 *
 * - `Financials.units.scale` says what one unit of a figure is (1e6: millions; 1: dollars as
 *   filed). A source that does not say (a block of the analyst's sheet) is shown as given.
 * - Money reads in billions from $1B, in millions from $1M, else in dollars; one decimal.
 * - A multiple reads as a multiple (0.70x), a share as a percentage, whatever the units. Pure.
 */
import { formatAmount, formatPlain } from "../core/format/numbers";
import { VALUE_KIND_FORMATS, type ValueKind } from "../core/format/valueKind";
import type { MoneyUnits } from "../model/financials";

/** "$" for US dollars, else the currency code and a space ("EUR "). */
export function currencyPrefix(currency: string): string {
  return currency === "USD" ? "$" : `${currency} `;
}

const oneDecimal = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** An amount in `units` as money: "$39.6B", "-$850.0M", "$12,500"; as given ("1,234.5") when the scale is unknown. */
export function moneyText(x: number, units: MoneyUnits): string {
  if (units.scale === undefined) return formatAmount(x);
  const amount = x * units.scale;
  const sign = amount < 0 ? "-" : "";
  const size = Math.abs(amount);
  const prefix = currencyPrefix(units.currency);
  if (size >= 1e9) return `${sign}${prefix}${oneDecimal.format(size / 1e9)}B`;
  if (size >= 1e6) return `${sign}${prefix}${oneDecimal.format(size / 1e6)}M`;
  return `${sign}${prefix}${whole.format(size)}`;
}

/** A value of `kind` in words: money by its units (when given), every other kind by the core's format. */
export function valueText(kind: ValueKind | undefined, x: number, units?: MoneyUnits): string {
  if (kind === "amount") return units ? moneyText(x, units) : formatAmount(x);
  return kind ? VALUE_KIND_FORMATS[kind].text(x) : formatPlain(x);
}

const SCALE_WORDS: ReadonlyMap<number, string> = new Map([
  [1, ""],
  [1e3, " thousands"],
  [1e6, " millions"],
  [1e9, " billions"],
]);

/** What a money figure is counted in: "USD millions", "USD"; undefined when the source does not say. */
export function moneyUnitText(units: MoneyUnits): string | undefined {
  if (units.scale === undefined) return undefined;
  const word = SCALE_WORDS.get(units.scale);
  return word === undefined ? `${units.currency} x ${formatPlain(units.scale)}` : `${units.currency}${word}`;
}

/**
 * An Excel number format for money cells holding amounts in millions of `currency`: "$39.6B"
 * from 39,637.7 when the amounts are in the billions (the comma after the digits divides by
 * 1,000, as Excel's number-format syntax defines it), "$850M" otherwise.
 */
export function excelMoneyFormat(currency: string, billions: boolean): string {
  const prefix = `"${currencyPrefix(currency)}"`;
  const body = billions ? `${prefix}#,##0.0,"B"` : `${prefix}#,##0"M"`;
  return `${body};-${body}`;
}
