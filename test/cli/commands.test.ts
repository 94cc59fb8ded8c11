/** What a newcomer types first: --help for every command, --version, --company, and the table's notes. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { COMMANDS } from "../../src/cli/main";
import { EMBEDDED } from "../../src/sources/embedded";
import { runCli } from "./helpers";

const VERSION = (JSON.parse(readFileSync(resolve(__dirname, "../../package.json"), "utf8")) as { version: string }).version;

describe.each(COMMANDS.map((c) => [c.name, c] as const))("aiflag %s", (name, command) => {
  test.each([[[name, "--help"]], [[name, "-h"]], [["help", name]], [[name, "--json", "--help"]]])("%j prints its usage and exits 0", async (argv) => {
    const { code, out, err } = await runCli(argv);
    expect([code, out, err]).toEqual([0, command.usage, ""]);
  });
});

test("aiflag --help lists every command; aiflag alone does too, as a usage error", async () => {
  const help = await runCli(["--help"]);
  expect(help.code).toBe(0);
  for (const c of COMMANDS) expect(help.out).toMatch(new RegExp(`^  ${c.name} `, "m"));
  expect((await runCli(["help"])).out).toBe(help.out);
  const bare = await runCli([]);
  expect([bare.code, bare.err]).toEqual([2, help.out]);
  expect((await runCli(["frobnicate", "--help"])).code).toBe(2);
});

test("aiflag --version prints the package's version", async () => {
  expect(await runCli(["--version"])).toEqual({ code: 0, out: `${VERSION}\n`, err: "" });
  expect((await runCli(["-v"])).out).toBe(`${VERSION}\n`);
});

describe("--company", () => {
  test("filters the table, --json and --csv to that company, whatever the case", async () => {
    const table = await runCli(["report", "--company", "meta platforms"]);
    const rows = table.out.split("\n").filter((l) => /^\S/.test(l) && !/^(Company|Not computed|Hardware share|-)/.test(l));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/^Meta Platforms /);
    const json = JSON.parse((await runCli(["report", "--json", "--company", "Alphabet"])).out) as { companies: Array<{ company: string }> };
    expect(json.companies.map((c) => c.company)).toEqual(["Alphabet"]);
    const csv = (await runCli(["report", "--csv", "--company", "Amazon"])).out.trim().split("\n").slice(1);
    expect(new Set(csv.map((l) => l.split(",")[0]))).toEqual(new Set(["Amazon"]));
  });

  test("an unknown company is a usage error listing the ones there are", async () => {
    const { code, err } = await runCli(["report", "--company", "Contoso"]);
    expect(code).toBe(2);
    expect(err).toContain(`no company "Contoso" in the input; there are: ${EMBEDDED.map((c) => c.company.name).join(", ")}`);
  });
});

describe("the table's notes", () => {
  test("each depreciation flag shows its lives and where each came from: disclosed, default or given", async () => {
    const { out } = await runCli(["report", "--company", "Microsoft"]);
    expect(out).toMatch(/Microsoft\s+DEPCLIFF\s.*book_life = 6 \(disclosed\); economic_life = 3 \(default\); hardware_share = 0\.768 \(calibrated\)$/m);
    expect(out).toMatch(/Microsoft\s+GROSSMARGINGAP\s.*growth_threshold = 0\.3 \(default\); tolerance = 0 \(default\); periods_per_year = 1 \(from the periods\)$/m);
    const given = await runCli(["report", "--company", "Microsoft", "--book-life", "5", "--economic-life", "2"]);
    expect(given.out).toMatch(/Microsoft\s+DEPGAP\s.*book_life = 5 \(given\); economic_life = 2 \(given\); hardware_share = [\d.]+ \(calibrated\)$/m);
    // The other lives beside it: 3, 4 and 5 years.
    expect(given.out).toMatch(/Microsoft\s+DEPGAP\s+\S+ to \S+\s+economic life 4 vs book 5\s.*economic_life = 4 \(sensitivity\)/);
  });

  test("a flag not computed is listed once with what it needs and how to give it", async () => {
    const { out } = await runCli(["report"]);
    expect(out).toContain("\nNot computed, for want of inputs these figures do not hold:\n");
    expect(out).toContain("  INFERENCECOST needs: inference cost (an estimate); give CSV column inference_cost (all 4 companies)\n");
    expect(out.match(/INFERENCECOST needs/g)).toHaveLength(1);
  });

  test("a missing book life points at its column and its option", async () => {
    const dir = mkdtempSync(join(tmpdir(), "aiflag-notes-"));
    writeFileSync(
      join(dir, "two.csv"),
      "company,fiscal_year,revenue,cost_of_revenue,net_income,operating_cash_flow,capex\nA,2024,100,40,20,30,-10\nA,2025,140,58,25,35,-12\nB,2025,10,4,2,3,-1\n",
    );
    const { out } = await runCli(["report", "two.csv"], dir);
    expect(out).toContain("  DEPCLIFF needs: book useful life (an assumption); give CSV column book_life or --book-life YEARS (both companies)\n");
  });
});
