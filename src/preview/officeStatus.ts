/**
 * What the preview's top bar says about Office, in plain words. office.js is the real one,
 * served from the installed @microsoft/office-js package; outside Office, `Office.onReady`
 * answers with no host, and the preview carries on either way: it never decides anything.
 */

export const OFFICE_STATUS = {
  checking: "Checking whether this page runs in Excel...",
  outside: "Running in a browser, not in Excel: the workbook on the left stands in for one.",
  notLoaded: "Microsoft's Office library did not load; the preview works without it.",
  silent: "Microsoft's Office library did not answer; the preview works without it.",
  inside: (host: string) => `Running inside ${host}.`,
} as const;

/** How long to wait for office.js before saying it did not answer. */
export const OFFICE_READY_MS = 3000;

/** The part of the `Office` global read here. */
export interface OfficeReady {
  onReady(): Promise<{ host: unknown }>;
}

/** What office.js says here, as one of the sentences above. */
export async function officeStatus(office: OfficeReady | undefined, waitMs: number = OFFICE_READY_MS): Promise<string> {
  if (!office) return OFFICE_STATUS.notLoaded;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(OFFICE_STATUS.silent), waitMs);
  });
  try {
    return await Promise.race([
      office.onReady().then(
        (info) => (info.host ? OFFICE_STATUS.inside(String(info.host)) : OFFICE_STATUS.outside),
        () => OFFICE_STATUS.outside,
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
