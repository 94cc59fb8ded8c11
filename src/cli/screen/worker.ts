/**
 * A screen worker thread: takes jobs from the main thread, one at a time, and answers each with
 * its outcome and stage times. Started through worker.js, which loads the TypeScript first.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Job, JobSettings } from "./job";
import { runJob } from "./runJob";

const settings = workerData as JobSettings;

parentPort!.on("message", (job: Job) => {
  parentPort!.postMessage(runJob(job, settings));
});
