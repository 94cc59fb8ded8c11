/**
 * The preview page (preview.html, development only): the real taskpane beside a workbook held by
 * the formula engine, through the preview host. Starts with a sample sheet so that there is
 * something to see. office.js is the real one, served from the installed @microsoft/office-js
 * package: outside Office, Office.onReady resolves with no host and the page carries on.
 */
import { createRoot } from "react-dom/client";
import { PreviewPage } from "./components/PreviewPage";
import { createPreviewHost } from "./previewHost";
import { buildSamplePlan } from "./sample";
import { PreviewWorkbook } from "./workbook";

/** How long to wait for office.js before saying it did not answer. */
const OFFICE_READY_MS = 3000;

/** What office.js says here, in words: it never decides anything in the preview. */
async function officeStatus(): Promise<string> {
  if (typeof Office === "undefined") return "office.js not loaded";
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve("office.js did not answer"), OFFICE_READY_MS);
  });
  try {
    return await Promise.race([
      Office.onReady().then(
        (info) => (info.host ? `office.js: inside ${String(info.host)}` : "office.js loaded, outside Office"),
        () => "office.js loaded, outside Office",
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export async function start(doc: Document = document): Promise<void> {
  const container = doc.getElementById("root");
  if (!container) throw new Error('AIFLAG preview: the page has no <div id="root">.');
  const book = new PreviewWorkbook();
  const host = createPreviewHost(book);
  await host.writePlan(buildSamplePlan());
  // Start on the first AIFLAG formula, so the formula bar shows one.
  book.select({ row: 14, col: 1 });
  const root = createRoot(container);
  const render = (office: string) => root.render(<PreviewPage book={book} host={host} office={office} />);
  render("office.js loading...");
  render(await officeStatus());
}

start().catch((error: unknown) => {
  console.error(error);
});
