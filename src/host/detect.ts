/**
 * Which host the taskpane runs in, and which theme to wear.
 *
 * Inside Excel, `Office.onReady` resolves with host "Excel": the Office host. Otherwise the
 * null host: when office.js is absent (`Office` undefined), when it reports another host or
 * none (the page opened in a plain browser), when it rejects, or when it does not resolve
 * within `timeoutMs` (office.js loaded but cannot reach a host).
 */
import type { Host } from "./host";
import { createNullHost } from "./nullHost";
import { createOfficeHost, type ExcelRun } from "./officeHost";
import type { RequirementsLike, SetSupport } from "./requirements";

export type Appearance = "light" | "dark";

/** The part of the `Office` global read here (`typeof Office` satisfies it). */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown }>;
  readonly context?: RequirementsLike & { readonly officeTheme?: Partial<Pick<Office.OfficeTheme, "bodyBackgroundColor" | "isDarkTheme">> };
}

export interface DetectEnv {
  office: OfficeLike | undefined;
  /** `Excel.run`, looked up only once Excel is known to be there. */
  run: ExcelRun;
  timeoutMs?: number;
}

export interface Detected {
  host: Host;
  appearance: Appearance;
}

export const READY_TIMEOUT_MS = 1500;

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

/** `onReady`'s host, or undefined when it rejects or takes longer than `ms`. */
async function readyHost(office: OfficeLike, ms: number): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([office.onReady().then((info) => info.host, () => undefined), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** `isSetSupported` of the running Office, read at each call (never throws: requirements.ts catches). */
function setSupportOf(office: OfficeLike): SetSupport {
  return (name, version) => office.context?.requirements?.isSetSupported(name, version) === true;
}

export async function detectHost(env: DetectEnv): Promise<Detected> {
  const { office, run, timeoutMs = READY_TIMEOUT_MS } = env;
  if (!office) return { host: createNullHost(), appearance: "light" };
  // office.js defines Office.HostType.Excel as the string "Excel" (the typings declare an
  // initialiser-less enum): comparing the string works with a fake `Office` too.
  const host = await readyHost(office, timeoutMs);
  if (host !== "Excel") return { host: createNullHost(), appearance: "light" };
  return { host: createOfficeHost({ run, supports: setSupportOf(office) }), appearance: appearanceSafe(office) };
}

/** The page's real environment: the `Office` global when office.js loaded, and `Excel.run`. */
export function browserEnv(): DetectEnv {
  return {
    office: typeof Office === "undefined" ? undefined : Office,
    run: (batch) => Excel.run(batch),
  };
}
