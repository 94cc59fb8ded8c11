/**
 * Debian's Chromium (`apt-get install chromium`), never a browser downloaded by Playwright.
 * Launched headless with the flags that keep it from phoning home on its own.
 */
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
import { chromium, type Browser } from "playwright-core";

export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/** Why the browser tests skip where there is none. */
export const CHROMIUM_MISSING =
  `the browser tests need Debian's Chromium at ${DEBIAN_CHROMIUM} or \`chromium\` on PATH ` +
  "(apt-get install -y --no-install-recommends chromium); Playwright's own browsers are never downloaded.";

/** No sandbox (containers, root), no GPU, and no background traffic of the browser's own. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** /usr/bin/chromium, else `chromium` on PATH, else undefined. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (executable(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  for (const dir of (env.PATH ?? "").split(delimiter).filter(Boolean)) {
    const candidate = join(dir, "chromium");
    if (executable(candidate)) return candidate;
  }
  return undefined;
}

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
