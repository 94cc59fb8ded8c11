/**
 * Loading AIFLAG with the workbook, so that its functions calculate as soon as a workbook that
 * holds them opens.
 *
 * Why: AIFLAG's functions run in the add-in's shared runtime. Until that runtime has started,
 * Excel cannot compute them, and their cells show #BUSY! in a workbook that was closed and
 * reopened. Microsoft Learn, "Run code in your Office Add-in when the document opens" and
 * "Configure your Office Add-in to use a shared runtime": `Office.addin.setStartupBehavior(
 * Office.StartupBehavior.load)` (requirement set SharedRuntime 1.1) makes Excel load the add-in,
 * without showing its pane, the next time this document opens; `Office.StartupBehavior.none`
 * undoes it. The setting is kept in the document (office.js stores it through its
 * AppRuntimePersistenceService), so it travels with the workbook.
 *
 * When: after AIFLAG has written formulas into the workbook (a template, the formulas beside a
 * block, an inserted formula), unless the user turned it off in this session. The outcome
 * sentence then says so and names the switch that turns it off.
 */
import type { Host, LoadOnOpen, LoadOnOpenResult } from "./host";

/** `Office.addin`'s startup behaviour as a yes/no: does the add-in load when this document opens. */
export interface StartupSetting {
  get(): Promise<boolean>;
  set(load: boolean): Promise<void>;
}

/** The switch at the foot of the pane; the sentence after an insertion names it. */
export const LOAD_ON_OPEN_LABEL = "Load AIFLAG when this workbook opens";

export const LOAD_ON_OPEN_MESSAGES = {
  turnedOn:
    "AIFLAG will now load when this workbook opens, so its functions calculate at once instead of showing #BUSY! " +
    `until the pane is opened. To stop this, turn off "${LOAD_ON_OPEN_LABEL}" at the foot of the pane.`,
  on: "AIFLAG will load when this workbook opens.",
  off: "AIFLAG will load only when you open its pane: until then, its functions in this workbook may show #BUSY! after the workbook reopens.",
  unavailable: "Loading AIFLAG with the workbook needs Excel with the shared runtime (SharedRuntime 1.1): nothing was changed.",
  failed: (reason: string) =>
    `AIFLAG could not set itself to load with this workbook (${reason}): its functions may show #BUSY! when the workbook reopens, until you open the AIFLAG pane.`,
} as const;

type LoadOnOpenMethods = Pick<Host, "loadOnOpen" | "setLoadOnOpen" | "onLoadOnOpenChange">;

/** For hosts that cannot load with the workbook (not connected, the preview). */
export const NO_LOAD_ON_OPEN: LoadOnOpenMethods = {
  loadOnOpen: async () => "unavailable",
  setLoadOnOpen: async (): Promise<LoadOnOpenResult> => ({ state: "unavailable", message: LOAD_ON_OPEN_MESSAGES.unavailable }),
  onLoadOnOpenChange: () => () => undefined,
};

export interface LoadOnOpenControl extends LoadOnOpenMethods {
  /**
   * After formulas were written: turns loading with the workbook on when it is off (unless the
   * user turned it off in this session) and returns the sentence to add to the outcome; "" when
   * nothing changed. Never rejects: a failure becomes a sentence, the insertion still stands.
   */
  afterInsertion(): Promise<string>;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The Office host's half of loading with the workbook; `setting` undefined where SharedRuntime 1.1 is missing. */
export function createLoadOnOpen(setting: StartupSetting | undefined): LoadOnOpenControl {
  if (!setting) return { ...NO_LOAD_ON_OPEN, afterInsertion: async () => "" };
  const listeners = new Set<(state: LoadOnOpen) => void>();
  const tell = (state: LoadOnOpen) => listeners.forEach((listener) => listener(state));
  let turnedOffByUser = false;
  return {
    async loadOnOpen() {
      try {
        return (await setting.get()) ? "on" : "off";
      } catch {
        return "unavailable";
      }
    },
    async setLoadOnOpen(on) {
      await setting.set(on);
      turnedOffByUser = !on;
      const state: LoadOnOpen = on ? "on" : "off";
      tell(state);
      return { state, message: on ? LOAD_ON_OPEN_MESSAGES.on : LOAD_ON_OPEN_MESSAGES.off };
    },
    onLoadOnOpenChange(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    async afterInsertion() {
      if (turnedOffByUser) return "";
      try {
        if (await setting.get()) return "";
        await setting.set(true);
      } catch (error) {
        return LOAD_ON_OPEN_MESSAGES.failed(reasonOf(error));
      }
      tell("on");
      return LOAD_ON_OPEN_MESSAGES.turnedOn;
    },
  };
}

/** `result` with `note` after its sentence (unchanged when the note is empty). */
export function withNote<R extends { message: string }>(result: R, note: string): R {
  return note ? { ...result, message: `${result.message} ${note}` } : result;
}
