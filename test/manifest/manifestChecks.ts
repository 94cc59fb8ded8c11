/**
 * Cross-checks of the manifest that the XSD cannot express. Each check returns a list of
 * problems (empty when the manifest is right), so that tests can also feed it broken copies.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { descendants, parseXml, pathOf, select, type XmlElement } from "./manifestXml";
import { fileOnBase, isEmittedFile, manifestUrlsFromXml } from "./manifestUrls";

export type ResourceSection = "Images" | "Urls" | "ShortStrings" | "LongStrings";
const SECTIONS: readonly ResourceSection[] = ["Images", "Urls", "ShortStrings", "LongStrings"];

/** Which resource section an element's resid must point into, by the element's local name. */
const REFERENCE_SECTION: Readonly<Record<string, ResourceSection>> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Runtime: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
};

export interface ResourceDef {
  readonly id: string;
  readonly section: ResourceSection;
  readonly value: string;
}

function resourcesOf(root: XmlElement): ResourceDef[] {
  const defs: ResourceDef[] = [];
  for (const resources of select(root, "VersionOverrides/Resources")) {
    for (const section of resources.children) {
      if (!(SECTIONS as readonly string[]).includes(section.localName)) continue;
      for (const item of section.children) {
        defs.push({ id: item.attrs.id ?? "", section: section.localName as ResourceSection, value: item.attrs.DefaultValue ?? "" });
      }
    }
  }
  return defs;
}

/** The DefaultValue of the resource `id` in `section` (undefined unless defined exactly once there). */
export function resourceValue(root: XmlElement, section: ResourceSection, id: string | undefined): string | undefined {
  const hits = resourcesOf(root).filter((d) => d.section === section && d.id === id);
  return hits.length === 1 ? hits[0].value : undefined;
}

/** Every resid is defined exactly once, in the section its element needs; every defined id is used. */
export function checkResids(root: XmlElement): string[] {
  const problems: string[] = [];
  const defs = resourcesOf(root);
  const refs = descendants(root).filter((el) => el.attrs.resid !== undefined);
  for (const ref of refs) {
    const resid = ref.attrs.resid;
    const at = `${pathOf(ref)} resid="${resid}"`;
    const matching = defs.filter((d) => d.id === resid);
    const wanted = REFERENCE_SECTION[ref.localName];
    if (!wanted) problems.push(`${at}: no rule for which resource section a <${ref.localName}> refers to`);
    if (matching.length === 0) problems.push(`${at}: not defined in <Resources>`);
    else if (matching.length > 1) problems.push(`${at}: defined ${matching.length} times in <Resources>`);
    else if (wanted && matching[0].section !== wanted) problems.push(`${at}: defined in bt:${matching[0].section}, expected bt:${wanted}`);
  }
  const used = new Set(refs.map((r) => r.attrs.resid));
  for (const def of defs) {
    if (!def.id) problems.push(`a bt:${def.section} entry has no id`);
    else if (!used.has(def.id)) problems.push(`bt:${def.section} id="${def.id}" is defined but never used`);
  }
  return problems;
}

function customFunctionsPoints(root: XmlElement): XmlElement[] {
  return select(root, "VersionOverrides/Hosts/Host/AllFormFactors/ExtensionPoint").filter((e) => e.attrs["xsi:type"] === "CustomFunctions");
}

/** The custom functions point at functions.js / functions.json and their namespace is `namespace`. */
export function checkCustomFunctions(root: XmlElement, namespace: string): string[] {
  const problems: string[] = [];
  const points = customFunctionsPoints(root);
  if (points.length !== 1) return [`expected one CustomFunctions ExtensionPoint under AllFormFactors, found ${points.length}`];
  const [cf] = points;
  const url = (path: string): string | undefined => resourceValue(root, "Urls", select(cf, path)[0]?.attrs.resid);
  if (!url("Script/SourceLocation")?.endsWith("/functions.js")) problems.push(`CustomFunctions Script is ${url("Script/SourceLocation")}, expected .../functions.js`);
  if (!url("Metadata/SourceLocation")?.endsWith("/functions.json")) problems.push(`CustomFunctions Metadata is ${url("Metadata/SourceLocation")}, expected .../functions.json`);
  const ns = resourceValue(root, "ShortStrings", select(cf, "Namespace")[0]?.attrs.resid);
  if (ns !== namespace) problems.push(`CustomFunctions Namespace resolves to ${JSON.stringify(ns)}, expected ${JSON.stringify(namespace)}`);
  return problems;
}

