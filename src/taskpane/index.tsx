/**
 * Taskpane entry: find #root, decide the host (Excel, or not connected), render the app.
 * Safe outside Office: with no `Office` global the null host is used and nothing throws.
 */
import { createRoot } from "react-dom/client";
import { browserEnv, detectHost, type DetectEnv } from "../host/detect";
import { App } from "./App";
import { themeFor } from "./theme";

export async function start(doc: Document = document, env: DetectEnv = browserEnv()): Promise<void> {
  const container = doc.getElementById("root");
  if (!container) throw new Error('AIFLAG taskpane: the page has no <div id="root">.');
  const { host, appearance } = await detectHost(env);
  // help.html marks its root data-view="reference": the same cards, all open, as the function reference.
  const view = container.dataset.view === "reference" ? "reference" : "taskpane";
  createRoot(container).render(<App host={host} theme={themeFor(appearance)} view={view} />);
  // React renders after this returns: scroll to the function the help URL names once it is there.
  const anchor = doc.location.hash.slice(1);
  if (view === "reference" && anchor) setTimeout(() => doc.getElementById(anchor)?.scrollIntoView(), 0);
}

start().catch((error: unknown) => {
  // The page cannot show the app: say so in the console, where a developer looks.
  console.error(error);
});
