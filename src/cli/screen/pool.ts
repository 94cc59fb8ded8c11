/**
 * A fixed set of worker threads running `runJob`. Memory stays bounded whatever the archive's
 * size, by admission rather than by limits inside the workers:
 *
 * - at most two jobs per worker are out at once (one running, one waiting), so the entries' bytes
 *   the main thread holds are a handful;
 * - the JSON they hold together is at most `budgetBytes` (a job is admitted when it fits, or when
 *   nothing else is out, so a single file larger than the budget runs alone). A worker needs a
 *   few times a file's size while it parses and reads it, so this bounds the workers' memory.
 *
 * Node's per-worker heap limits (`resourceLimits`) are not used: when a worker reaches one inside
 * a large allocation such as `JSON.parse`, Node may abort the whole process rather than the worker
 * (nodejs/node issue 47224), which would turn one large file into the end of the run.
 * A worker that dies anyway costs only its job, reported as skipped; a new worker takes its place.
 */
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { NO_TIME, type Job, type JobResult, type JobSettings } from "./job";

export interface PoolOptions {
  size: number;
  settings: JobSettings;
  /** JSON bytes the jobs out at once may hold together. */
  budgetBytes: number;
  onResult(result: JobResult): void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

const WORKER_ENTRY = join(__dirname, "worker.js");

function transferOf(job: Job): ArrayBuffer[] {
  return job.source.kind === "file" ? [] : [job.source.bytes.buffer as ArrayBuffer];
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Job[] = [];
  /** JSON bytes of each job out (waiting or running), by seq. */
  private readonly weights = new Map<number, number>();
  private outBytes = 0;
  private wakers: Array<() => void> = [];
  private closed = false;

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < options.size; i++) this.slots.push(this.start());
  }

  private start(): Slot {
    const worker = new Worker(WORKER_ENTRY, { workerData: this.options.settings });
    const slot: Slot = { worker, job: null };
    worker.on("message", (result: JobResult) => {
      slot.job = null;
      this.finish(result);
    });
    worker.on("error", (error: Error) => this.lost(slot, error.message));
    worker.on("exit", (code) => this.lost(slot, `the worker thread stopped (exit code ${code})`));
    return slot;
  }

  private finish(result: JobResult): void {
    this.outBytes -= this.weights.get(result.seq) ?? 0;
    this.weights.delete(result.seq);
    this.options.onResult(result);
    this.dispatch();
  }

  /** A worker died: its job is skipped with the reason, and a fresh worker takes its place. */
  private lost(slot: Slot, detail: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0 || this.closed) return;
    const job = slot.job;
    this.slots[index] = this.start();
    void slot.worker.terminate();
    if (job) this.finish({ seq: job.seq, outcome: { kind: "skipped", skipped: { entry: job.entry, cik: job.cik, reason: "unexpected error", detail } }, times: NO_TIME });
    else this.dispatch();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job !== null) continue;
      const job = this.waiting.shift();
      if (!job) break;
      slot.job = job;
      slot.worker.postMessage(job, transferOf(job));
    }
    const wakers = this.wakers;
    this.wakers = [];
    for (const wake of wakers) wake();
  }

  private get out(): number {
    return this.weights.size;
  }

  private admits(bytes: number): boolean {
    return this.out === 0 || (this.out < 2 * this.slots.length && this.outBytes + bytes <= this.options.budgetBytes);
  }

  /** Resolves once the job holding `bytes` of JSON is accepted (see the class comment). */
  async submit(job: Job, bytes: number): Promise<void> {
    while (!this.admits(bytes)) await new Promise<void>((wake) => this.wakers.push(wake));
    this.weights.set(job.seq, bytes);
    this.outBytes += bytes;
    this.waiting.push(job);
    this.dispatch();
  }

  /** Resolves when every submitted job has answered. */
  async drain(): Promise<void> {
    while (this.out > 0) await new Promise<void>((wake) => this.wakers.push(wake));
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
