/**
 * `aiflag <command>`: the command-line tool, from the same core and analysis as the add-in. Each
 * command is one entry of COMMANDS, in its own file under `commands/`. Exit codes: 0 done,
 * 1 bad input file, 2 bad command line.
 */
import { InputError } from "../sources/csv";
import { REPORT } from "./commands/report";
import { SCREEN } from "./commands/screen";
import { SEC } from "./commands/sec";
import { UsageError, type Command, type Io } from "./io";

export type { Io } from "./io";

const COMMANDS: readonly Command[] = [REPORT, SEC, SCREEN];

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
    if (error instanceof InputError) {
      io.stderr.write(`aiflag: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
