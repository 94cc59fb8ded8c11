/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { webLightTheme } from "@fluentui/react-components";
import { formulaOf, NAMESPACE } from "../../src/core/docs/formula";
import { GROUPS, type FunctionDefinition } from "../../src/core/framework/definition";
import { REGISTRY } from "../../src/core/registry";
import type { Host, InsertResult } from "../../src/host/host";
import { NO_LOAD_ON_OPEN } from "../../src/host/loadOnOpen";
import { createNullHost } from "../../src/host/nullHost";
import { App } from "../../src/taskpane/App";
import { anchorOf } from "../../src/core/docs/reference";
import { groupFunctions } from "../../src/taskpane/catalogue";
import { SKIP_LINK_TEXT } from "../../src/taskpane/App";
import { moreExamplesHeading } from "../../src/taskpane/components/FlagDetails";
import { START_ACTIONS } from "../../src/taskpane/components/StartHere";
import { FIRST_CARDS, FUNCTIONS_LIST_ID } from "../../src/taskpane/components/FunctionsPanel";
import { BUILDER_HEADING } from "../../src/taskpane/components/FlagDetails";
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
    readSelectionAddress: jest.fn(async () => ({ outcome: "unavailable" as const, message: "not in these tests" })),
    lastInsertion: jest.fn(async () => undefined),
    removeLastInsertion: jest.fn(async () => ({ outcome: "nothing" as const, message: "not in these tests" })),
    onInsertionsChange: () => () => undefined,
    ...NO_LOAD_ON_OPEN,
  };
}

const inserted: InsertResult = { outcome: "inserted", address: "Sheet1!B2", message: "Inserted into Sheet1!B2." };

function renderApp(host: Host, functions?: readonly FunctionDefinition[]) {
  return render(<App host={host} theme={webLightTheme} functions={functions} />);
}

/** Renders the app and waits for every card: the first few come in the first frame, the rest right after. */
async function renderAll(host: Host, functions: readonly FunctionDefinition[] = REGISTRY) {
  const result = renderApp(host, functions);
  // Rendering every card takes seconds in jsdom on a loaded machine.
  await waitFor(() => expect(screen.getAllByRole("article")).toHaveLength(functions.length), { timeout: 15000 });
  return result;
}

/** The card of a function, found by its title (cards are articles named by their title). */
function cardOf(def: FunctionDefinition): HTMLElement {
  return screen.getByRole("article", { name: def.words.title });
}

function search(text: string) {
  fireEvent.change(screen.getByRole("searchbox", { name: /search functions/i }), { target: { value: text } });
}

/** The cards shown, in order, by function id. */
function shownIds(): string[] {
  return screen.queryAllByRole("article").map((a) => a.querySelector("code")?.textContent?.replace(`${NAMESPACE}.`, "") ?? "");
}

beforeEach(() => localStorage.clear());

test("the first frame holds the first few cards; every card follows, with its title, Excel name and summary", async () => {
  renderApp(fakeHost(inserted));
  expect(screen.getAllByRole("article")).toHaveLength(FIRST_CARDS);
  await waitFor(() => expect(screen.getAllByRole("article")).toHaveLength(REGISTRY.length), { timeout: 15000 });
  for (const def of REGISTRY) {
    const card = cardOf(def);
    expect(within(card).getByRole("heading", { level: 3, name: def.words.title })).toBeTruthy();
    expect(within(card).getByText(`${NAMESPACE}.${def.id}`)).toBeTruthy();
    expect(within(card).getByText(def.words.summary)).toBeTruthy();
    expect(within(card).getByText(formulaOf(def, def.examples[0].args))).toBeTruthy();
  }
});

test("groups cards under group headings in GROUPS order, leaving out empty groups", async () => {
  await renderAll(fakeHost(inserted));
  const used = GROUPS.filter((g) => REGISTRY.some((def) => def.group === g.id));
  const headings = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
  expect(headings).toEqual(["Start here", ...used.map((g) => g.title)]);
  for (const def of REGISTRY) {
    const group = GROUPS.find((g) => g.id === def.group)!;
    const section = screen.getByRole("region", { name: group.title });
    expect(within(section).getByRole("article", { name: def.words.title })).toBeTruthy();
  }
});

