/** `aiflag sec`: one company's line items from its SEC filings (src/cli/sec). */
import type { Command } from "../io";
import { runSec, SEC_USAGE } from "../sec/command";

export const SEC: Command = { name: "sec", usage: SEC_USAGE, run: (argv, io) => runSec(argv, io) };