/**
 * Shared runtime: <Runtimes> first inside the one <Host>, one Runtime with lifetime="long", and
 * its resid is the one used by the CustomFunctions Page, every FunctionFile and every
 * ShowTaskpane action; the base manifest requires SharedRuntime and opens the same page.
 */
export function checkSharedRuntime(root: XmlElement): string[] {
  const problems: string[] = [];
  const hosts = select(root, "VersionOverrides/Hosts/Host");
  if (hosts.length !== 1) return [`expected one VersionOverrides Host, found ${hosts.length}`];
  const [host] = hosts;
  if (host.attrs["xsi:type"] !== "Workbook") problems.push(`Host xsi:type is ${host.attrs["xsi:type"]}, expected Workbook`);
  if (host.children[0]?.localName !== "Runtimes") problems.push(`<Runtimes> must be the first child of <Host>, found <${host.children[0]?.localName}>`);
  const runtimes = select(host, "Runtimes/Runtime");
  if (runtimes.length !== 1) return [...problems, `expected one <Runtime>, found ${runtimes.length}`];
  const [runtime] = runtimes;
  const resid = runtime.attrs.resid;
  if (runtime.attrs.lifetime !== "long") problems.push(`Runtime lifetime is ${JSON.stringify(runtime.attrs.lifetime)}, expected "long"`);

  const users: Array<[string, XmlElement[]]> = [
    ["CustomFunctions Page SourceLocation", customFunctionsPoints(root).flatMap((cf) => select(cf, "Page/SourceLocation"))],
    ["FunctionFile", descendants(host).filter((e) => e.localName === "FunctionFile")],
    [
      "ShowTaskpane SourceLocation",
      descendants(host)
        .filter((e) => e.localName === "Action" && e.attrs["xsi:type"] === "ShowTaskpane")
        .flatMap((a) => select(a, "SourceLocation")),
    ],
  ];
  for (const [what, els] of users) {
    if (els.length === 0) problems.push(`no ${what} found`);
    for (const el of els) {
      if (el.attrs.resid !== resid) problems.push(`${what} resid="${el.attrs.resid}" differs from the Runtime resid="${resid}"`);
    }
  }

  const sets = select(root, "Requirements/Sets/Set").map((s) => s.attrs.Name);
  if (!sets.includes("SharedRuntime")) problems.push(`the base manifest's <Requirements> does not require SharedRuntime (has: ${sets.join(", ") || "none"})`);
  const page = resourceValue(root, "Urls", resid);
  const defaultPage = select(root, "DefaultSettings/SourceLocation")[0]?.attrs.DefaultValue;
  if (page === undefined || defaultPage !== page) problems.push(`DefaultSettings SourceLocation ${defaultPage} differs from the runtime page ${page}`);
  return problems;
}

/** A button on the Home tab, in its own group labelled `label`, opens the taskpane. */
export function checkRibbon(root: XmlElement, label: string): string[] {
  const problems: string[] = [];
  const tabs = descendants(root).filter((e) => e.localName === "OfficeTab" && e.attrs.id === "TabHome");
  if (tabs.length !== 1) return [`expected one <OfficeTab id="TabHome">, found ${tabs.length}`];
  const groups = select(tabs[0], "Group");
  if (groups.length !== 1) return [`expected one Group on the Home tab, found ${groups.length}`];
  const groupLabel = resourceValue(root, "ShortStrings", select(groups[0], "Label")[0]?.attrs.resid);
  if (groupLabel !== label) problems.push(`Group label is ${JSON.stringify(groupLabel)}, expected ${JSON.stringify(label)}`);
  const buttons = select(groups[0], "Control").filter((c) => c.attrs["xsi:type"] === "Button");
  const opens = buttons.filter((b) => select(b, "Action").some((a) => a.attrs["xsi:type"] === "ShowTaskpane" && select(a, "TaskpaneId")[0]?.text));
  if (opens.length === 0) problems.push("no Button with a ShowTaskpane action and a TaskpaneId in the group");
  return problems;
}

