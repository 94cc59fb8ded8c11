import { randomBytes } from "node:crypto";
import { renameSync, rmSync, statSync, type Stats } from "node:fs";
import { basename, dirname, join } from "node:path";
import { OutputError } from "../io";

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Checks that `target` can be written before any work is done: its folder exists, and the file
 * does not, unless `force` allows replacing it. Messages name the paths as the user gave them
 * (`shown`). Returns whether an existing file will be replaced.
 */
export function checkTarget(target: string, shown: string, force: boolean): { replaces: boolean } {
  const folder = statOrUndefined(dirname(target));
  if (!folder) throw new OutputError(`cannot write ${shown}: the folder ${dirname(shown)} does not exist`);
  if (!folder.isDirectory()) throw new OutputError(`cannot write ${shown}: ${dirname(shown)} is a file, not a folder`);
  const existing = statOrUndefined(target);
  if (existing?.isDirectory()) throw new OutputError(`cannot write ${shown}: it is a folder`);
  if (existing && !force) throw new OutputError(`${shown} already exists; add --force to replace it`);
  return { replaces: existing !== undefined };
}

/**
 * Writes a file so that it is either whole or absent: the bytes go to a temporary file beside
 * the target, which is renamed over it only once complete (a rename is atomic on one volume).
 * A failure names the target (`shown`, as the user gave it), never the temporary file.
 */
export async function writeAtomically(target: string, produce: (tempPath: string) => Promise<void> | void, shown = target): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await produce(temp);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" && !statOrUndefined(dirname(target))) throw new OutputError(`cannot write ${shown}: the folder ${dirname(shown)} does not exist`);
    if (typeof code === "string") throw new OutputError(`cannot write ${shown} (${code})`);
    throw error;
  }
}
