/**
 * The pane's side of the SEC file reader: starts the worker (secWorker.ts, built by webpack as a
 * chunk of its own: the page's Content-Security-Policy allows it as a script of the add-in's own
 * origin), hands it the file, and stops it once it has answered, so that the parsed document's
 * memory goes with it. The time from handing the file to the answer is measured here.
 */
import type { Basis } from "../../sources/sec/restatement";
import type { SecReadResponse } from "./protocol";

export type SecReadResult = SecReadResponse & {
  /** From handing the file to the worker to its answer, the worker's start included. */
  roundTripMs: number;
};

/** What to read besides the fiscal years, and on which basis. */
export interface SecReadOptions {
  basis?: Basis;
  quarters?: boolean;
}

export type SecFileReader = (file: File, options?: SecReadOptions) => Promise<SecReadResult>;

let nextId = 0;

export const readInWorker: SecFileReader = (file, options = {}) =>
  new Promise((resolve) => {
    const id = ++nextId;
    const started = performance.now();
    const worker = new Worker(/* webpackChunkName: "secWorker" */ new URL("./secWorker.ts", import.meta.url));
    const done = (response: SecReadResponse) => {
      worker.terminate();
      resolve({ ...response, roundTripMs: performance.now() - started });
    };
    worker.onmessage = (event: MessageEvent<SecReadResponse>) => done(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      done({ id, ok: false, message: `${file.name} could not be read: the reader did not start (${event.message || "a script error"})` });
    };
    worker.postMessage({ id, file, name: file.name, ...options });
  });
