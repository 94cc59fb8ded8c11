/**
 * What jsdom lacks and Fluent UI v9 asks for. Installed only when missing, so a jsdom that
 * has the real thing keeps it.
 *
 * - ResizeObserver: MessageBar measures itself to reflow its actions (useMessageBarReflow).
 * (matchMedia is not needed: Fluent's reduced-motion hook checks that it exists.)
 */
export function installDomPolyfills(): void {
  if (typeof window === "undefined") return;
  if (typeof window.ResizeObserver !== "function") {
    window.ResizeObserver = class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    };
  }
}
