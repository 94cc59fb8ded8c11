/**
 * The URLs a manifest points at, and the files they name relative to the base URL.
 * Used by the manifest tests and by the build test (every file named by dist/manifest.xml
 * must exist in dist/ after a production build).
 */
import { descendants, parseXml, pathOf, readManifestXml, type XmlElement } from "./manifestXml";

export { MANIFEST_PATH } from "./manifestXml";

/** The development base; the production build replaces every occurrence of it. */
export const DEV_BASE_URL = "https://localhost:3000";

/** The files the build emits that a manifest may point at (besides assets/*.png). */
export const EMITTED_FILES: readonly string[] = ["taskpane.html", "functions.js", "functions.json", "help.html"];

export interface ManifestUrl {
  /** Where the URL was found, e.g. "OfficeApp/IconUrl@DefaultValue" or ".../Url[Taskpane.Url]@DefaultValue". */
  readonly where: string;
  readonly url: string;
}

const URL_PATTERN = /^[a-z][a-z0-9+.-]*:\/\//i;

function where(el: XmlElement, attr?: string): string {
  const id = el.attrs.id ? `[${el.attrs.id}]` : "";
  return `${pathOf(el)}${id}${attr ? `@${attr}` : ""}`;
}

/**
 * Every URL in a manifest: any attribute value or element text that starts with a scheme
 * ("https://..."), so DefaultValue, Override Value and AppDomain alike. Namespace
 * declarations (xmlns, xmlns:*) are not URLs the add-in loads and are left out.
 */
export function manifestUrlsFromXml(xml: string): ManifestUrl[] {
  const root = parseXml(xml);
  const out: ManifestUrl[] = [];
  for (const el of [root, ...descendants(root)]) {
    for (const [attr, value] of Object.entries(el.attrs)) {
      if (attr === "xmlns" || attr.startsWith("xmlns:")) continue;
      if (URL_PATTERN.test(value.trim())) out.push({ where: where(el, attr), url: value.trim() });
    }
    if (URL_PATTERN.test(el.text)) out.push({ where: where(el), url: el.text });
  }
  return out;
}

/** The URLs of manifest.xml at the repository root (or of the manifest at `manifestPath`). */
export function readManifestUrls(manifestPath?: string): ManifestUrl[] {
  return manifestUrlsFromXml(readManifestXml(manifestPath));
}

/**
 * The file a URL names relative to `base` ("taskpane.html", "assets/icon-16.png"), without
 * query or fragment; undefined when the URL is not under `base` + "/".
 */
export function fileOnBase(url: string, base: string = DEV_BASE_URL): string | undefined {
  const prefix = `${base.replace(/\/+$/, "")}/`;
  if (!url.startsWith(prefix)) return undefined;
  return url.slice(prefix.length).replace(/[?#].*$/, "");
}

/** True for the files the build emits: EMITTED_FILES and assets/*.png (copied from assets/). */
export function isEmittedFile(file: string): boolean {
  return EMITTED_FILES.includes(file) || /^assets\/[A-Za-z0-9._-]+\.png$/.test(file);
}

/**
 * The distinct files a manifest's URLs name, relative to `base`: what dist/ must contain.
 * Throws if a URL is not under `base`.
 */
export function manifestFiles(xml: string, base: string = DEV_BASE_URL): string[] {
  const files = manifestUrlsFromXml(xml).map(({ where: at, url }) => {
    const file = fileOnBase(url, base);
    if (file === undefined) throw new Error(`${at}: ${url} is not under ${base}/`);
    return file;
  });
  return [...new Set(files)].sort();
}
