/** @jest-environment jsdom */
/**
 * The entry point as the page runs it outside Excel: no `Office` global (office.js did not
 * load), a #root element. It must render the app with the null host, and not throw.
 */
import { screen, waitFor } from "@testing-library/react";
import { installDomPolyfills } from "../helpers/dom";

installDomPolyfills();

test("renders the app into #root with Office undefined", async () => {
  expect(typeof (globalThis as { Office?: unknown }).Office).toBe("undefined");
  document.body.innerHTML = '<div id="root"></div>';
  // The entry renders on its own, as in the page, not inside act(): tell React so.
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
  await import("../../src/taskpane/index");
  await waitFor(() => expect(screen.getByRole("heading", { level: 1, name: "AIFLAG" })).toBeTruthy());
  expect(screen.getByText(/Not connected to Excel/)).toBeTruthy();
  expect(screen.getAllByRole("button", { name: "Copy example" }).length).toBeGreaterThan(0);
  expect(errors).not.toHaveBeenCalled();
  errors.mockRestore();
  // Loading Fluent UI for the first time takes a few seconds.
}, 20000);

test("start() rejects with a clear message when the page has no #root", async () => {
  const { start } = await import("../../src/taskpane/start");
  const page = document.implementation.createHTMLDocument("no root");
  await expect(start(page, { office: undefined, run: () => Promise.reject(new Error("unused")) })).rejects.toThrow(/no <div id="root">/);
});
