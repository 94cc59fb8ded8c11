/**
 * Builds the add-in as `npm run build` does (production mode), plus the preview (`--env preview`),
 * into its own folder, through the webpack API with the project's own config (buildPreview.js,
 * in a child process of its own: see there why).
 */
import { execFile } from "node:child_process";
import { resolve } from "node:path";

export const ROOT = resolve(__dirname, "../../..");

/** Builds into `outDir` (a folder of its own: never dist/, which other tests read). */
export function buildWithPreview(outDir: string): Promise<void> {
  return new Promise((done, fail) => {
    execFile(process.execPath, [resolve(__dirname, "buildPreview.js"), outDir], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error) fail(new Error(`the build with the preview failed:\n${stderr || error.message}`));
      else done();
    });
  });
}
