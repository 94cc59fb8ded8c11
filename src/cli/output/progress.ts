/**
 * A progress line on stderr for long runs ("analysed 1,200 of 5,000 companies"), redrawn in
 * place on a terminal at most every 200 ms; silent for short runs and when stderr is a file,
 * unless asked (`always`: a log of a long run), then one line every 5 seconds.
 * With `rate`, the line also says how fast it goes and how long is left.
 */
const SHOW_FROM = 200;
const EVERY_MS = 200;
const LOG_EVERY_MS = 5000;

export interface Progress {
  tick(): void;
  done(): void;
}

export interface ProgressOptions {
  /** The verb before the count (default "analysed"). */
  verb?: string;
  /** Add the rate per second and the time left. */
  rate?: boolean;
  /** Show from this many items (default 200). */
  showFrom?: number;
  /** Milliseconds since some origin; a test's clock. */
  now?: () => number;
  /** Report even when stderr is not a terminal: a line at the first item and every 5 seconds. */
  always?: boolean;
}

function duration(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes} min ${Math.round(seconds % 60)} s` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export function progressLine(out: { write(text: string): unknown; isTTY?: boolean }, total: number, what: string, options: ProgressOptions = {}): Progress {
  const terminal = out.isTTY === true;
  if (!options.always && (total < (options.showFrom ?? SHOW_FROM) || !terminal)) return { tick: () => undefined, done: () => undefined };
  const every = terminal ? EVERY_MS : LOG_EVERY_MS;
  const now = options.now ?? Date.now;
  const start = now();
  let count = 0;
  let last = 0;
  let width = 0;
  const draw = () => {
    let text = `${options.verb ?? "analysed"} ${count.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} ${what}`;
    const seconds = (now() - start) / 1000;
    if (options.rate && seconds > 0 && count > 0) {
      const rate = count / seconds;
      text += `, ${rate >= 10 ? Math.round(rate).toLocaleString("en-US") : rate.toFixed(1)}/s`;
      if (count < total) text += `, ${duration((total - count) / rate)} left`;
    }
    if (!terminal) {
      out.write(`${text}\n`);
      return;
    }
    // Blank out what a longer previous line left behind.
    out.write(`\r${text.padEnd(width)}`);
    width = text.length;
  };
  return {
    tick() {
      count++;
      const t = now();
      if (count === 1 || t - last >= every) {
        last = t;
        draw();
      }
    },
    done() {
      draw();
      if (terminal) out.write("\n");
    },
  };
}
