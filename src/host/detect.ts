/**
 * Which host the taskpane runs in, and which theme to wear.
 *
 * office.js answers through `Office.onReady`: with host "Excel" inside Excel, with no host (null)
 * in a plain browser, where it answers as soon as it has found that out (the `Office.onReady`
 * reference: outside an Office application it resolves "with null for both the application and
 * platform"; the browser tests see the real office.js do it). Inside Excel it may take
 * many seconds on a slow start (a cold Excel, a busy machine, Excel on the web opening a large
 * workbook), and with the shared runtime (`lifetime="long"`) the page is never reloaded to try
 * again: so the answer is never timed out. Until it comes, the pane shows a connecting host
 * ("Connecting to Excel...") whose calls wait for it; then it switches to the Office host, or to
 * the not-connected host (another host, no host, onReady rejecting).
 *
 * Without office.js (`Office` undefined) the not-connected host at once; on a page that loads
 * office.js (taskpane.html) that means it failed to load, and the pane says so.
 */
import type { Host } from "./host";
import { createNullHost } from "./nullHost";
import type { StartupSetting } from "./loadOnOpen";
import { OFFICE_JS_MISSING } from "./messages";
import { createOfficeHost, runDelayingForCellEdit, type ExcelRun } from "./officeHost";
import { createPendingHost } from "./pendingHost";
import { SHARED_RUNTIME, type RequirementsLike, type SetSupport } from "./requirements";

export type Appearance = "light" | "dark";

/** The part of the `Office` global read here (`typeof Office` satisfies it). */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown }>;
  readonly context?: RequirementsLike & { readonly officeTheme?: Partial<Pick<Office.OfficeTheme, "bodyBackgroundColor" | "isDarkTheme">> | undefined };
}

export interface DetectEnv {
  office: OfficeLike | undefined;
  /** `Excel.run`, looked up only once Excel is known to be there. */
  run: ExcelRun;
  /** `Office.addin`'s startup behaviour, used only where SharedRuntime 1.1 is supported. */
  startup?: StartupSetting;
}

export interface Detected {
  host: Host;
  appearance: Appearance;
}

export interface Detection {
  /** What to show at once. */
  now: Detected;
  /** What to show once office.js has answered; absent when `now` is final. Never rejects. */
  later?: Promise<Detected>;
}

export interface DetectOptions {
  /** The page loads office.js (taskpane.html): its absence means it failed to load. */
  officeJsExpected?: boolean;
}

/** `#RRGGBB` (or `#RGB`) to relative luminance in [0, 1]; undefined when it is not a colour. */
export function luminanceOf(color: string): number | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return undefined;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Dark when Office's body background is dark; Office's own `isDarkTheme` when the colour is missing. */
export function appearanceOf(theme: Partial<Pick<Office.OfficeTheme, "bodyBackgroundColor" | "isDarkTheme">> | undefined): Appearance {
  const lum = theme?.bodyBackgroundColor ? luminanceOf(theme.bodyBackgroundColor) : undefined;
  if (lum !== undefined) return lum < 0.5 ? "dark" : "light";
  return theme?.isDarkTheme === true ? "dark" : "light";
}

/** Never throws: some hosts throw on reading the theme; they get the light theme. */
function appearanceSafe(office: OfficeLike): Appearance {
  try {
    return appearanceOf(office.context?.officeTheme);
  } catch {
    return "light";
  }
}

/** `onReady`'s host, whenever it comes; undefined when it rejects (or onReady itself throws). */
async function readyHost(office: OfficeLike): Promise<unknown> {
  try {
    return (await office.onReady()).host;
  } catch {
    return undefined;
  }
}

/** `isSetSupported` of the running Office, read at each call (never throws: requirements.ts catches). */
function setSupportOf(office: OfficeLike): SetSupport {
  return (name, version) => office.context?.requirements?.isSetSupported(name, version) === true;
}

/** The host office.js's answer leads to. */
function hostFor(env: DetectEnv, office: OfficeLike, host: unknown): Detected {
  // office.js defines Office.HostType.Excel as the string "Excel" (the typings declare an
  // initialiser-less enum): comparing the string works with a fake `Office` too.
  if (host !== "Excel") return { host: createNullHost(), appearance: "light" };
  const supports = setSupportOf(office);
  const sharedRuntime = supportsSharedRuntime(supports);
  return {
    host: createOfficeHost({ run: env.run, supports, startup: sharedRuntime ? env.startup : undefined }),
    appearance: appearanceSafe(office),
  };
}

function supportsSharedRuntime(supports: SetSupport): boolean {
  try {
    return supports(SHARED_RUNTIME.name, SHARED_RUNTIME.version);
  } catch {
    return false;
  }
}

/** What to show now and, when office.js is there, what to show once it has answered. */
export function startDetection(env: DetectEnv, options: DetectOptions = {}): Detection {
  const { office } = env;
  if (!office) {
    const host = createNullHost();
    return { now: { host: options.officeJsExpected ? { ...host, notConnectedReason: OFFICE_JS_MISSING } : host, appearance: "light" } };
  }
  const later = readyHost(office).then((host) => hostFor(env, office, host));
  return { now: { host: createPendingHost(later.then((d) => d.host)), appearance: "light" }, later };
}

/** The host once office.js has answered, however long it takes. */
export async function detectHost(env: DetectEnv, options: DetectOptions = {}): Promise<Detected> {
  const { now, later } = startDetection(env, options);
  return later ?? now;
}

/**
 * The page's real environment: the `Office` global when office.js loaded, `Excel.run` with
 * `delayForCellEdit`, and `Office.addin`'s startup behaviour. `Excel` and `Office.addin` exist
 * only once office.js has loaded Excel's part, so they are looked up at each call.
 */
export function browserEnv(): DetectEnv {
  return {
    office: typeof Office === "undefined" ? undefined : Office,
    run: runDelayingForCellEdit(() => Excel),
    startup: {
      get: async () => (await Office.addin.getStartupBehavior()) === Office.StartupBehavior.load,
      set: (load) => Office.addin.setStartupBehavior(load ? Office.StartupBehavior.load : Office.StartupBehavior.none),
    },
  };
}
