/**
 * Starting the taskpane: find #root, render at once with the host known so far (connecting while
 * office.js has not answered), and again with the host office.js leads to, whenever it answers.
 * Safe outside Office: with no `Office` global the not-connected host is used and nothing throws.
 */
import { createRoot } from "react-dom/client";
import { browserEnv, startDetection, type DetectEnv, type Detected } from "../host/detect";
import { App } from "./App";
import { systemAppearance, themeFor } from "./theme";

export async function start(doc: Document = document, env: DetectEnv = browserEnv()): Promise<void> {
  const container = doc.getElementById("root");
  if (!container) throw new Error('AIFLAG taskpane: the page has no <div id="root">.');
  // help.html marks its root data-view="reference": the same cards, all open, as the function reference.
  const view = container.dataset.view === "reference" ? "reference" : "taskpane";
  // The help URL of a function names its card: help.html#depcliff opens there.
  const anchor = doc.location.hash.slice(1) || undefined;
  // taskpane.html loads office.js (data-office-js="true"): its absence there means it failed to load.
  const { now, later } = startDetection(env, { officeJsExpected: container.dataset.officeJs === "true" });
  const root = createRoot(container);
  const render = ({ host, appearance }: Detected) => {
    // Office's theme inside Excel; elsewhere (a browser, or until Excel answers) the system's.
    const look = host.connected && !host.connecting ? appearance : systemAppearance(doc.defaultView);
    // The page around the pane (scroll bars, overscroll) in the same scheme.
    doc.documentElement.style.colorScheme = look;
    root.render(<App host={host} theme={themeFor(look)} view={view} anchor={anchor} />);
  };
  render(now);
  if (later) render(await later);
}
