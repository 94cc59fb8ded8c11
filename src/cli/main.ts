/**
 * `aiflag <command>`: the command-line tool, from the same core and analysis as the add-in. Each
 * command is one entry of COMMANDS, in its own file under `commands/`. Exit codes: 0 done,
 * 1 bad input file or SEC data that could not be had, 2 bad command line.
 */
import { InputError } from "../sources/csv";
import { REPORT } from "./commands/report";
import { SEC } from "./commands/sec";
import { SecDataError } from "../sources/sec";
import { SecFetchError } from "./sec/client";
import { UsageError, type Command, type Io } from "./io";

export type { Io } from "./io";

const COMMANDS: readonly Command[] = [REPORT, SEC];

const USAGE = COMMANDS.map((c) => c.usage).join("\n");

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    io.stdout.write(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`aiflag: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`aiflag: ${error.message}\n\n${command.usage}`);
      return 2;
    }
    // A bad input file, or SEC data that could not be had (`report --sec`): one plain sentence.
    if (error instanceof InputError || error instanceof SecDataError || error instanceof SecFetchError) {
      io.stderr.write(`aiflag: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
