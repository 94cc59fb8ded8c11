/** The first-run flag and the system's colour scheme: never an error where the browser refuses. */
import { markStartHereDone, startHereDone, type SmallStorage } from "../../src/taskpane/firstRun";
import { systemAppearance } from "../../src/taskpane/theme";

function memory(): SmallStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

const refusing: SmallStorage = {
  getItem: () => {
    throw new Error("SecurityError: storage is disabled");
  },
  setItem: () => {
    throw new Error("QuotaExceededError");
  },
};

test("Start here is done once marked, and stays so in the same storage", () => {
  const storage = memory();
  expect(startHereDone(storage)).toBe(false);
  markStartHereDone(storage);
  expect(startHereDone(storage)).toBe(true);
  expect([...storage.items.values()]).toEqual(["yes"]);
});

test("storage that throws or is missing: the card shows, and marking it done throws nothing", () => {
  expect(startHereDone(refusing)).toBe(false);
  expect(() => markStartHereDone(refusing)).not.toThrow();
  expect(startHereDone(undefined)).toBe(false);
  expect(() => markStartHereDone(undefined)).not.toThrow();
});

test("the system's colour scheme, light where the browser cannot say", () => {
  const media = (dark: boolean) => ({ matchMedia: (q: string) => ({ matches: dark && q === "(prefers-color-scheme: dark)" }) as MediaQueryList });
  expect(systemAppearance(media(true))).toBe("dark");
  expect(systemAppearance(media(false))).toBe("light");
  expect(systemAppearance(undefined)).toBe("light");
  expect(systemAppearance({} as Pick<Window, "matchMedia">)).toBe("light");
});
