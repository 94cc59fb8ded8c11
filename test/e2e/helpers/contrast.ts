/**
 * Text contrast as WCAG 2.x defines it (relative luminance of sRGB colours; ratio (L1 + 0.05) /
 * (L2 + 0.05)), from the colours the browser computed: the element's text colour over the first
 * opaque background found going up from it, translucent ones blended on the way.
 */
import type { Locator, Page } from "playwright-core";

export type Rgba = [number, number, number, number];

/** "rgb(1, 2, 3)" or "rgba(1, 2, 3, 0.5)" as numbers. */
export function parseColor(css: string): Rgba {
  const m = /rgba?\(([^)]+)\)/.exec(css);
  if (!m) throw new Error(`not an rgb() colour: ${css}`);
  const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
  return [r, g, b, a];
}

/** `top` over `bottom` (an opaque colour). */
export function blend(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as Rgba;
}

export function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The element's text colour and the background it sits on, as the browser computed them. */
export async function colorsOf(element: Locator): Promise<{ text: string; backgrounds: string[] }> {
  return element.evaluate((el) => {
    const backgrounds: string[] = [];
    for (let e: Element | null = el; e; e = e.parentElement) backgrounds.push(getComputedStyle(e).backgroundColor);
    return { text: getComputedStyle(el).color, backgrounds };
  });
}

/** The colour seen behind an element: its backgrounds from itself up, blended, over white where all are translucent. */
export function effectiveBackground(backgrounds: readonly string[]): Rgba {
  const layers = backgrounds.map(parseColor);
  const firstOpaque = layers.findIndex((c) => c[3] === 1);
  let seen: Rgba = firstOpaque === -1 ? [255, 255, 255, 1] : layers[firstOpaque];
  for (let i = (firstOpaque === -1 ? layers.length : firstOpaque) - 1; i >= 0; i--) seen = blend(layers[i], seen);
  return seen;
}

/** The contrast of an element's text against what is behind it. */
export async function textContrast(element: Locator): Promise<number> {
  const { text, backgrounds } = await colorsOf(element);
  const bg = effectiveBackground(backgrounds);
  return contrastRatio(blend(parseColor(text), bg), bg);
}

/** The colour behind the point (x, y) of the page: the backgrounds of the element there and its ancestors. */
export async function backgroundAt(page: Page, x: number, y: number): Promise<Rgba> {
  const backgrounds = await page.evaluate(
    ([px, py]) => {
      const out: string[] = [];
      for (let e: Element | null = document.elementFromPoint(px, py); e; e = e.parentElement) out.push(getComputedStyle(e).backgroundColor);
      return out;
    },
    [x, y] as const,
  );
  return effectiveBackground(backgrounds);
}
