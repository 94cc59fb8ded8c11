import { randomBytes } from "node:crypto";
import { renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Writes a file so that it is either whole or absent: the bytes go to a temporary file beside
 * the target, which is renamed over it only once complete (a rename is atomic on one volume).
 */
export async function writeAtomically(target: string, produce: (tempPath: string) => Promise<void> | void): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await produce(temp);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
