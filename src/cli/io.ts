import { parseArgs, type ParseArgsConfig } from "node:util";

/** What a command reads and writes, so the CLI runs in-process in tests; and its error kinds. */
export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  cwd: string;
}

/** A bad command line: the message and the command's usage are printed, exit code 2. */
export class UsageError extends Error {}

/** A file the command was asked to write and cannot: the message names it and says why, exit code 1. */
export class OutputError extends Error {}

/** `util.parseArgs` with its errors (an unknown option, a missing value) as UsageErrors. */
export function parseCommandLine<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** One `aiflag` command: `aiflag <name> ...`. */
export interface Command {
  name: string;
  /** One line for `aiflag --help`; the first line of `usage` when absent. */
  summary?: string;
  /** The full text `aiflag <name> --help` prints. */
  usage: string;
  /** Returns the exit code; throws UsageError, OutputError or a source's InputError for bad input. */
  run(argv: readonly string[], io: Io): Promise<number>;
}
