/**
 * Starting the taskpane: find #root, render at once with the host known so far (connecting while
 * office.js has not answered), and again with the host office.js leads to, whenever it answers.
 * Safe outside Office: with no `Office` global the not-connected host is used and nothing throws.
 */
import { createRoot } from "react-dom/client";
import { browserEnv, startDetection, type DetectEnv, type Detected } from "../host/detect";
import { App } from "./App";
import { themeFor } from "./theme";

export async function start(doc: Document = document, env: DetectEnv = browserEnv()): Promise<void> {
  const container = doc.getElementById("root");
  if (!container) throw new Error('AIFLAG taskpane: the page has no <div id="root">.');
  // help.html marks its root data-view="reference": the same cards, all open, as the function reference.
  const view = container.dataset.view === "reference" ? "reference" : "taskpane";
  // taskpane.html loads office.js (data-office-js="true"): its absence there means it failed to load.
  const { now, later } = startDetection(env, { officeJsExpected: container.dataset.officeJs === "true" });
  const root = createRoot(container);
  const render = ({ host, appearance }: Detected) => root.render(<App host={host} theme={themeFor(appearance)} view={view} />);
  render(now);
  // React renders after this returns: scroll to the function the help URL names once it is there.
  const anchor = doc.location.hash.slice(1);
  if (view === "reference" && anchor) setTimeout(() => doc.getElementById(anchor)?.scrollIntoView(), 0);
  if (later) render(await later);
}
