#!/usr/bin/env node
/**
 * `npm start`: build in development mode, serve https://localhost:3000, and sideload into
 * desktop Excel where it is installed (Windows, macOS). Elsewhere keep serving and print how
 * to sideload into Excel on the web. Never fails for want of Excel.
 *
 * Also serves the preview (https://localhost:3000/preview.html, `--env preview`): the taskpane
 * beside a workbook evaluated in the browser, for trying AIFLAG where there is no Excel.
 *
 * The server runs in this process; its PID goes to .certs/dev-server.pid so `npm stop`
 * stops exactly the server it started.
 */
const fs = require("node:fs");
const path = require("node:path");
const { spawn } = require("node:child_process");
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const { httpsOptions } = require("./devCerts");

const ROOT = path.resolve(__dirname, "..");
const PID_FILE = path.join(ROOT, ".certs", "dev-server.pid");
const BASE = "https://localhost:3000";

function sideloadDesktop() {
  const bin = path.join(ROOT, "node_modules", ".bin", process.platform === "win32" ? "office-addin-debugging.cmd" : "office-addin-debugging");
  const child = spawn(bin, ["start", "manifest.xml", "desktop", "--dev-server-port", "3000", "--no-debug"], {
    cwd: ROOT,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  child.on("exit", (code) => {
    if (code !== 0) console.warn("[aiflag] Sideloading into Excel desktop did not complete; see the steps below to do it by hand.");
  });
}

function printSideloadHelp(trusted) {
  console.log(`
AIFLAG is served at ${BASE}
  preview:    ${BASE}/preview.html   (no Excel needed: the taskpane beside a workbook in your browser)
  taskpane:   ${BASE}/taskpane.html
  reference:  ${BASE}/help.html
  manifest:   ${path.join(ROOT, "manifest.xml")}
${trusted ? "" : `
  The HTTPS certificate is not trusted on this machine: open ${BASE}/taskpane.html once in your
  browser and accept it, or run \`npx office-addin-dev-certs install\` (needs sudo / admin rights).
`}
Excel on the web: open a workbook at office.com, then Home > Add-ins > More Add-ins >
  Upload My Add-in, and choose manifest.xml. The AIFLAG button appears on the Home tab, and
  =AIFLAG.FCFCONV(...) works in any cell.
Excel desktop (Windows / Mac): \`npm start\` sideloads automatically; to do it by hand, see README.
Stop with \`npm stop\` (or Ctrl+C).
`);
}

async function main() {
  const certs = await httpsOptions();
  const config = require(path.join(ROOT, "webpack.config.js"))({ preview: true }, { mode: "development" });
  const compiler = webpack(config);
  const server = new WebpackDevServer(
    { ...config.devServer, server: { type: "https", options: { ca: certs.ca, cert: certs.cert, key: certs.key } } },
    compiler,
  );
  await server.start();
  fs.mkdirSync(path.dirname(PID_FILE), { recursive: true });
  fs.writeFileSync(PID_FILE, String(process.pid));
  const cleanup = () => {
    try {
      fs.unlinkSync(PID_FILE);
    } catch {
      /* already gone */
    }
  };
  process.on("exit", cleanup);
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.stop().finally(() => process.exit(0)));

  printSideloadHelp(certs.trusted);
  if (process.platform === "win32" || process.platform === "darwin") sideloadDesktop();
  else console.log("[aiflag] No desktop Excel on this platform: serving for Excel on the web.");
}

main().catch((error) => {
  // Serving is the one thing start must do; say plainly what stopped it.
  console.error(`[aiflag] Could not start the dev server: ${error.stack || error}`);
  process.exitCode = 1;
});
