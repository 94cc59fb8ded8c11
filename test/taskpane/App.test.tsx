/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { webLightTheme } from "@fluentui/react-components";
import { formulaOf, NAMESPACE } from "../../src/core/docs/formula";
import { GROUPS, type FunctionDefinition } from "../../src/core/framework/definition";
import { REGISTRY } from "../../src/core/registry";
import type { Host, InsertResult } from "../../src/host/host";
import { NO_LOAD_ON_OPEN } from "../../src/host/loadOnOpen";
import { createNullHost } from "../../src/host/nullHost";
import { App } from "../../src/taskpane/App";
import { NOT_CONNECTED_TEXT } from "../../src/taskpane/components/Header";
import { installDomPolyfills } from "../helpers/dom";

installDomPolyfills();
// Sixteen cards in jsdom take seconds, more on a loaded machine: give the loops room.
jest.setTimeout(30000);

function fakeHost(result: InsertResult | Error, connected = true): Host & { insertFormula: jest.Mock } {
  return {
    connected,
    hostName: connected ? "Excel" : "not connected",
    insertFormula: jest.fn(async () => {
      if (result instanceof Error) throw result;
      return result;
    }),
    writePlan: jest.fn(async () => ({ outcome: "unsupported" as const, message: "not in these tests" })),
    readSelection: jest.fn(async () => ({ outcome: "unavailable" as const, message: "not in these tests" })),
    writeFormulasBeside: jest.fn(async () => ({ outcome: "unavailable" as const, message: "not in these tests" })),
    ...NO_LOAD_ON_OPEN,
  };
}

const inserted: InsertResult = { outcome: "inserted", address: "Sheet1!B2", message: "Inserted into Sheet1!B2." };

function renderApp(host: Host, functions?: readonly FunctionDefinition[]) {
  return render(<App host={host} theme={webLightTheme} functions={functions} />);
}

/** The card of a function, found by its title (cards are articles named by their title). */
function cardOf(def: FunctionDefinition): HTMLElement {
  return screen.getByRole("article", { name: def.words.title });
}

function search(text: string) {
  fireEvent.change(screen.getByRole("searchbox", { name: /search functions/i }), { target: { value: text } });
}

test("renders one card for every registry entry, with its title, Excel name and summary", () => {
  renderApp(fakeHost(inserted));
  expect(screen.getAllByRole("article")).toHaveLength(REGISTRY.length);
  for (const def of REGISTRY) {
    const card = cardOf(def);
    expect(within(card).getByRole("heading", { level: 3, name: def.words.title })).toBeTruthy();
    expect(within(card).getByText(`${NAMESPACE}.${def.id}`)).toBeTruthy();
    expect(within(card).getByText(def.words.summary)).toBeTruthy();
    expect(within(card).getByText(formulaOf(def, def.examples[0].args))).toBeTruthy();
  }
});

test("groups cards under group headings in GROUPS order, leaving out empty groups", () => {
  renderApp(fakeHost(inserted));
  const used = GROUPS.filter((g) => REGISTRY.some((def) => def.group === g.id));
  const headings = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
  expect(headings).toEqual(used.map((g) => g.title));
  for (const def of REGISTRY) {
    const group = GROUPS.find((g) => g.id === def.group)!;
    const section = screen.getByRole("region", { name: group.title });
    expect(within(section).getByRole("article", { name: def.words.title })).toBeTruthy();
  }
});

test("search filters cards by id, case-insensitively, and shows an empty state", () => {
  renderApp(fakeHost(inserted));
  const first = REGISTRY[0];
  const query = first.id.toLowerCase();
  const mentions = (d: FunctionDefinition) => `${d.id} ${JSON.stringify(d.words)}`.toLowerCase().includes(query);
  search(query);
  expect(cardOf(first)).toBeTruthy();
  for (const def of REGISTRY) {
    const card = screen.queryByRole("article", { name: def.words.title });
    if (mentions(def)) expect(card).not.toBeNull();
    else expect(card).toBeNull();
  }
  if (REGISTRY.length > 1) expect(screen.getAllByRole("article").length).toBeLessThan(REGISTRY.length);
  expect(screen.getByText(`${REGISTRY.filter(mentions).length} of ${REGISTRY.length} functions match`)).toBeTruthy();
  search("zzqx no such thing");
  expect(screen.queryAllByRole("article")).toHaveLength(0);
  expect(screen.getByText(/No function matches “zzqx no such thing”/)).toBeTruthy();
  search("");
  expect(screen.getAllByRole("article")).toHaveLength(REGISTRY.length);
});

test("search matches words of the title and summary, every term required", () => {
  renderApp(fakeHost(inserted));
  const def = REGISTRY[REGISTRY.length - 1];
  search(def.words.title.toUpperCase());
  expect(cardOf(def)).toBeTruthy();
  search(`${def.words.summary.split(" ").slice(0, 3).join(" ")} zzqx`);
  expect(screen.queryByRole("article", { name: def.words.title })).toBeNull();
});

test("not connected: the banner shows and the button copies", async () => {
  renderApp(createNullHost(undefined));
  expect(screen.getByText(NOT_CONNECTED_TEXT)).toBeTruthy();
  expect(screen.getByText("Not connected")).toBeTruthy();
  const card = cardOf(REGISTRY[0]);
  expect(within(card).getAllByRole("button", { name: "Copy example" }).length).toBeGreaterThan(0);
  expect(within(card).queryByRole("button", { name: "Insert example" })).toBeNull();
  await act(async () => {
    fireEvent.click(within(card).getAllByRole("button", { name: "Copy example" })[0]);
  });
  expect(within(card).getAllByRole("status")[0].textContent).toMatch(/copy it by hand/);
});

