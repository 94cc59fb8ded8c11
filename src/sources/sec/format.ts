/** Figures in the reader's sentences, as filed with thousands separators: 64,551,000,000. */
export function grouped(x: number): string {
  const text = String(Math.abs(x));
  const dot = text.indexOf(".");
  const whole = dot < 0 ? text : text.slice(0, dot);
  let out = x < 0 ? "-" : "";
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) out += ",";
    out += whole[i];
  }
  return dot < 0 ? out : out + text.slice(dot);
}