/** Width and height from a PNG's IHDR chunk; undefined if the file is not a PNG. */
export function pngSize(file: string): { width: number; height: number } | undefined {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString("latin1", 12, 16) !== "IHDR") return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Every URL starts with `base` + "/" and names a file the build emits; the assets it names
 * exist in `assetsDir`. The raw text holds the base exactly once per URL and no other
 * "localhost", so the production build's replace-all rewrites every URL and nothing else.
 */
export function checkUrls(xml: string, base: string, assetsDir: string): string[] {
  const problems: string[] = [];
  const urls = manifestUrlsFromXml(xml);
  if (urls.length === 0) problems.push("no URLs found");
  for (const { where, url } of urls) {
    const file = fileOnBase(url, base);
    if (file === undefined) problems.push(`${where}: ${url} does not start with ${base}/`);
    else if (!isEmittedFile(file)) problems.push(`${where}: ${url} names ${file}, not a file the build emits`);
    else if (file.startsWith("assets/") && !existsSync(join(assetsDir, file.slice("assets/".length)))) problems.push(`${where}: ${file} does not exist in ${assetsDir}`);
  }
  const count = (needle: string): number => xml.split(needle).length - 1;
  const hostName = new URL(base).hostname;
  if (count(base) !== urls.length) problems.push(`the text holds ${base} ${count(base)} times for ${urls.length} URLs`);
  if (count(hostName) !== count(base)) problems.push(`"${hostName}" occurs ${count(hostName)} times but ${base} only ${count(base)} times`);
  return problems;
}

/**
 * The sizes Microsoft Learn gives for a task pane add-in: "IconUrl element" (32 x 32 pixels) and
 * "HighResolutionIconUrl element" (64 x 64 pixels, for high-DPI screens); Microsoft's add-in
 * templates ship icon-32.png and icon-64.png for them.
 */
export const ICON_URL_SIZE = 32;
export const HIGH_RESOLUTION_ICON_SIZE = 64;

/**
 * Icons: every bt:Image of an <Icon> list has the pixel size its `size` says; IconUrl and
 * HighResolutionIconUrl are square PNGs of `iconUrlSize` and `highResSize`.
 */
export function checkIcons(root: XmlElement, base: string, assetsDir: string, iconUrlSize: number, highResSize: number): string[] {
  const problems: string[] = [];
  const sizeOf = (url: string | undefined): { width: number; height: number } | undefined => {
    const file = url === undefined ? undefined : fileOnBase(url, base);
    if (!file?.startsWith("assets/")) return undefined;
    const path = join(assetsDir, file.slice("assets/".length));
    return existsSync(path) ? pngSize(path) : undefined;
  };
  const iconRefs = descendants(root).filter((e) => e.localName === "Image" && e.parent?.localName === "Icon");
  if (iconRefs.length === 0) problems.push("no <Icon> images found");
  for (const img of iconRefs) {
    const want = Number(img.attrs.size);
    const url = resourceValue(root, "Images", img.attrs.resid);
    const got = sizeOf(url);
    if (!got || got.width !== want || got.height !== want) problems.push(`${pathOf(img)} size="${img.attrs.size}" resid="${img.attrs.resid}": ${url} is ${got ? `${got.width}x${got.height}` : "not a readable PNG in assets/"}`);
  }
  for (const [name, want] of [["IconUrl", iconUrlSize], ["HighResolutionIconUrl", highResSize]] as const) {
    const url = select(root, name)[0]?.attrs.DefaultValue;
    const got = sizeOf(url);
    if (!got || got.width !== want || got.height !== want) problems.push(`${name} ${url} is ${got ? `${got.width}x${got.height}` : "not a readable PNG in assets/"}, expected ${want}x${want}`);
  }
  return problems;
}

/** All cross-checks of this project's manifest at once. */
export function checkManifest(xml: string, opts: { base: string; assetsDir: string; namespace: string; groupLabel: string }): string[] {
  const root = parseXml(xml);
  return [
    ...checkResids(root),
    ...checkCustomFunctions(root, opts.namespace),
    ...checkSharedRuntime(root),
    ...checkRibbon(root, opts.groupLabel),
    ...checkUrls(xml, opts.base, opts.assetsDir),
    ...checkIcons(root, opts.base, opts.assetsDir, ICON_URL_SIZE, HIGH_RESOLUTION_ICON_SIZE),
  ];
}
