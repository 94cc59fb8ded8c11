/**
 * Production hosting, as the README's "Deployment" section documents it, against what the build
 * and the development server do:
 *   - Excel on the web fetches functions.json (and the pages) from another origin, so the host
 *     must answer with the CORS header the README gives; the development server sends the same
 *     (webpack.config.js `devServer.headers`, which `npm start` uses);
 *   - the built manifest and functions.json name one base URL: the metadata, script and page the
 *     manifest points at, and every function's help URL.
 * `npm test` builds dist/ before jest.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseXml } from "../manifest/manifestXml";
import { manifestUrlsFromXml } from "../manifest/manifestUrls";
import { resourceValue } from "../manifest/manifestChecks";

const ROOT = resolve(__dirname, "../..");
const dist = resolve(ROOT, "dist");

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config.js") as (env: object, argv: object) => { devServer: { headers: Record<string, string> } };

function built(name: string): string {
  const file = resolve(dist, name);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first (\`npm test\` does)`);
  return readFileSync(file, "utf8");
}

/** The README's "## Deployment" section, up to the next "## ". */
function deploymentSection(): string {
  const readme = readFileSync(resolve(ROOT, "README.md"), "utf8");
  const start = readme.indexOf("\n## Deployment\n");
  if (start < 0) throw new Error('README.md has no "## Deployment" section');
  const next = readme.indexOf("\n## ", start + 1);
  return readme.slice(start, next < 0 ? undefined : next);
}

/** The header lines ("Name: value") of the section's code blocks. */
function documentedHeaders(): Record<string, string> {
  const blocks = deploymentSection().match(/```[a-z]*\n[\s\S]*?```/g) ?? [];
  const headers: Record<string, string> = {};
  for (const line of blocks.flatMap((b) => b.split("\n"))) {
    const m = /^([A-Za-z][A-Za-z-]+):\s*(\S.*)$/.exec(line.trim());
    if (m) headers[m[1]] = m[2];
  }
  return headers;
}

test("the README's Deployment section gives the CORS header, and the development server sends exactly that", () => {
  const documented = documentedHeaders();
  expect(documented["Access-Control-Allow-Origin"]).toBe("*");
  const devHeaders = webpackConfig({}, { mode: "production" }).devServer.headers;
  expect(devHeaders).toEqual({ "Access-Control-Allow-Origin": documented["Access-Control-Allow-Origin"] });
});

test("the README's Deployment section names the files that need it and the build command for another base", () => {
  const section = deploymentSection();
  expect(section).toContain("functions.json");
  expect(section).toMatch(/npm run build -- --env baseUrl=https:\/\//);
});

test("dist/manifest.xml and dist/functions.json name one https base: metadata, script, page and help URLs", () => {
  const xml = built("manifest.xml");
  const root = parseXml(xml);
  const metadata = resourceValue(root, "Urls", "Functions.Metadata.Url");
  const script = resourceValue(root, "Urls", "Functions.Script.Url");
  const taskpane = resourceValue(root, "Urls", "Taskpane.Url");
  expect(metadata).toMatch(/^https:\/\/[^/]+\/functions\.json$/);
  const base = (metadata as string).slice(0, -"/functions.json".length);
  expect({ script, taskpane }).toEqual({ script: `${base}/functions.js`, taskpane: `${base}/taskpane.html` });
  expect(manifestUrlsFromXml(xml).filter(({ url }) => !url.startsWith(`${base}/`))).toEqual([]);

  const functions = (JSON.parse(built("functions.json")) as { functions: Array<{ id: string; helpUrl?: string }> }).functions;
  expect(functions.length).toBeGreaterThan(0);
  expect(functions.filter((f) => f.helpUrl !== `${base}/help.html#${f.id.toLowerCase()}`).map((f) => [f.id, f.helpUrl])).toEqual([]);
});
