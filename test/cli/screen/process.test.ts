/**
 * The screen as a user runs it, in a process of its own through bin/aiflag.js: its worker threads
 * run the TypeScript source under tsx; Ctrl-C (SIGINT) mid-run leaves no output, whole or partial.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { fixtureText } from "../../sources/sec/fixtures";
import { runCli } from "../helpers";
import { entryName, realEntries, tempDir, writeZip } from "./archive";

const BIN = resolve(__dirname, "../../../bin/aiflag.js");

interface Child {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

/** Runs bin/aiflag.js; `onErr` sees stderr as it grows, with the child's pid. */
function aiflag(argv: string[], cwd: string, onErr?: (err: string, pid: number) => void): Promise<Child> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...argv], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => {
      err += d.toString();
      if (onErr && child.pid) onErr(err, child.pid);
    });
    child.on("error", fail);
    child.on("close", (code, signal) => done({ code, signal, out, err }));
  });
}

let dir: string;
beforeAll(async () => {
  dir = tempDir();
  await writeZip(dir, "real.zip", realEntries());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("bin/aiflag.js screens with worker threads running the TypeScript source", async () => {
  const child = await aiflag(["screen", "real.zip", "--csv", "--jobs", "2"], dir);
  expect(child.err).toMatch(/2 read; 2 screened; 0 skipped; 2 listed\..*2 workers\.\n$/);
  expect(child.code).toBe(0);
  const inProcess = await runCli(["screen", "real.zip", "--csv", "--jobs", "2"], dir);
  expect(child.out).toBe(inProcess.out);
});

test("Ctrl-C mid-run: exit 130, and neither the output nor a temporary file is left", async () => {
  // Enough work to be still running after a few seconds: 200 copies of Microsoft's 17 years of
  // figures, stored without compression so that the archive is quick to build.
  const msft = JSON.parse(fixtureText("MSFT")) as { cik: number };
  const entries = Array.from({ length: 200 }, (_, i) => {
    msft.cik = 6_000_000 + i;
    return { name: entryName(msft.cik), content: JSON.stringify(msft), store: true };
  });
  await writeZip(dir, "long.zip", entries);
  // Interrupted once the first company is screened (--progress reports it in a pipe): mid-run
  // however fast or loaded the machine.
  let sent = false;
  const interrupted = await aiflag(["screen", "long.zip", "--out", "out.json", "--json", "--xlsx", "out.xlsx", "--progress"], dir, (err, pid) => {
    if (sent || !/screened 1 of 200 companies/.test(err)) return;
    sent = true;
    process.kill(pid, "SIGINT");
  });
  expect(sent).toBe(true);
  expect(interrupted.err).toMatch(/interrupted; nothing was written/);
  expect(interrupted.code).toBe(130);
  expect(existsSync(join(dir, "out.json"))).toBe(false);
  expect(existsSync(join(dir, "out.xlsx"))).toBe(false);
  expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
}, 60_000);
