/**
 * What a built page makes the browser download of the add-in's own JavaScript: the scripts its
 * HTML names from its own server (in order; office.js comes from Microsoft's CDN and is left
 * out), and the other chunks in the folder, which the pane loads later (its lazy panels).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** The local scripts of `page` (an .html file in `dir`), in the order the page loads them. */
export function pageScripts(dir: string, page: string): string[] {
  const html = readFileSync(join(dir, page), "utf8");
  // Quoted or not: the production build minifies the HTML (src=taskpane.js).
  return [...html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? m[3]).filter((src) => !/^[a-z]+:\/\//i.test(src)).map((src) => src.replace(/^\.?\//, ""));
}

/** Every .js file of the folder that no page names: the chunks loaded on demand. */
export function lazyChunks(dir: string, pages: readonly string[]): string[] {
  const named = new Set(pages.flatMap((p) => pageScripts(dir, p)));
  return readdirSync(dir)
    .filter((f) => f.endsWith(".js") && !named.has(f))
    .sort();
}

/** A file's size as a web server typically sends it: gzip at zlib's default level (6). */
export const gzipBytes = (path: string): number => gzipSync(readFileSync(path)).length;
