/**
 * The host while office.js has not yet answered (a slow start inside Excel): the pane shows it
 * as "Connecting to Excel...", and anything asked of it waits for the host office.js leads to,
 * then goes there. The pane is expected inside Excel while it waits (outside Office, office.js
 * answers at once), so it offers to insert rather than to copy.
 */
import type { Host, LoadOnOpen } from "./host";

export const CONNECTING_HOST_NAME = "Excel";

export function createPendingHost(ready: Promise<Host>): Host {
  const then = <T>(call: (host: Host) => Promise<T>): Promise<T> => ready.then(call);
  /** Subscribes on the host once it is known; the unsubscribe works before that too. */
  const later = <L>(subscribe: (host: Host, listener: L) => () => void) => (listener: L) => {
    let stopped = false;
    let stop: (() => void) | undefined;
    void ready.then((host) => {
      if (!stopped) stop = subscribe(host, listener);
    });
    return () => {
      stopped = true;
      stop?.();
    };
  };
  return {
    connected: true,
    connecting: true,
    hostName: CONNECTING_HOST_NAME,
    insertFormula: (formula, numberFormat) => then((host) => host.insertFormula(formula, numberFormat)),
    writePlan: (plan, options) => then((host) => host.writePlan(plan, options)),
    readSelection: () => then((host) => host.readSelection()),
    readSelectionAddress: () => then((host) => host.readSelectionAddress()),
    writeFormulasBeside: (analysis) => then((host) => host.writeFormulasBeside(analysis)),
    lastInsertion: () => then((host) => host.lastInsertion()),
    removeLastInsertion: () => then((host) => host.removeLastInsertion()),
    onInsertionsChange: later((host, listener: () => void) => host.onInsertionsChange(listener)),
    loadOnOpen: () => then((host) => host.loadOnOpen()),
    setLoadOnOpen: (on) => then((host) => host.setLoadOnOpen(on)),
    onLoadOnOpenChange: later((host, listener: (state: LoadOnOpen) => void) => host.onLoadOnOpenChange(listener)),
  };
}
