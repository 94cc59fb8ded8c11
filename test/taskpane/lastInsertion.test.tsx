/** @jest-environment jsdom */
/** The foot's last insertion: what AIFLAG inserted last, and removing it (or being told why not). */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { REMOVE_LABEL } from "../../src/taskpane/components/LastInsertion";
import { installDomPolyfills } from "../helpers/dom";
import { fakeHost } from "./fakeHost";
import { REGISTRY } from "../../src/core/registry";

installDomPolyfills();
jest.setTimeout(30000);

const last = { id: 1, kind: "beside" as const, what: "the formulas beside Model!B2:E7", where: "Model!G2:J8" };

test("nothing inserted: nothing shown", async () => {
  render(<App host={fakeHost()} theme={webLightTheme} functions={REGISTRY.slice(0, 1)} />);
  await act(async () => undefined);
  expect(screen.queryByRole("button", { name: REMOVE_LABEL })).toBeNull();
});

test("the last insertion is named; removing it shows the host's sentence; a refusal shows why", async () => {
  const host = fakeHost({ last, remove: { outcome: "refused", message: "Nothing was removed: Model!G2:J8 was changed since AIFLAG wrote it." } });
  render(<App host={host} theme={webLightTheme} functions={REGISTRY.slice(0, 1)} />);
  expect(await screen.findByText("Last inserted by AIFLAG: the formulas beside Model!B2:E7 (Model!G2:J8).")).toBeTruthy();
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: REMOVE_LABEL }));
  });
  expect(host.removeLastInsertion).toHaveBeenCalledTimes(1);
  expect(screen.getByText("Nothing was removed: Model!G2:J8 was changed since AIFLAG wrote it.")).toBeTruthy();
});
