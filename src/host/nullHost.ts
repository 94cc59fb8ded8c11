/**
 * The host outside Excel (a plain browser, the preview, office.js that failed to load):
 * nothing to write into, so a formula goes to the clipboard, or the user copies it by hand.
 */
import { insertResult, type Host, type InsertResult } from "./host";

/** The part of `navigator.clipboard` used here. */
export interface ClipboardLike {
  writeText(text: string): Promise<void>;
}

/** `navigator.clipboard` when the page has one (it needs a secure context), else undefined. */
export function browserClipboard(): ClipboardLike | undefined {
  if (typeof navigator === "undefined") return undefined;
  return navigator.clipboard ?? undefined;
}

export const NOT_CONNECTED = "not connected";

export function createNullHost(clipboard: ClipboardLike | undefined = browserClipboard()): Host {
  return {
    connected: false,
    hostName: NOT_CONNECTED,
    async insertFormula(formula: string): Promise<InsertResult> {
      if (!clipboard) return insertResult.copyByHand(formula);
      try {
        await clipboard.writeText(formula);
        return insertResult.copied();
      } catch {
        // Permission denied or the page lacks focus: copying by hand is the expected fallback.
        return insertResult.copyByHand(formula);
      }
    },
  };
}
