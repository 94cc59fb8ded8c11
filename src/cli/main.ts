/**
 * `aiflag <command>`: the command-line tool, from the same core and analysis as the add-in. Each
 * command is one entry of COMMANDS, in its own file under `commands/`; `--help` and the error
 * handling below apply to every entry. Exit codes: 0 done, 1 a file could not be read or
 * written, or SEC data could not be had, 2 bad command line.
 */
import packageJson from "../../package.json";
import { InputError } from "../sources/csv";
import { REPORT } from "./commands/report";
import { SCREEN } from "./commands/screen";
import { SEC } from "./commands/sec";
import { SecDataError } from "../sources/sec";
import { SecFetchError } from "./sec/client";
import { OutputError, UsageError, type Command, type Io } from "./io";

export type { Io } from "./io";

export const COMMANDS: readonly Command[] = [REPORT, SEC, SCREEN];

const HELP = ["--help", "-h"];

const summaryOf = (c: Command) => c.summary ?? c.usage.split("\n")[0];

export const OVERVIEW = [
  `aiflag ${packageJson.version}: the warning signs of AI spending in company financial statements.`,
  "",
  "Usage: aiflag <command> [options]",
  "",
  "Commands:",
  ...COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${summaryOf(c)}`),
  "",
  "aiflag <command> --help   that command's options",
  "aiflag --version          the version",
  "",
].join("\n");

/** Whether a command's arguments ask for its help (options after "--" are file names, not flags). */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf("--");
  return (end === -1 ? args : args.slice(0, end)).some((a) => HELP.includes(a));
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr.write(OVERVIEW);
    return 2;
  }
  if (name === "--version" || name === "-v" || name === "version") {
    io.stdout.write(`${packageJson.version}\n`);
    return 0;
  }
  if (HELP.includes(name) || (name === "help" && rest.length === 0)) {
    io.stdout.write(OVERVIEW);
    return 0;
  }
  const wanted = name === "help" ? rest[0] : name;
  const command = COMMANDS.find((c) => c.name === wanted);
  if (!command) {
    io.stderr.write(`aiflag: unknown command "${wanted}"\n\n${OVERVIEW}`);
    return 2;
  }
  if (name === "help" || asksForHelp(rest)) {
    io.stdout.write(command.usage);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`aiflag ${command.name}: ${error.message}\n\n${command.usage}`);
      return 2;
    }
    // A bad input file, a file that cannot be written, or SEC data that could not be had: one plain sentence.
    if (error instanceof InputError || error instanceof OutputError || error instanceof SecDataError || error instanceof SecFetchError) {
      io.stderr.write(`aiflag ${command.name}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
