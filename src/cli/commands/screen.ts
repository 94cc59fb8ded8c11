/** `aiflag screen`: every company of SEC's companyfacts archive, flags ranked by SCORE (src/cli/screen). */
import type { Command } from "../io";
import { runScreen, SCREEN_USAGE } from "../screen/command";

export const SCREEN: Command = {
  name: "screen",
  summary: "every company of SEC's companyfacts archive (or a folder of files), ranked by SCORE",
  usage: SCREEN_USAGE,
  run: (argv, io) => runScreen(argv, io),
};
