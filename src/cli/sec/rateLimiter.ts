/**
 * SEC's fair-access rule: at most 10 requests a second from one address (more gets the address
 * blocked for about 10 minutes). A sliding window over the start times of the last requests;
 * callers are served in order. The clock is injectable so that tests need not wait.
 */

export interface Clock {
  /** Milliseconds, monotonic enough for spacing requests. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export const SEC_REQUESTS_PER_SECOND = 10;

export class RateLimiter {
  private readonly starts: number[] = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly perSecond: number = SEC_REQUESTS_PER_SECOND,
    private readonly clock: Clock = systemClock,
    private readonly windowMs = 1000,
  ) {}

  /** Resolves when one more request may start now. */
  acquire(): Promise<void> {
    const turn = this.queue.then(() => this.take());
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async take(): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      while (this.starts.length > 0 && this.starts[0] <= now - this.windowMs) this.starts.shift();
      if (this.starts.length < this.perSecond) {
        this.starts.push(now);
        return;
      }
      await this.clock.sleep(this.starts[0] + this.windowMs - now);
    }
  }
}

/** One limiter for the whole process: the limit is SEC's, per address, whatever asks. */
export const processLimiter = new RateLimiter();
