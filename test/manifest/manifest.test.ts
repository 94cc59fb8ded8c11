/**
 * manifest.xml, checked offline three ways:
 *  1. XSD validation (xmllint-wasm) against the OfficeApp 1.1 schemas in ../shared/office-manifest-xsd
 *     (beside the repository on CI and developer machines, or AIFLAG_SHARED_DIR; skipped, saying
 *     why in the run's summary, where absent);
 *  2. cross-checks the schemas cannot express (resids, shared runtime, namespace, URLs, icons);
 *  3. office-addin-manifest's own reader (Microsoft's parser) reads it.
 * Every check is also run on deliberately broken copies, to show that it can fail.
 * The online check is `npm run validate` (it posts the manifest to a Microsoft service).
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { ManifestInfo } from "office-addin-manifest/lib/manifestInfo";
import { validateXML, type XMLValidationResult } from "xmllint-wasm";
import {
  checkCustomFunctions,
  checkIcons,
  checkManifest,
  checkResids,
  checkRibbon,
  checkSharedRuntime,
  checkUrls,
  HIGH_RESOLUTION_ICON_SIZE,
  ICON_URL_SIZE,
  resourceValue,
} from "./manifestChecks";
import { parseXml, readManifestXml, select, type XmlElement } from "./manifestXml";
import { DEV_BASE_URL, fileOnBase, manifestFiles, manifestUrlsFromXml, MANIFEST_PATH, readManifestUrls } from "./manifestUrls";
import { sharedPath } from "../helpers/shared";
import { skipBecause } from "../helpers/skip";

const ROOT = resolve(__dirname, "../..");
const ASSETS = resolve(ROOT, "assets");
const NAMESPACE = "AIFLAG";
const OPTS = { base: DEV_BASE_URL, assetsDir: ASSETS, namespace: NAMESPACE, groupLabel: "AIFLAG" };

const xml = readManifestXml();
const root = parseXml(xml);

/** Replaces `from` in `source` (the manifest by default); fails if it is not there, as a no-op copy would prove nothing. */
function mutate(from: string | RegExp, to: string, source: string = xml): string {
  const out = source.replace(from, to);
  if (out === source) throw new Error(`mutation found nothing to replace: ${String(from)}`);
  return out;
}

/** Moves <Runtimes>...</Runtimes> from first inside <Host> to after </AllFormFactors>. */
function runtimesAfterAllFormFactors(source: string): string {
  const block = /\s*<Runtimes>[\s\S]*?<\/Runtimes>/.exec(source)?.[0];
  if (!block) throw new Error("no <Runtimes> block");
  return mutate("</AllFormFactors>", `</AllFormFactors>${block}`, mutate(block, "", source));
}

// ---------------------------------------------------------------------------------------------
// 1. XSD validation
// ---------------------------------------------------------------------------------------------
const XSD_DIR = sharedPath("office-manifest-xsd");
const MAIN_XSD = "OfficeAppManifestV1_1.xsd";
const haveXsd = existsSync(join(XSD_DIR, MAIN_XSD));
const requireXsd = process.env.AIFLAG_REQUIRE_XSD === "1";
if (!haveXsd) {
  skipBecause(
    `the XSD validation of manifest.xml needs ${join(XSD_DIR, MAIN_XSD)}, which is absent ` +
      `(the schemas live in ../shared/office-manifest-xsd beside the repository on CI and developer machines; set AIFLAG_SHARED_DIR to use a copy elsewhere). ` +
      `The cross-checks and office-addin-manifest tests still run. Set AIFLAG_REQUIRE_XSD=1 to make this a failure.`,
  );
}
const xsdTest = haveXsd ? test : test.skip;

function validateAgainstXsd(source: string): Promise<XMLValidationResult> {
  const read = (name: string): { fileName: string; contents: string } => ({ fileName: name, contents: readFileSync(join(XSD_DIR, name), "utf8") });
  const others = readdirSync(XSD_DIR).filter((f) => f.endsWith(".xsd") && f !== MAIN_XSD);
  return validateXML({ xml: { fileName: "manifest.xml", contents: source }, schema: read(MAIN_XSD), preload: others.map(read) });
}

