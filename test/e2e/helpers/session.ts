/**
 * A browser test file's session: the add-in built as for Excel plus the preview, into a folder of
 * the run's own (concurrent runs never share one), served on 127.0.0.1, and Debian's Chromium.
 * `close()` stops the browser and the server and removes the folder.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import { buildWithPreview, ROOT } from "./build";
import { launchChromium } from "./chromium";
import { serveStatic, type StaticServer } from "./server";

/** Where the browser tests put their screenshots (git-ignored). */
export const SHOTS = resolve(ROOT, "test-results/screenshots");

export interface Session {
  server: StaticServer;
  browser: Browser;
  /** How long the build and the start of the server and browser took. */
  timings: string;
  close(): Promise<void>;
}

export async function startSession(chromiumPath: string, folderPrefix: string): Promise<Session> {
  const dir = mkdtempSync(join(tmpdir(), folderPrefix));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  let t = Date.now();
  try {
    await buildWithPreview(dir);
  } catch (error) {
    remove();
    throw error;
  }
  const built = Date.now() - t;
  t = Date.now();
  const server = await serveStatic(dir);
  const browser = await launchChromium(chromiumPath);
  mkdirSync(SHOTS, { recursive: true });
  return {
    server,
    browser,
    timings: `build ${built} ms, server and browser ${Date.now() - t} ms`,
    close: async () => {
      await browser.close();
      await server.close();
      remove();
    },
  };
}
