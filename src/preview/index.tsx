/**
 * The preview page (preview.html, development only): the real taskpane beside a workbook held by
 * the formula engine, through the preview host. Starts with a sample sheet so that there is
 * something to see. office.js is the real one, served from the installed @microsoft/office-js
 * package: outside Office, Office.onReady resolves with no host and the page carries on.
 */
import { createRoot } from "react-dom/client";
import { PreviewPage } from "./components/PreviewPage";
import { OFFICE_STATUS, officeStatus } from "./officeStatus";
import { createPreviewHost } from "./previewHost";
import { buildSamplePlan } from "./sample";
import { PreviewWorkbook } from "./workbook";

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
  render(OFFICE_STATUS.checking);
  render(await officeStatus(typeof Office === "undefined" ? undefined : Office));
}

start().catch((error: unknown) => {
  console.error(error);
});
