/**
 * A progress line on stderr for long runs ("analysed 1,200 of 5,000 companies"), redrawn in
 * place on a terminal at most every 200 ms; silent for short runs and when stderr is a file.
 */
const SHOW_FROM = 200;
const EVERY_MS = 200;

export interface Progress {
  tick(): void;
  done(): void;
}

export function progressLine(out: { write(text: string): unknown; isTTY?: boolean }, total: number, what: string): Progress {
  if (total < SHOW_FROM || !out.isTTY) return { tick: () => undefined, done: () => undefined };
  let count = 0;
  let last = 0;
  const draw = () => out.write(`\ranalysed ${count.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} ${what}`);
  return {
    tick() {
      count++;
      const now = Date.now();
      if (now - last >= EVERY_MS) {
        last = now;
        draw();
      }
    },
    done() {
      draw();
      out.write("\n");
    },
  };
}
