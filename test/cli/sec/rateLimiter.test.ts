/** At most 10 requests in any second, callers served in order; a fake clock, no waiting. */
import { RateLimiter } from "../../../src/cli/sec/rateLimiter";
import { fakeClock } from "./helpers";

test("25 requests at once start at 0, 1 s and 2 s, ten at a time", async () => {
  const clock = fakeClock();
  const limiter = new RateLimiter(10, clock);
  const starts: number[] = [];
  await Promise.all(Array.from({ length: 25 }, () => limiter.acquire().then(() => starts.push(clock.now()))));
  expect(starts).toEqual([...Array(10).fill(0), ...Array(10).fill(1000), ...Array(5).fill(2000)]);
});

test("no second window ever holds more than ten starts, whatever the spacing", async () => {
  const clock = fakeClock();
  const limiter = new RateLimiter(10, clock);
  const starts: number[] = [];
  for (let i = 0; i < 60; i++) {
    clock.time += i % 7 === 0 ? 35 : 3; // bursts and gaps
    await limiter.acquire();
    starts.push(clock.now());
  }
  for (const t of starts) expect(starts.filter((s) => s > t - 1000 && s <= t).length).toBeLessThanOrEqual(10);
  expect(clock.slept.length).toBeGreaterThan(0);
});

test("requests a second apart never wait", async () => {
  const clock = fakeClock();
  const limiter = new RateLimiter(10, clock);
  for (let i = 0; i < 30; i++) {
    clock.time += 100;
    await limiter.acquire();
  }
  expect(clock.slept).toEqual([]);
});
