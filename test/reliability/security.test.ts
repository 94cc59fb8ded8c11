/**
 * "No door open": the add-in runs inside Excel on confidential models, so
 *   (a) the source never writes HTML from strings (explanations are rendered as text);
 *   (b) the production bundles contain no eval and no Function constructor;
 *   (c) every page carries a Content-Security-Policy that runs scripts only from the add-in's
 *       own origin and Microsoft's Office.js origin, and no plug-ins;
 *   (d) the bundles hold no hard-coded network endpoint;
 *   (e) the source makes no network request of its own.
 * (b)-(d) read dist/, which `npm test` builds before jest (`npm run build`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const root = resolve(__dirname, "../..");
const src = join(root, "src");
const dist = join(root, "dist");
const OFFICE_ORIGIN = "https://appsforoffice.microsoft.com";

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, keep) : keep(path) ? [path] : [];
  });
}

interface Hit {
  where: string;
  text: string;
}

/** Every line of every file that matches one of the patterns, as "file:line". */
function scan(files: readonly string[], patterns: readonly RegExp[]): Hit[] {
  return files.flatMap((file) =>
    readFileSync(file, "utf8")
      .split("\n")
      .flatMap((line, i) => (patterns.some((p) => p.test(line)) ? [{ where: `${relative(root, file)}:${i + 1}`, text: line.trim().slice(0, 160) }] : [])),
  );
}

const SOURCE = /\.(ts|tsx|js|jsx|mjs|cjs|html)$/;
const sourceFiles = () => filesUnder(src, (p) => SOURCE.test(p));

// ---------------------------------------------------------------------------------------------
// (a) No HTML from strings
// ---------------------------------------------------------------------------------------------

