/**
 * A companyfacts text read for the SEC reader only: the document with its us-gaap concepts cut
 * to those the reader's mapping table reads (`TABLE_TAGS`), every other concept stepped over
 * without being parsed. The reader looks at nothing else (the trimmed fixtures rest on the same
 * fact, and test/cli/screen/skim.test.ts checks that the figures are the same), and in a real file
 * the other concepts are four fifths of the bytes: parsing them is most of the parse's time and
 * most of a worker's memory.
 *
 * Kept as JSON.parse would give them: "cik", "entityName", and the us-gaap concepts of the table
 * (each parsed by JSON.parse from its own text); other taxonomies are kept as empty objects (their
 * names say what a filer files, e.g. an IFRS filer); other top-level members are dropped.
 * Stepping over a value checks its structure (strings closed, brackets balanced), not the numbers
 * inside. Anything unexpected returns undefined, and the caller parses the whole text instead, so
 * a file that is not companyfacts gets the same message as from `aiflag sec`.
 */
import { TABLE_TAGS, TAXONOMY } from "../../sources/sec";

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

const READ_TAGS: ReadonlySet<string> = new Set(TABLE_TAGS);

class NotAsExpected extends Error {}

const fail = (): never => {
  throw new NotAsExpected();
};

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** Whether the quote at q is preceded by an even number of backslashes (so it is not escaped). */
function evenBackslashesBefore(text: string, q: number): boolean {
  let n = 0;
  while (text.charCodeAt(q - 1 - n) === BACKSLASH) n++;
  return n % 2 === 0;
}

class Cursor {
  constructor(
    readonly text: string,
    public at: number,
  ) {}

  space(): number {
    let c = this.text.charCodeAt(this.at);
    while (isSpace(c)) c = this.text.charCodeAt(++this.at);
    return c;
  }

  expect(c: number): void {
    if (this.space() !== c) fail();
    this.at++;
  }

  /** The index just after the string that starts at `from` (a quote). */
  stringEnd(from: number): number {
    let q = this.text.indexOf('"', from + 1);
    while (q > 0 && !evenBackslashesBefore(this.text, q)) q = this.text.indexOf('"', q + 1);
    if (q < 0) fail();
    return q + 1;
  }

  key(): string {
    if (this.space() !== QUOTE) fail();
    const end = this.stringEnd(this.at);
    const raw = this.text.slice(this.at + 1, end - 1);
    this.at = end;
    const key = raw.includes("\\") ? (JSON.parse(`"${raw}"`) as string) : raw;
    // JSON.parse makes "__proto__" an own member; an assignment would not: leave that to it.
    if (key === "__proto__") fail();
    this.expect(COLON);
    return key;
  }

  /** Steps over one value, checking that its strings close and its brackets balance; returns where it started. */
  skip(): number {
    const c = this.space();
    const from = this.at;
    if (c === QUOTE) {
      this.at = this.stringEnd(from);
      return from;
    }
    if (c !== OPEN_BRACE && c !== OPEN_BRACKET) {
      // A number, true, false or null: up to the next separator.
      let j = from;
      for (let d = this.text.charCodeAt(j); j < this.text.length && d !== COMMA && d !== CLOSE_BRACE && d !== CLOSE_BRACKET && !isSpace(d); d = this.text.charCodeAt(++j));
      if (j === from) fail();
      this.at = j;
      return from;
    }
    // The hot loop of the skim (most of a file is stepped over here): strings are jumped with
    // indexOf, and the brackets' kinds are kept on a stack so that "{]" is caught.
    const text = this.text;
    const closers: number[] = [];
    let j = from;
    while (j < text.length) {
      const d = text.charCodeAt(j);
      if (d === QUOTE) {
        let q = text.indexOf('"', j + 1);
        while (q > 0 && text.charCodeAt(q - 1) === BACKSLASH && !evenBackslashesBefore(text, q)) q = text.indexOf('"', q + 1);
        if (q < 0) fail();
        j = q + 1;
        continue;
      }
      if (d === OPEN_BRACE) closers.push(CLOSE_BRACE);
      else if (d === OPEN_BRACKET) closers.push(CLOSE_BRACKET);
      else if (d === CLOSE_BRACE || d === CLOSE_BRACKET) {
        if (closers.pop() !== d) fail();
        if (closers.length === 0) {
          this.at = j + 1;
          return from;
        }
      }
      j++;
    }
    return fail();
  }

  /** One value, parsed by JSON.parse from its own text. */
  value(): unknown {
    const from = this.skip();
    return JSON.parse(this.text.slice(from, this.at));
  }

  /** Calls `member` for each member of the object that starts here; `member` must consume the value. */
  object(member: (key: string) => void): void {
    this.expect(OPEN_BRACE);
    if (this.space() === CLOSE_BRACE) {
      this.at++;
      return;
    }
    for (;;) {
      member(this.key());
      const c = this.space();
      this.at++;
      if (c === CLOSE_BRACE) return;
      if (c !== COMMA) fail();
    }
  }
}

function readFacts(cursor: Cursor): unknown {
  if (cursor.space() !== OPEN_BRACE) return cursor.value();
  const facts: Record<string, unknown> = {};
  cursor.object((taxonomy) => {
    if (cursor.space() !== OPEN_BRACE) {
      facts[taxonomy] = cursor.value();
      return;
    }
    if (taxonomy !== TAXONOMY) {
      cursor.skip();
      facts[taxonomy] = {};
      return;
    }
    const concepts: Record<string, unknown> = {};
    cursor.object((tag) => {
      if (READ_TAGS.has(tag)) concepts[tag] = cursor.value();
      else cursor.skip();
    });
    facts[taxonomy] = concepts;
  });
  return facts;
}

/** The document cut to what the SEC reader reads, or undefined when the text is not shaped as companyfacts. */
export function skimCompanyFacts(text: string): Record<string, unknown> | undefined {
  const cursor = new Cursor(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  try {
    if (cursor.space() !== OPEN_BRACE) return undefined;
    const doc: Record<string, unknown> = {};
    cursor.object((key) => {
      if (key === "facts") doc.facts = readFacts(cursor);
      else if (key === "cik" || key === "entityName") doc[key] = cursor.value();
      else cursor.skip();
    });
    cursor.space();
    if (cursor.at !== text.length) return undefined;
    return doc;
  } catch (error) {
    if (error instanceof NotAsExpected || error instanceof SyntaxError) return undefined;
    throw error;
  }
}
