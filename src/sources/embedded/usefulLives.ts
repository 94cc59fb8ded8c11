/**
 * Server useful-life changes the hyperscalers disclosed (accounting-policy notes), and the one
 * life each company's disclosure stands for (`Financials.disclosures.serverBookLife`): the book
 * life the depreciation flags and templates start from. Copied from the project's reference dataset.
 */
import type { Disclosures } from "../../model/financials";
import type { Ticker } from "./hyperscalers";

type BookLife = NonNullable<Disclosures["serverBookLife"]>;

export interface UsefulLifeChange {
  ticker: Ticker;
  /** The assets the change covers, in the company's words. */
  assets: string;
  fromYears: number;
  toYears: number;
  /** When the change took effect. */
  effective: string;
  /** "most" when it covers the bulk of servers; "subset" when only part of them. */
  scope: "most" | "subset";
  /** The effect the company disclosed (shared by the changes announced together). */
  disclosedEffect: string;
}

export const USEFUL_LIFE_CHANGES: readonly UsefulLifeChange[] = [
  {
    ticker: "MSFT",
    assets: "servers and network equipment",
    fromYears: 4,
    toYears: 6,
    effective: "FY2023",
    scope: "most",
    disclosedEffect: "about +$3.7B FY2023 operating income",
  },
  {
    ticker: "GOOGL",
    assets: "servers",
    fromYears: 4,
    toYears: 6,
    effective: "January 2023",
    scope: "most",
    disclosedEffect: "2023 depreciation -$3.9B, net income +$3.0B (with the network-equipment change)",
  },
  {
    ticker: "GOOGL",
    assets: "certain network equipment",
    fromYears: 5,
    toYears: 6,
    effective: "January 2023",
    scope: "subset",
    disclosedEffect: "2023 depreciation -$3.9B, net income +$3.0B (with the server change)",
  },
  {
    ticker: "AMZN",
    assets: "servers",
    fromYears: 5,
    toYears: 6,
    effective: "January 2024",
    scope: "most",
    disclosedEffect: "not restated here",
  },
  {
    ticker: "AMZN",
    assets: "a subset of servers and networking equipment",
    fromYears: 6,
    toYears: 5,
    effective: "January 2025",
    scope: "subset",
    disclosedEffect: "2025 operating income about -$0.7B from the shortening",
  },
  {
    ticker: "META",
    assets: "most servers and network assets",
    fromYears: 5,
    toYears: 5.5,
    effective: "January 2025",
    scope: "most",
    disclosedEffect: "2025 depreciation expected about -$2.9B",
  },
];

/**
 * The server book life a template starts from: the latest change covering most servers (a
 * change to a subset is mentioned, not applied, because one life has to stand for the fleet).
 */
export function serverBookLife(ticker: Ticker): BookLife | undefined {
  const changes = USEFUL_LIFE_CHANGES.filter((c) => c.ticker === ticker);
  const main = changes.filter((c) => c.scope === "most").at(-1);
  if (!main) return undefined;
  const subsets = changes.filter((c) => c.scope === "subset");
  const subsetText = subsets.map((c) => `; ${c.assets} ${c.fromYears} -> ${c.toYears} years from ${c.effective}`).join("");
  return {
    years: main.toYears,
    basis: `Disclosed: ${main.assets} ${main.fromYears} -> ${main.toYears} years from ${main.effective} (${main.disclosedEffect})${subsetText}.`,
  };
}
