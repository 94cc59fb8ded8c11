/**
 * The worker that reads a companyfacts file for the pane (a chunk of its own, started by
 * workerClient.ts): each message is a `SecReadRequest`, each answer a `SecReadResponse`
 * (protocol.ts), so that parsing and normalising a file of several MB never blocks the pane.
 */
import { handleSecRead, type SecReadRequest, type SecReadResponse } from "./protocol";

/** What a dedicated worker's global offers that this file uses. */
export interface WorkerScope {
  onmessage: ((event: MessageEvent<SecReadRequest>) => void) | null;
  postMessage(message: SecReadResponse): void;
}

/** Answers every request on `scope`; the answer is posted once the file is read. */
export function listen(scope: WorkerScope, handle: typeof handleSecRead = handleSecRead): void {
  scope.onmessage = (event) => {
    void handle(event.data).then((response) => scope.postMessage(response));
  };
}

// Inside a worker only: jest imports this file to test `listen` with a scope of its own.
declare const WorkerGlobalScope: unknown;
if (typeof WorkerGlobalScope !== "undefined") listen(self);
