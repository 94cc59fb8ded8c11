/** The progress line: only on a terminal, with the rate and the time left when asked. */
import { progressLine } from "../../src/cli/output/progress";

function terminal(): { isTTY: boolean; text: string; write(t: string): void } {
  return { isTTY: true, text: "", write(t: string) { this.text += t; } };
}

test("on a terminal: count, rate and time left, redrawn in place", () => {
  const out = terminal();
  let now = 0;
  const p = progressLine(out, 1000, "companies", { verb: "screened", rate: true, now: () => now });
  for (let i = 0; i < 250; i++) {
    now += 4; // 250 a second
    p.tick();
  }
  p.done();
  const lines = out.text.split("\r").filter(Boolean);
  expect(lines[lines.length - 1]).toBe("screened 250 of 1,000 companies, 250/s, 3 s left\n");
});

test("quiet in a pipe, and for short runs", () => {
  const pipe = { text: "", write(t: string) { this.text += t; } };
  const p = progressLine(pipe, 10_000, "companies", { rate: true });
  p.tick();
  p.done();
  expect(pipe.text).toBe("");
  const short = terminal();
  progressLine(short, 10, "companies").done();
  expect(short.text).toBe("");
});

test("asked to report in a pipe: a whole line at the first item, then one every 5 seconds, no carriage returns", () => {
  const pipe = { text: "", write(t: string) { this.text += t; } };
  let now = 0;
  const p = progressLine(pipe, 10, "companies", { verb: "screened", always: true, now: () => now });
  p.tick(); // at once
  now = 1000;
  p.tick(); // too soon
  now = 5000;
  p.tick(); // 5 s after the first
  p.done();
  expect(pipe.text).toBe("screened 1 of 10 companies\nscreened 3 of 10 companies\nscreened 3 of 10 companies\n");
});