test("connected: no banner, and the badge names the host", () => {
  renderApp(fakeHost(inserted));
  expect(screen.queryByText(NOT_CONNECTED_TEXT)).toBeNull();
  expect(screen.getByText("Connected to Excel")).toBeTruthy();
});

test("Insert example sends each card's exact example formula and shows the outcome in that card", async () => {
  const host = fakeHost(inserted);
  renderApp(host);
  for (const def of REGISTRY) {
    host.insertFormula.mockClear();
    const card = cardOf(def);
    const status = within(card).getAllByRole("status")[0];
    expect(status.textContent).toBe("");
    await act(async () => {
      fireEvent.click(within(card).getAllByRole("button", { name: "Insert example" })[0]);
    });
    expect(host.insertFormula.mock.calls).toEqual([[formulaOf(def, def.examples[0].args)]]);
    expect(status.textContent).toBe("Inserted into Sheet1!B2.");
  }
  // One render and click per card: the time grows with the catalogue (about a second a card on a busy machine).
}, REGISTRY.length * 3000);

test("a refusal and an unexpected failure are both shown, in the clicked card only", async () => {
  const refused: InsertResult = {
    outcome: "cell-not-empty",
    address: "Sheet1!C3",
    message: "Sheet1!C3 is not empty, so nothing was written: select an empty cell and try again.",
  };
  const host = fakeHost(refused);
  renderApp(host);
  const [a, b] = REGISTRY;
  await act(async () => {
    fireEvent.click(within(cardOf(a)).getAllByRole("button", { name: "Insert example" })[0]);
  });
  expect(within(cardOf(a)).getAllByRole("status")[0].textContent).toBe(refused.message);
  expect(within(cardOf(b)).getAllByRole("status")[0].textContent).toBe("");

  host.insertFormula.mockRejectedValueOnce(new Error("The sheet is protected."));
  await act(async () => {
    fireEvent.click(within(cardOf(b)).getAllByRole("button", { name: "Insert example" })[0]);
  });
  expect(within(cardOf(b)).getAllByRole("status")[0].textContent).toBe("Could not insert the formula: The sheet is protected.");
});

test("details are collapsed until opened, then show the words, syntax and parameters", async () => {
  renderApp(fakeHost(inserted));
  const def = REGISTRY.find((d) => d.words.optimism !== undefined) ?? REGISTRY[0];
  const card = cardOf(def);
  expect(within(card).queryByText(def.words.why)).toBeNull();
  const headers = ["Why it matters", "What to watch", "How it is computed", "Thresholds", "Syntax and parameters"];
  if (def.words.optimism) headers.splice(2, 0, "The case for optimism");
  if (def.examples.length === 2) headers.push("One more example");
  if (def.examples.length > 2) headers.push(`${def.examples.length - 1} more examples`);
  expect(within(card).getAllByRole("heading", { level: 4 }).map((h) => h.textContent)).toEqual(headers);
  for (const name of ["Why it matters", "Thresholds", "Syntax and parameters"]) {
    // One act per click: the accordion computes its open set from the last render.
    await act(async () => {
      fireEvent.click(within(card).getByRole("button", { name }));
    });
  }
  expect(within(card).getByText(def.words.why)).toBeTruthy();
  expect(within(card).getByText(def.words.thresholds)).toBeTruthy();
  for (const p of def.params) expect(within(card).getByText(p.description)).toBeTruthy();
  expect(within(card).getByText(/^AIFLAG\.\w+\(/)).toBeTruthy();
});

test("a card without optimism has no optimism section", () => {
  const base = REGISTRY[0];
  const plain: FunctionDefinition = { ...base, words: { ...base.words, optimism: undefined } };
  renderApp(fakeHost(inserted), [plain]);
  expect(within(cardOf(plain)).queryByRole("button", { name: "The case for optimism" })).toBeNull();
  expect(within(cardOf(plain)).getByRole("button", { name: "Why it matters" })).toBeTruthy();
});

test("further examples sit in a collapsed section and insert their own formula", async () => {
  const [a, b] = REGISTRY;
  const second = { ...b.examples[0], note: "A second example." };
  const two: FunctionDefinition = { ...a, examples: [a.examples[0], second] };
  const host = fakeHost(inserted);
  renderApp(host, [two]);
  const card = cardOf(two);
  expect(within(card).getAllByRole("button", { name: "Insert example" })).toHaveLength(1);
  expect(within(card).queryByText("A second example.")).toBeNull();
  await act(async () => {
    fireEvent.click(within(card).getByRole("button", { name: "One more example" }));
  });
  expect(within(card).getByText("A second example.")).toBeTruthy();
  const buttons = within(card).getAllByRole("button", { name: "Insert example" });
  expect(buttons).toHaveLength(2);
  await act(async () => {
    fireEvent.click(buttons[1]);
  });
  expect(host.insertFormula).toHaveBeenCalledWith(formulaOf(two, second.args));
  expect(formulaOf(two, second.args)).not.toBe(formulaOf(two, a.examples[0].args));
  expect(within(card).getAllByRole("status")[1].textContent).toBe("Inserted into Sheet1!B2.");
  expect(within(card).getAllByRole("status")[0].textContent).toBe("");
});
