/** `aiflag sec`: one company's line items from its SEC filings (src/cli/sec). */
import type { Command } from "../io";
import { runSec, SEC_USAGE } from "../sec/command";

export const SEC: Command = {
  name: "sec",
  summary: "one company's line items from its SEC filings (companyfacts), by fiscal year, quarter or trailing twelve months",
  usage: SEC_USAGE,
  run: (argv, io) => runSec(argv, io),
};
