/**
 * axe-core (Deque's accessibility engine, the installed devDependency) run in a page, as its
 * documentation describes: the engine's source is evaluated in the page, then `axe.run`. The
 * source goes in through the DevTools protocol (Playwright's evaluate), which the pages'
 * Content-Security-Policy does not govern, so the pages keep their policy as built.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import type { AxeResults } from "axe-core";

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface Violation {
  id: string;
  impact: string | null | undefined;
  help: string;
  /** The first few elements, by CSS selector, with what to fix. */
  nodes: string[];
}

/**
 * Every rule axe runs by default (WCAG 2.0-2.2 A and AA, and its best practices), on the whole
 * page, once its transitions have ended: mid-way through a change of theme, a colour is neither
 * the old one nor the new one, and axe would judge the contrast of that.
 */
export async function axeViolations(page: Page): Promise<Violation[]> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"), undefined, { timeout: 5000 });
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
    return axe.run(document, { resultTypes: ["violations"] });
  });
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")}: ${n.failureSummary?.replace(/\s+/g, " ") ?? ""}`),
  }));
}
