/**
 * The host while office.js has not yet answered (a slow start inside Excel): the pane shows it
 * as "Connecting to Excel...", and anything asked of it waits for the host office.js leads to,
 * then goes there. The pane is expected inside Excel while it waits (outside Office, office.js
 * answers at once), so it offers to insert rather than to copy.
 */
import type { Host } from "./host";

export const CONNECTING_HOST_NAME = "Excel";

export function createPendingHost(ready: Promise<Host>): Host {
  const then = <T>(call: (host: Host) => Promise<T>): Promise<T> => ready.then(call);
  return {
    connected: true,
    connecting: true,
    hostName: CONNECTING_HOST_NAME,
    insertFormula: (formula) => then((host) => host.insertFormula(formula)),
    writePlan: (plan) => then((host) => host.writePlan(plan)),
    readSelection: () => then((host) => host.readSelection()),
    writeFormulasBeside: (analysis) => then((host) => host.writeFormulasBeside(analysis)),
    loadOnOpen: () => then((host) => host.loadOnOpen()),
    setLoadOnOpen: (on) => then((host) => host.setLoadOnOpen(on)),
    onLoadOnOpenChange(listener) {
      let stopped = false;
      let stop: (() => void) | undefined;
      void ready.then((host) => {
        if (!stopped) stop = host.onLoadOnOpenChange(listener);
      });
      return () => {
        stopped = true;
        stop?.();
      };
    },
  };
}
