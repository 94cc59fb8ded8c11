/**
 * Whether the pane has been opened before, so that "Start here" shows on the first run only.
 * Kept in the page's localStorage (per machine and origin; Office's guidance for settings that
 * need no document). Where storage is refused (a browser setting, a sandboxed frame), the card
 * shows and hides for this session only: never an error.
 */
const KEY = "aiflag.startHere.done";

export interface SmallStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The page's localStorage, or undefined where reading it throws. */
export function pageStorage(): SmallStorage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export function startHereDone(storage: SmallStorage | undefined = pageStorage()): boolean {
  try {
    return storage?.getItem(KEY) === "yes";
  } catch {
    return false;
  }
}

export function markStartHereDone(storage: SmallStorage | undefined = pageStorage()): void {
  try {
    storage?.setItem(KEY, "yes");
  } catch {
    // Refused (full, or storage off): the card stays hidden for this session anyway.
  }
}