test("(a) src/ never writes HTML from a string", () => {
  const sinks = [
    /dangerouslySetInnerHTML/,
    /\binnerHTML\b/,
    /\bouterHTML\b/,
    /\binsertAdjacentHTML\b/,
    /\bdocument\s*\.\s*write(ln)?\s*\(/,
    /\bcreateContextualFragment\b/,
    /\bsrcdoc\b/,
  ];
  const files = sourceFiles();
  expect(files.length).toBeGreaterThan(20); // the scan really reads the tree
  expect(scan(files, sinks)).toEqual([]);
});

// ---------------------------------------------------------------------------------------------
// (e) No network request of its own
// ---------------------------------------------------------------------------------------------

const NETWORK = [/\bfetch\s*\(/, /\bXMLHttpRequest\b/, /\bWebSocket\b/, /\bsendBeacon\b/, /\bEventSource\b/];
/** The one layer that talks to Office (src/host). Only there could a request ever be argued for. */
const HOST_LAYER = join(src, "host");
/**
 * The one request AIFLAG makes beyond loading itself: the command line's SEC client, which runs
 * only when the user asks `aiflag sec` or `aiflag report --sec` for a ticker, under SEC's
 * fair-access rules. It is Node code: the taskpane never reaches src/cli (test/taskpane/imports.test.ts).
 */
const SEC_CLIENT = join(src, "cli", "sec", "client.ts");

test("(e) src/ outside the host layer makes no network request (fetch, XMLHttpRequest, WebSocket, sendBeacon)", () => {
  expect(scan(sourceFiles().filter((f) => !f.startsWith(HOST_LAYER) && f !== SEC_CLIENT), NETWORK)).toEqual([]);
});

test("(e) ... and neither does the host layer: the add-in loads itself and office.js, nothing else", () => {
  // If the host layer ever needs one, it must be argued for here and allowed by the CSP's connect-src.
  expect(scan(filesUnder(HOST_LAYER, (p) => SOURCE.test(p)), NETWORK)).toEqual([]);
});

// ---------------------------------------------------------------------------------------------
// The production build
// ---------------------------------------------------------------------------------------------

const BUNDLES = ["taskpane.js", "functions.js"];

/**
 * eval and the Function constructor, matched precisely: minified code is full of identifiers
 * such as `xFunction(` or `retrieval(`. The third catches `Function("...")` called without new.
 */
const CONSTRUCTORS = [/\beval\s*\(/, /\bnew\s+Function\s*\(/, /(?<![\w$.])(?<!\bnew\s+)Function\s*\(\s*["'`]/];

describe("the production build in dist/", () => {
  beforeAll(() => {
    const missing = BUNDLES.filter((f) => !existsSync(join(dist, f)));
    if (missing.length) {
      throw new Error(`dist/ lacks ${missing.join(", ")}: run \`npm run build\` (or \`npx webpack --mode production\`) first; \`npm test\` does`);
    }
  });

  const bundles = () => filesUnder(dist, (p) => p.endsWith(".js"));
  const pages = () => filesUnder(dist, (p) => p.endsWith(".html"));

  /**
   * Where a known offender comes from, to name it in the failure (never to exempt it).
   * The webpack one: `__webpack_require__.g`, webpack 5's shim for Node's `global`, falls back
   * to `new Function("return this")`. It is emitted because @griffel/core (the CSS-in-JS engine
   * of Fluent UI v9, src/constants.js: `typeof window === 'undefined' ? global : window`) names
   * `global`. Fix in webpack.config.js: `node: { global: false }` (the browser then takes the
   * `window` branch; verified to build without the shim).
   */
  const KNOWN_SOURCES: ReadonlyArray<[RegExp, string]> = [
    [
      /return this\|\|new Function\("return this"\)\(\)/,
      "webpack's runtime shim for Node's `global` (__webpack_require__.g), pulled in by @griffel/core (Fluent UI); " +
        "set `node: { global: false }` in webpack.config.js",
    ],
  ];

  test("(b) no eval and no Function constructor in the shipped bundles", () => {
    const found = bundles().flatMap((file) => {
      const text = readFileSync(file, "utf8");
      return CONSTRUCTORS.flatMap((re) =>
        [...text.matchAll(new RegExp(re.source, "g"))].map((m) => {
          const context = text.slice(Math.max(0, m.index - 70), m.index + 50);
          const source = KNOWN_SOURCES.find(([p]) => p.test(context))?.[1] ?? "unidentified";
          return `${relative(root, file)} @${m.index}: ...${context}...  [${source}]`;
        }),
      );
    });
    expect(found).toEqual([]);
  });

  test("(e) no bundle holds the CLI's SEC client (the one place that fetches)", () => {
    // Its User-Agent variable and its fair-access sentence are in no other file of src/.
    const marks = ["AIFLAG_SEC_USER_AGENT", "SEC requires a User-Agent naming you"];
    const found = bundles().flatMap((file) => marks.filter((m) => readFileSync(file, "utf8").includes(m)).map((m) => `${relative(root, file)}: ${m}`));
    expect(found).toEqual([]);
  });

  test("(b) the scan is not fooled by identifiers that end in eval or Function", () => {
    const innocent = 'retrieval(x); xFunction("a"); isFunction(f); o.Function("x"); medieval (1)';
    const guilty = ['eval("1")', "new Function('return 1')", 'Function("return 1")()', "x=Function(`a`)"];
    expect(CONSTRUCTORS.some((re) => re.test(innocent))).toBe(false);
    for (const g of guilty) expect({ g, caught: CONSTRUCTORS.some((re) => re.test(g)) }).toEqual({ g, caught: true });
  });

  function cspOf(html: string): Map<string, string[]> | undefined {
    const meta = /<meta\b[^>]*http-equiv\s*=\s*["']?Content-Security-Policy["']?[^>]*>/i.exec(html);
    if (!meta) return undefined;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(meta[0]);
    const policy = content?.[1] ?? content?.[2] ?? "";
    const directives = new Map<string, string[]>();
    for (const part of policy.split(";")) {
      const [name, ...tokens] = part.trim().split(/\s+/);
      if (name) directives.set(name.toLowerCase(), tokens);
    }
    return directives;
  }

  test("(c) every page has a CSP: scripts only from 'self' and Office.js, no eval or inline script, no plug-ins", () => {
    const list = pages();
    expect(list.map((p) => relative(dist, p)).sort()).toEqual(expect.arrayContaining(["help.html", "taskpane.html"]));
    for (const page of list) {
      const html = readFileSync(page, "utf8");
      const name = relative(root, page);
      const csp = cspOf(html);
      expect({ page: name, hasCsp: csp !== undefined }).toEqual({ page: name, hasCsp: true });
      const scriptSrc = csp!.get("script-src") ?? [];
      expect({ page: name, scriptSrc }).toEqual({ page: name, scriptSrc: expect.arrayContaining(["'self'"]) });
      for (const token of scriptSrc) {
        // Only the two origins; this also rules out 'unsafe-eval', 'unsafe-inline', wildcards, data: and blob:.
        expect({ page: name, token, allowed: token === "'self'" || token === OFFICE_ORIGIN }).toEqual({ page: name, token, allowed: true });
      }
      expect({ page: name, objectSrc: csp!.get("object-src") }).toEqual({ page: name, objectSrc: ["'none'"] });
      // Requests the page may make: its own origin and Office only (the CSP side of (e)).
      for (const token of csp!.get("connect-src") ?? csp!.get("default-src") ?? []) {
        expect({ page: name, token, allowed: token === "'self'" || token === OFFICE_ORIGIN }).toEqual({ page: name, token, allowed: true });
      }
      // A meta CSP governs only what follows it, and inline scripts would need 'unsafe-inline'.
      expect(html.search(/<meta\b[^>]*Content-Security-Policy/i)).toBeLessThan(html.search(/<script\b/i) === -1 ? Infinity : html.search(/<script\b/i));
      for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
        const srcAttr = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
        const fromAllowedOrigin = srcAttr !== undefined && (!/^[a-z]+:|^\/\//i.test(srcAttr) || srcAttr.startsWith(`${OFFICE_ORIGIN}/`));
        expect({ page: name, tag, fromAllowedOrigin }).toEqual({ page: name, tag, fromAllowedOrigin: true });
      }
    }
  });

  /**
   * URLs allowed inside the bundles, none of them ever requested by the add-in:
   * - the XML namespaces React DOM passes to createElementNS / setAttributeNS (SVG, xlink,
   *   MathML, XML, XHTML): identifiers, not addresses;
   * - https://react.dev/errors/: the prefix React's production build puts in its error
   *   messages ("visit https://react.dev/errors/<code>"): text for a developer, never fetched;
   * - Microsoft's Office.js origin and the add-in's own base (read from dist/manifest.xml),
   *   the two origins the CSP allows;
   * - SEC's addresses that the Templates tab's "Import SEC data" shows the analyst as text, to open
   *   in their own browser and download from (a company's companyfacts file, EDGAR company search),
   *   and that the reader's messages quote: the add-in never requests them (connect-src allows only
   *   the add-in's origin and Office's, and the browser tests check that no request leaves 127.0.0.1).
   */
  const NAMESPACES = [
    "http://www.w3.org/2000/svg",
    "http://www.w3.org/1999/xlink",
    "http://www.w3.org/1998/Math/MathML",
    "http://www.w3.org/XML/1998/namespace",
    "http://www.w3.org/1999/xhtml",
  ];
  const DOC_PREFIXES = ["https://react.dev/errors/"];
  const SHOWN_SEC_ADDRESSES = ["https://data.sec.gov", "https://www.sec.gov/edgar/searchedgar/companysearch"];

  function addInBase(): string {
    const manifest = readFileSync(join(dist, "manifest.xml"), "utf8");
    const source = /<SourceLocation\s+DefaultValue="([^"]+)"/.exec(manifest)?.[1];
    if (!source) throw new Error("dist/manifest.xml names no SourceLocation");
    return new URL(source).origin;
  }

  test("(d) the bundles hold no URL but XML namespaces, React's error docs, SEC's shown addresses, Office.js and the add-in's own base", () => {
    const base = addInBase();
    const allowed = (url: string) =>
      NAMESPACES.includes(url) ||
      DOC_PREFIXES.some((p) => url.startsWith(p)) ||
      SHOWN_SEC_ADDRESSES.some((p) => url.startsWith(p)) ||
      [OFFICE_ORIGIN, base].some((origin) => url === origin || url.startsWith(`${origin}/`));
    const seen = new Map<string, Set<string>>();
    // Every chunk: the two entry bundles and those loaded later (the SEC file reader's worker).
    const files = bundles();
    expect(files.map((f) => relative(dist, f))).toEqual(expect.arrayContaining(BUNDLES));
    for (const file of files) {
      for (const [url] of readFileSync(file, "utf8").matchAll(/https?:\/\/[^\s"'`<>\\)]+/g)) {
        if (!seen.has(url)) seen.set(url, new Set());
        seen.get(url)!.add(relative(root, file));
      }
    }
    const unexpected = [...seen].filter(([url]) => !allowed(url)).map(([url, files]) => `${url} (in ${[...files].join(", ")})`);
    expect(unexpected).toEqual([]);
  });
});