test("search ranks the id and title matches first, says how many match, and comes back to the catalogue when cleared", async () => {
  await renderAll(fakeHost(inserted));
  search("capex");
  const ids = shownIds();
  expect(ids[0]).toBe("CAPEXCREEP");
  // The functions with a parameter named capex come before those that only mention it.
  const withParam = REGISTRY.filter((d) => d.id !== "CAPEXCREEP" && d.params.some((p) => p.name === "capex")).map((d) => d.id);
  expect(ids.slice(1, 1 + withParam.length).sort()).toEqual([...withParam].sort());
  expect(screen.getByRole("heading", { level: 2, name: "Best matches first" })).toBeTruthy();
  expect(screen.getByText(`${ids.length} of ${REGISTRY.length} functions match`)).toBeTruthy();
  search("AIFLAG.DEPGAP");
  expect(shownIds()[0]).toBe("DEPGAP");
  search("");
  expect(screen.getAllByRole("article")).toHaveLength(REGISTRY.length);
  expect(screen.queryByRole("heading", { name: "Best matches first" })).toBeNull();
});

test("nothing matches: the nearest function is offered, and choosing it shows its card", async () => {
  await renderAll(fakeHost(inserted));
  const runway = REGISTRY.find((d) => d.id === "RUNWAY")!;
  search("runaway");
  expect(screen.queryAllByRole("article")).toHaveLength(0);
  expect(screen.getByText(/No function matches “runaway”/)).toBeTruthy();
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: `${runway.words.title} (${NAMESPACE}.RUNWAY)` }));
  });
  expect(shownIds()).toEqual(["RUNWAY"]);
  search("zzqx no such thing");
  expect(screen.queryAllByRole("article")).toHaveLength(0);
  expect(screen.getByText(/No function matches “zzqx no such thing”. Try fewer words/)).toBeTruthy();
  expect(screen.queryByRole("button", { name: /^Did you mean/ })).toBeNull();
});

