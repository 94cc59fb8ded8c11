/**
 * `../shared`: a read-only folder of reference data beside the clone on CI and developer machines
 * (the Office manifest schemas, the CSVs the embedded dataset was copied from). The project never
 * needs it to build, run or pass its tests: the few tests that read it cross-check a copy against
 * its source, and skip, saying why, where it is absent. `AIFLAG_SHARED_DIR` points at it from
 * elsewhere (a worktree whose parent folder has none).
 */
import { resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");

export const SHARED_DIR = process.env.AIFLAG_SHARED_DIR ? resolve(process.env.AIFLAG_SHARED_DIR) : resolve(ROOT, "../shared");

/** A path inside the shared folder. */
export function sharedPath(...parts: string[]): string {
  return resolve(SHARED_DIR, ...parts);
}
