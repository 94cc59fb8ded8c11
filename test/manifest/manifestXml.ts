/**
 * manifest.xml as a small element tree, parsed by xml2js (the parser office-addin-manifest
 * reads manifests with). Comments are dropped; attribute and element names keep their prefix.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseString } from "xml2js";

export const MANIFEST_PATH = resolve(__dirname, "../../manifest.xml");

export interface XmlElement {
  /** The name as written, e.g. "bt:Image". */
  readonly name: string;
  /** The name without its prefix, e.g. "Image". */
  readonly localName: string;
  readonly attrs: Readonly<Record<string, string>>;
  /** Trimmed text content of this element itself ("" if none). */
  readonly text: string;
  readonly children: readonly XmlElement[];
  readonly parent: XmlElement | null;
}

interface RawNode {
  "#name": string;
  $?: Record<string, string>;
  $$?: RawNode[];
  _?: string;
}

function convert(raw: RawNode, parent: XmlElement | null): XmlElement {
  const name = raw["#name"];
  const children: XmlElement[] = [];
  const el: XmlElement = {
    name,
    localName: name.includes(":") ? name.slice(name.indexOf(":") + 1) : name,
    attrs: { ...(raw.$ ?? {}) },
    text: typeof raw._ === "string" ? raw._ : "",
    children,
    parent,
  };
  for (const child of raw.$$ ?? []) children.push(convert(child, el));
  return el;
}

/** Parses XML text; throws on malformed XML. */
export function parseXml(xml: string): XmlElement {
  let parsed: unknown;
  let failure: Error | null = null;
  parseString(
    xml,
    { explicitChildren: true, preserveChildrenOrder: true, charsAsChildren: false, trim: true, explicitRoot: true, async: false },
    (err, result) => {
      failure = err;
      parsed = result;
    },
  );
  if (failure) throw failure;
  if (!parsed || typeof parsed !== "object") throw new Error("xml2js returned no document");
  const [root] = Object.values(parsed as Record<string, RawNode>);
  return convert(root, null);
}

export function readManifestXml(manifestPath = MANIFEST_PATH): string {
  return readFileSync(manifestPath, "utf8");
}

/** Every element below `el`, in document order (not `el` itself). */
export function descendants(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (node: XmlElement): void => {
    for (const child of node.children) {
      out.push(child);
      walk(child);
    }
  };
  walk(el);
  return out;
}

/** Elements reached from `el` by a "/"-separated path of local names, e.g. "VersionOverrides/Hosts/Host". */
export function select(el: XmlElement, path: string): XmlElement[] {
  let current: XmlElement[] = [el];
  for (const step of path.split("/")) {
    current = current.flatMap((node) => node.children.filter((c) => c.localName === step));
  }
  return current;
}

/** Where an element sits, for messages: "OfficeApp/VersionOverrides/.../Label". */
export function pathOf(el: XmlElement): string {
  const names: string[] = [];
  for (let node: XmlElement | null = el; node; node = node.parent) names.unshift(node.localName);
  return names.join("/");
}
