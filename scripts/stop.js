#!/usr/bin/env node
/** `npm stop`: unregister the sideloaded add-in (desktop Excel) and stop the server `npm start` started. */
const fs = require("node:fs");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const ROOT = path.resolve(__dirname, "..");
const PID_FILE = path.join(ROOT, ".certs", "dev-server.pid");

if (process.platform === "win32" || process.platform === "darwin") {
  const bin = path.join(ROOT, "node_modules", ".bin", process.platform === "win32" ? "office-addin-debugging.cmd" : "office-addin-debugging");
  spawnSync(bin, ["stop", "manifest.xml"], { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
}

if (fs.existsSync(PID_FILE)) {
  const pid = Number(fs.readFileSync(PID_FILE, "utf8"));
  try {
    process.kill(pid, "SIGTERM");
    console.log(`[aiflag] Stopped the dev server (PID ${pid}).`);
  } catch {
    console.log(`[aiflag] The dev server (PID ${pid}) was not running.`);
  }
  fs.rmSync(PID_FILE, { force: true });
} else {
  console.log("[aiflag] No dev server started by `npm start` is running.");
}
