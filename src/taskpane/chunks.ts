/**
 * The pane's lazy chunks: the Templates and Analyse panels and the formula builder, each loaded
 * when first shown, or earlier, in the background, once the first render is on screen, so that
 * the first click on a tab or a card's Details does not wait for the network.
 *
 * The background load is done here rather than with webpack's prefetch hints: webpack emits none
 * for an entry that depends on another (taskpane.js takes the calc core from functions.js).
 */
export const loadTemplatesPanel = () => import(/* webpackChunkName: "templates" */ "./components/TemplatesPanel");
export const loadAnalysePanel = () => import(/* webpackChunkName: "analyse" */ "./components/AnalysePanel");
export const loadFormulaBuilder = () => import(/* webpackChunkName: "builder" */ "./builder/FormulaBuilder");

/** How long after the first render the background load starts when the browser has no idle callback. */
const FALLBACK_DELAY_MS = 500;

/** Starts loading every chunk when the browser is next idle; returns what cancels it. */
export function loadChunksWhenIdle(): () => void {
  const load = () => {
    // A chunk that fails here is fetched again when it is shown, and that failure is then reported.
    for (const chunk of [loadTemplatesPanel, loadAnalysePanel, loadFormulaBuilder]) chunk().catch(() => undefined);
  };
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(load);
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(load, FALLBACK_DELAY_MS);
  return () => clearTimeout(id);
}