test("search matches words of the title and summary, every term required", async () => {
  await renderAll(fakeHost(inserted));
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
  await renderAll(host);
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

test("one Details button per card opens the words, syntax, parameters and further examples", async () => {
  await renderAll(fakeHost(inserted));
  const def = REGISTRY.find((d) => d.words.optimism !== undefined && d.examples.length > 1) ?? REGISTRY[0];
  const card = cardOf(def);
  expect(within(card).queryByText(def.words.why)).toBeNull();
  const details = within(card).getByRole("button", { name: "Details" });
  expect(within(card).getAllByRole("button").map((b) => b.textContent)).toEqual(["Insert example", "Details"]);
  expect(details.getAttribute("aria-expanded")).toBe("false");
  expect(document.getElementById(details.getAttribute("aria-describedby") ?? "")?.textContent).toBe(def.words.title);
  await act(async () => {
    fireEvent.click(details);
  });
  expect(details.getAttribute("aria-expanded")).toBe("true");
  const panel = document.getElementById(details.getAttribute("aria-controls") ?? "") as HTMLElement;
  expect(card.contains(panel)).toBe(true);
  const headers = [BUILDER_HEADING, "Why it matters", "What to watch", "The case for optimism", "How it is computed", "Thresholds", "Syntax and parameters"];
  if (def.examples.length > 1) headers.push(moreExamplesHeading(def.examples.length - 1));
  expect(within(panel).getAllByRole("heading", { level: 4 }).map((h) => h.textContent)).toEqual(headers);
  expect(within(panel).getByText(def.words.why)).toBeTruthy();
  expect(within(panel).getByText(def.words.thresholds)).toBeTruthy();
  for (const p of def.params) expect(within(panel).getByText(p.description)).toBeTruthy();
  expect(within(panel).getByText(/^AIFLAG\.\w+\(/)).toBeTruthy();
  await act(async () => {
    fireEvent.click(details);
  });
  expect(within(card).queryByText(def.words.why)).toBeNull();
});

test("a card without optimism has no optimism section", async () => {
  const base = REGISTRY[0];
  const { optimism, ...words } = base.words;
  expect(optimism).toBeDefined();
  const plain: FunctionDefinition = { ...base, words };
  await renderAll(fakeHost(inserted), [plain]);
  await act(async () => {
    fireEvent.click(within(cardOf(plain)).getByRole("button", { name: "Details" }));
  });
  const headings = within(cardOf(plain)).getAllByRole("heading", { level: 4 }).map((h) => h.textContent);
  expect(headings).toContain("Why it matters");
  expect(headings).not.toContain("The case for optimism");
});

test("further examples sit behind Details and insert their own formula", async () => {
  const [a, b] = REGISTRY;
  const second = { ...b.examples[0], note: "A second example." };
  const two: FunctionDefinition = { ...a, examples: [a.examples[0], second] };
  const host = fakeHost(inserted);
  await renderAll(host, [two]);
  const card = cardOf(two);
  expect(within(card).getAllByRole("button", { name: "Insert example" })).toHaveLength(1);
  expect(within(card).queryByText("A second example.")).toBeNull();
  await act(async () => {
    fireEvent.click(within(card).getByRole("button", { name: "Details" }));
  });
  expect(within(card).getByRole("heading", { level: 4, name: "One more example" })).toBeTruthy();
  expect(within(card).getByText("A second example.")).toBeTruthy();
  const buttons = within(card).getAllByRole("button", { name: "Insert example" });
  expect(buttons).toHaveLength(2);
  await act(async () => {
    fireEvent.click(buttons[1]);
  });
  expect(host.insertFormula).toHaveBeenCalledWith(formulaOf(two, second.args));
  expect(formulaOf(two, second.args)).not.toBe(formulaOf(two, a.examples[0].args));
  // Each example's outcome beside its own button.
  expect(within(buttons[1].parentElement!).getByRole("status").textContent).toBe("Inserted into Sheet1!B2.");
  expect(within(buttons[0].parentElement!).getByRole("status").textContent).toBe("");
});

test("first run: Start here offers three ways in; a choice opens its tab, moves the focus there, and the card does not come back", async () => {
  const { unmount } = renderApp(fakeHost(inserted), REGISTRY.slice(0, 1));
  const card = screen.getByRole("region", { name: "Start here" });
  expect(within(card).getAllByRole("button").map((b) => b.textContent)).toEqual(START_ACTIONS.map((a) => a.label));
  for (const b of within(card).getAllByRole("button")) expect(document.getElementById(b.getAttribute("aria-describedby") ?? "")?.textContent).toBeTruthy();
  await act(async () => {
    fireEvent.click(within(card).getByRole("button", { name: "Insert a template" }));
  });
  expect(screen.queryByRole("region", { name: "Start here" })).toBeNull();
  expect(screen.getByRole("tab", { name: "Templates" }).getAttribute("aria-selected")).toBe("true");
  expect(document.activeElement?.getAttribute("role")).toBe("tabpanel");
  expect(document.activeElement?.getAttribute("aria-labelledby")).toBe(screen.getByRole("tab", { name: "Templates" }).id);
  unmount();
  renderApp(fakeHost(inserted), REGISTRY.slice(0, 1));
  expect(screen.queryByRole("region", { name: "Start here" })).toBeNull();
});

test("Browse the flags and the skip link both take the keyboard to the list of functions", async () => {
  renderApp(fakeHost(inserted), REGISTRY.slice(0, 2));
  await act(async () => {
    fireEvent.click(screen.getByRole("tab", { name: "Analyse" }));
  });
  const skip = screen.getByRole("link", { name: SKIP_LINK_TEXT });
  await act(async () => {
    fireEvent.click(skip);
  });
  expect(screen.getByRole("tab", { name: "Functions" }).getAttribute("aria-selected")).toBe("true");
  expect(document.activeElement?.id).toBe(FUNCTIONS_LIST_ID);
  (document.activeElement as HTMLElement).blur();
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Browse the flags" }));
  });
  expect(document.activeElement?.id).toBe(FUNCTIONS_LIST_ID);
  expect(screen.queryByRole("region", { name: "Start here" })).toBeNull();
});

test("the reference page: a table of contents linking every card, every card open, and the anchor's card scrolled to and focused", async () => {
  const scrolled: string[] = [];
  const original = Element.prototype.scrollIntoView;
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this.id);
  };
  try {
    const def = REGISTRY.find((d) => d.id === "DEPCLIFF")!;
    render(<App host={createNullHost(undefined)} theme={webLightTheme} view="reference" anchor="depcliff" />);
    expect(screen.getAllByRole("article")).toHaveLength(REGISTRY.length);
    const contents = screen.getByRole("navigation", { name: "Contents" });
    const links = within(contents).getAllByRole("link");
    expect(links.map((a) => a.getAttribute("href"))).toEqual(groupFunctions(REGISTRY).flatMap((g) => g.functions.map((d) => `#${anchorOf(d)}`)));
    for (const a of links) expect(document.getElementById(a.getAttribute("href")!.slice(1))?.tagName).toBe("ARTICLE");
    expect(screen.queryByRole("region", { name: "Start here" })).toBeNull();
    expect(screen.queryByRole("tablist")).toBeNull();
    for (const b of screen.getAllByRole("button", { name: "Details" })) expect(b.getAttribute("aria-expanded")).toBe("true");
    await waitFor(() => expect(scrolled).toEqual([anchorOf(def)]));
    expect(document.activeElement).toBe(cardOf(def));
  } finally {
    Element.prototype.scrollIntoView = original;
  }
});
