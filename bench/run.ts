/**
 * `npm run bench`: the performance suite, four sections, figures as ratios measured
 * side by side in one run (see docs/performance.md for the method). Writes bench/results.json
 * and prints an aligned table.
 *
 * `npm run bench:smoke` (in CI): the same code at tiny sizes, budgets not checked, results to a
 * temporary file so that the committed figures are not overwritten. It fails only when a section
 * breaks, so the suite cannot rot.
 *
 * Options: --smoke, --only=overhead,recalc,templates,load,sec,screen, --out=FILE, --strict (exit 1 when a
 * budget is missed), --build (section 4 measures a fresh production build in a temporary folder).
 */
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { loadNow, machine, table, writeResults, type Mode, type Results, type SectionResult } from "./lib/report";
import { gcExposed } from "./lib/timing";

type SectionId = "overhead" | "recalc" | "templates" | "load" | "sec" | "screen";

const SECTIONS: ReadonlyArray<{ id: SectionId; title: string; load: () => Promise<(mode: Mode) => Promise<SectionResult>> }> = [
  { id: "overhead", title: "Function overhead", load: async () => (await import("./overhead")).runOverhead },
  { id: "recalc", title: "Recalculation", load: async () => (await import("./recalc")).runRecalc },
  { id: "templates", title: "Template insertion", load: async () => (await import("./templates")).runTemplates },
  { id: "load", title: "Load", load: async () => (await import("./load")).runLoad },
  { id: "sec", title: "SEC companyfacts reader", load: async () => (await import("./sec")).runSecReader },
  { id: "screen", title: "Market screen", load: async () => (await import("./screen")).runScreenBench },
];

/** The project module a section could not load because it does not exist yet (src/engine, src/templates...). */
function missingModule(e: unknown): string | undefined {
  if (!(e instanceof Error)) return undefined;
  const code = (e as Error & { code?: unknown }).code;
  if (code !== "MODULE_NOT_FOUND" && code !== "ERR_MODULE_NOT_FOUND") return undefined;
  const m = /Cannot find module '([^']+)'/.exec(e.message);
  return m && /src\/(engine|templates|preview|host)\//.test(m[1]) ? m[1] : undefined;
}

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

async function main(): Promise<number> {
  const smoke = process.argv.includes("--smoke");
  const strict = process.argv.includes("--strict");
  const only = option("only")?.split(",");
  const out = option("out") ?? (smoke ? join(tmpdir(), "aiflag-bench-smoke.json") : resolve(__dirname, "results.json"));
  const mode: Mode = { smoke };
  const loadAtStart = loadNow();
  if (!gcExposed()) console.warn("bench: node runs without --expose-gc; run through `npm run bench` for a collection before each timed run");

  const sections: SectionResult[] = [];
  let broken = false;
  for (const s of SECTIONS) {
    if (only && !only.includes(s.id)) continue;
    process.stdout.write(`== ${s.title}${smoke ? " (smoke)" : ""} ...\n`);
    const t0 = Date.now();
    try {
      const run = await s.load();
      sections.push(await run(mode));
    } catch (e) {
      const missing = missingModule(e);
      if (missing) {
        // A part another engineer is still building: say so, do not fail the run.
        sections.push({ id: s.id, title: s.title, available: false, reason: `not available yet: ${missing} does not exist`, figures: [], budgets: [], notes: [], seconds: 0 });
        console.warn(`bench: ${s.id} not available yet (${missing} does not exist)`);
        continue;
      }
      broken = true;
      const why = e instanceof Error ? (e.stack ?? e.message) : String(e);
      console.error(`bench: section ${s.id} failed:\n${why}`);
      sections.push({ id: s.id, title: s.title, available: false, reason: `failed: ${e instanceof Error ? e.message : String(e)}`, figures: [], budgets: [], notes: [], seconds: (Date.now() - t0) / 1000 });
    }
  }

  const checks = sections.flatMap((s) => s.budgets).filter((b) => b.pass !== null);
  const results: Results = {
    suite: "aiflag-bench",
    mode: smoke ? "smoke" : "full",
    date: new Date().toISOString(),
    machine: machine(gcExposed(), loadAtStart),
    sections,
    budgetsMet: smoke || checks.length === 0 ? null : checks.every((b) => b.pass === true),
  };
  writeResults(out, results);
  console.log(`\n${table(results)}`);
  console.log(`results written to ${out}`);
  if (broken) return 1;
  if (strict && results.budgetsMet === false) return 1;
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  },
);
