import type { Fact } from "../../model/financials";

/** One item's figures across a run of periods, and which source of the table gave each. */
export interface Column {
  values: Array<Fact | null>;
  /** "us-gaap:Revenues", "us-gaap:A + us-gaap:B"; null where there is no figure. */
  sources: Array<string | null>;
}