describe("XSD validation (OfficeApp 1.1 schemas, xmllint-wasm)", () => {
  if (requireXsd && !haveXsd) {
    test("the XSD folder is present (AIFLAG_REQUIRE_XSD=1)", () => {
      throw new Error(`${XSD_DIR} is missing`);
    });
  }

  xsdTest("manifest.xml validates", async () => {
    const result = await validateAgainstXsd(xml);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  const broken: Array<[string, () => string, RegExp]> = [
    ["<Runtimes> after <AllFormFactors>", () => runtimesAfterAllFormFactors(xml), /Runtimes': This element is not expected/],
    ["an unknown Permissions value", () => mutate("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadWriteEverything</Permissions>"), /Permissions': \[facet 'enumeration'\]/],
    ["no <Id>", () => mutate(/\s*<Id>[^<]*<\/Id>/, ""), /Expected is \( \{[^}]+\}Id \)/],
    ["a five-part <Version>", () => mutate("<Version>1.0.0.0</Version>", "<Version>1.0.0.0.0</Version>"), /Version': \[facet 'pattern'\]/],
    ["a misspelled element", () => mutate(/(<\/?)Supertip>/g, "$1SuperTip>"), /SuperTip': This element is not expected/],
    ["a resid longer than 32 characters", () => mutate('resid="Group.Label"', `resid="${"G".repeat(33)}"`), /attribute 'resid': \[facet 'maxLength'\]/],
  ];
  xsdTest.each(broken)("rejects a copy with %s", async (_what, make, mentions) => {
    const result = await validateAgainstXsd(make());
    expect(result.valid).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.rawOutput).toMatch(mentions);
    // A schema verdict, not a copy that merely failed to parse.
    expect(result.rawOutput).toMatch(/Schemas validity error/);
    expect(result.rawOutput).not.toMatch(/parser error/);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Cross-checks
// ---------------------------------------------------------------------------------------------
describe("cross-checks", () => {
  test("every resid is defined exactly once, in the right bt: section, and every defined id is used", () => {
    expect(checkResids(root)).toEqual([]);
  });

  test(`custom functions: functions.js, functions.json, namespace "${NAMESPACE}"`, () => {
    expect(checkCustomFunctions(root, NAMESPACE)).toEqual([]);
    const cf = select(root, "VersionOverrides/Hosts/Host/AllFormFactors/ExtensionPoint")[0];
    expect(resourceValue(root, "ShortStrings", select(cf, "Namespace")[0].attrs.resid)).toBe("AIFLAG");
  });

  test("shared runtime: one long-lived Runtime, first in <Host>, its resid used by the Page, FunctionFile and taskpane action", () => {
    expect(checkSharedRuntime(root)).toEqual([]);
    const [runtime] = select(root, "VersionOverrides/Hosts/Host/Runtimes/Runtime");
    expect(runtime.attrs).toEqual({ resid: "Taskpane.Url", lifetime: "long" });
    expect(resourceValue(root, "Urls", "Taskpane.Url")).toBe(`${DEV_BASE_URL}/taskpane.html`);
  });

  test("requirement sets: the base manifest requires SharedRuntime 1.1 and nothing else; VersionOverrides adds none", () => {
    const sets = (el: XmlElement): Array<Record<string, string>> => select(el, "Requirements/Sets/Set").map((s) => ({ ...s.attrs }));
    expect(sets(root)).toEqual([{ Name: "SharedRuntime", MinVersion: "1.1" }]);
    expect(select(root, "VersionOverrides/Requirements")).toEqual([]);
  });

  test("ribbon: a button in its own AIFLAG group on the Home tab opens the taskpane", () => {
    expect(checkRibbon(root, "AIFLAG")).toEqual([]);
  });

  test(`every URL starts with ${DEV_BASE_URL}/ and names a file the build emits (assets exist)`, () => {
    expect(checkUrls(xml, DEV_BASE_URL, ASSETS)).toEqual([]);
  });

  test("icons: PNGs of the sizes the manifest declares (buttons 16/32/80) and the docs give a task pane add-in (IconUrl 32, HighResolutionIconUrl 64)", () => {
    expect([ICON_URL_SIZE, HIGH_RESOLUTION_ICON_SIZE]).toEqual([32, 64]);
    expect(checkIcons(root, DEV_BASE_URL, ASSETS, ICON_URL_SIZE, HIGH_RESOLUTION_ICON_SIZE)).toEqual([]);
  });

  test("the manifest's files are exactly the build's pages, scripts, metadata and icons", () => {
    expect(manifestFiles(xml)).toEqual([
      "assets/icon-16.png",
      "assets/icon-32.png",
      "assets/icon-64.png",
      "assets/icon-80.png",
      "functions.js",
      "functions.json",
      "help.html",
      "taskpane.html",
    ]);
  });

  test("after the production build's replace-all of the base, every URL is on the new base and names the same file", () => {
    const prodBase = "https://aiflag.example.com";
    const rebased = xml.split(DEV_BASE_URL).join(prodBase);
    expect(rebased).not.toContain("localhost");
    expect(manifestFiles(rebased, prodBase)).toEqual(manifestFiles(xml));
    expect(checkManifest(rebased, { ...OPTS, base: prodBase })).toEqual([]);
  });

  test("manifestUrls: readManifestUrls and fileOnBase", () => {
    const urls = readManifestUrls(MANIFEST_PATH);
    expect(urls).toEqual(manifestUrlsFromXml(xml));
    expect(urls).toContainEqual({ where: "OfficeApp/SupportUrl@DefaultValue", url: `${DEV_BASE_URL}/help.html` });
    expect(fileOnBase(`${DEV_BASE_URL}/help.html#grossmargingap`)).toBe("help.html");
    expect(fileOnBase("https://localhost:30000/help.html")).toBeUndefined();
    expect(fileOnBase("http://localhost:3000/help.html")).toBeUndefined();
  });

  // Each broken copy must be caught, with the expected problem among those reported.
  const broken: Array<[string, () => string, RegExp]> = [
    ["a resid with no definition", () => mutate('<Label resid="Group.Label"/>', '<Label resid="Group.Lable"/>'), /resid="Group\.Lable": not defined/],
    ["a defined id nobody uses", () => mutate("</bt:LongStrings>", '<bt:String id="Unused.Tip" DefaultValue="unused"/></bt:LongStrings>'), /id="Unused\.Tip" is defined but never used/],
    ["an id defined twice", () => mutate("</bt:LongStrings>", '<bt:String id="Group.Label" DefaultValue="again"/></bt:LongStrings>'), /resid="Group\.Label": defined 2 times/],
    ["a short string where a long one belongs", () => mutate('<Description resid="TaskpaneButton.Tooltip"/>', '<Description resid="TaskpaneButton.Label"/>'), /resid="TaskpaneButton\.Label": defined in bt:ShortStrings, expected bt:LongStrings/],
    ["a URL resid used as a label", () => mutate('<Label resid="TaskpaneButton.Label"/>', '<Label resid="GetStarted.LearnMoreUrl"/>'), /resid="GetStarted\.LearnMoreUrl": defined in bt:Urls, expected bt:ShortStrings/],
    ["another namespace", () => mutate('id="Functions.Namespace" DefaultValue="AIFLAG"', 'id="Functions.Namespace" DefaultValue="AIFLAGS"'), /Namespace resolves to "AIFLAGS"/],
    ["a FunctionFile outside the shared runtime", () => mutate('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>'), /FunctionFile resid="Functions\.Script\.Url" differs/],
    ["a taskpane action on another page", () => mutate(/(<TaskpaneId>[^<]*<\/TaskpaneId>\s*)<SourceLocation resid="Taskpane.Url"\/>/, '$1<SourceLocation resid="GetStarted.LearnMoreUrl"/>'), /ShowTaskpane SourceLocation resid="GetStarted\.LearnMoreUrl" differs/],
    ["a short-lived runtime", () => mutate('lifetime="long"', 'lifetime="short"'), /lifetime is "short"/],
    ["<Runtimes> after <AllFormFactors>", () => runtimesAfterAllFormFactors(xml), /<Runtimes> must be the first child/],
    ["no SharedRuntime requirement", () => mutate('<Set Name="SharedRuntime" MinVersion="1.1"/>', '<Set Name="ExcelApi" MinVersion="1.1"/>'), /does not require SharedRuntime/],
    ["a URL on http", () => mutate('<SupportUrl DefaultValue="https://localhost:3000/help.html"/>', '<SupportUrl DefaultValue="http://localhost:3000/help.html"/>'), /SupportUrl@DefaultValue: http:\/\/localhost:3000\/help\.html does not start with/],
    ["a URL on another base", () => mutate('<SupportUrl DefaultValue="https://localhost:3000/help.html"/>', '<SupportUrl DefaultValue="https://example.com/help.html"/>'), /does not start with https:\/\/localhost:3000\//],
    ["a file the build does not emit", () => mutate("https://localhost:3000/help.html\"/>", "https://localhost:3000/support.html\"/>"), /names support\.html, not a file the build emits/],
    ["an icon missing from assets/", () => mutate("assets/icon-80.png", "assets/icon-81.png"), /assets\/icon-81\.png does not exist/],
    ["the base inside a comment", () => mutate("<OfficeApp\n", "<!-- was https://localhost:3000/old.html -->\n<OfficeApp\n"), /holds https:\/\/localhost:3000 \d+ times for \d+ URLs/],
    ["an icon of the wrong size", () => mutate('<bt:Image id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-16.png"/>', '<bt:Image id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-32.png"/>'), /size="16" resid="Icon\.16x16": .*icon-32\.png is 32x32/],
    ["a swapped IconUrl", () => mutate('<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>', '<IconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>'), /IconUrl .* is 64x64, expected 32x32/],
    ["a HighResolutionIconUrl of the old 128 size", () => mutate('<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>', '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-80.png"/>'), /HighResolutionIconUrl .* is 80x80, expected 64x64/],
    ["the button on another tab", () => mutate('<OfficeTab id="TabHome">', '<OfficeTab id="TabData">'), /expected one <OfficeTab id="TabHome">, found 0/],
    ["a group with another label", () => mutate('id="Group.Label" DefaultValue="AIFLAG"', 'id="Group.Label" DefaultValue="Flags"'), /Group label is "Flags"/],
  ];
  test.each(broken)("catches %s", (_what, make, expected) => {
    const problems = checkManifest(make(), OPTS);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join("\n")).toMatch(expected);
  });
});

// ---------------------------------------------------------------------------------------------
// 3. office-addin-manifest (Microsoft's reader)
// ---------------------------------------------------------------------------------------------
// Run in a plain Node process: under jest 30 on Node 20 office-addin-manifest's ESM-only
// dependencies do not load (and jest.config.js maps the bare package name to officeApp.js),
// while Node >= 20.19 loads them itself. This is the package's public API, unmodified.
const READ_SCRIPT = `
const { OfficeAddinManifest } = require("office-addin-manifest");
OfficeAddinManifest.readManifestFile(process.argv[1]).then(
  (info) => process.stdout.write(JSON.stringify(info)),
  (err) => { process.stderr.write(String(err && err.message ? err.message : err)); process.exitCode = 1; },
);`;

function readWithOfficeAddinManifest(manifestPath: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ["-e", READ_SCRIPT, manifestPath], { cwd: ROOT, timeout: 30_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === "number" ? err.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

describe("office-addin-manifest readManifestFile", () => {
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), "aiflag-manifest-"));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  test("reads manifest.xml: id, version, Workbook host, taskpane app", async () => {
    const { code, stdout, stderr } = await readWithOfficeAddinManifest(MANIFEST_PATH);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const info = JSON.parse(stdout) as ManifestInfo;
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(info.id).toBe(select(root, "Id")[0].text);
    expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(info).toMatchObject({
      hosts: ["Workbook"],
      officeAppType: "TaskPaneApp",
      displayName: "AIFLAG",
      providerName: "AIFLAG",
      defaultLocale: "en-US",
      permissions: "ReadWriteDocument",
      iconUrl: `${DEV_BASE_URL}/assets/icon-32.png`,
      highResolutionIconUrl: `${DEV_BASE_URL}/assets/icon-64.png`,
      supportUrl: `${DEV_BASE_URL}/help.html`,
      defaultSettings: { sourceLocation: `${DEV_BASE_URL}/taskpane.html` },
    });
    expect(info.description).toMatch(/^[^\n]{20,250}$/);
  });

  test("rejects a malformed copy", async () => {
    const brokenPath = join(tmp, "broken.xml");
    writeFileSync(brokenPath, mutate("</Hosts>\n  <Requirements>", "</Hosts>\n  <Requirements"));
    const { code, stderr } = await readWithOfficeAddinManifest(brokenPath);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/Unable to parse the manifest file/);
  });
});
