/**
 * A synthetic companyfacts.zip for the screen's benchmark: real companyfacts documents, each copy
 * under its own CIK and name, sizes mixed like SEC's population (most filers are small). Entries
 * are named as SEC names them (CIK##########.json) and deflated as any zip tool does.
 *
 * Real files are mostly concepts the reader never reads (the reader's 41 concepts are a fifth of
 * Microsoft's and NVIDIA's complete files): each synthetic document is the reader's concepts from
 * a fixture, with the history its size class has, padded with copies of them under other names.
 * The mix, by position in every run of 20 entries (so any prefix of the archive has it too):
 *   12 small   facts filed since mid-2024 (two or three fiscal years), padded to 0.3 MB: a recent
 *              registrant, a shell, a small filer;
 *    6 medium  facts filed since 2019 (about seven years), padded to 1.2 MB;
 *    2 full    the complete files of /work/shared (4.7 and 4.0 MB, 17 years), or the whole
 *              fixture padded to 4.5 MB where they are absent.
 * About 1 MB of JSON an entry on average, as SEC's archive (over 1 GB compressed, at the 15:1 these
 * files compress to, over about 19,000 companies); Microsoft and NVIDIA alternate as templates.
 */
import { createWriteStream } from "node:fs";
import yazl from "yazl";
import { filedSince, fixture, fullFile, padDocument, type Doc } from "./companyfacts";

export type Size = "small" | "medium" | "full";

/** Per run of 20 entries, sizes interleaved rather than in blocks: 12 small, 6 medium, 2 full. */
export const MIX: readonly Size[] = ["small", "medium", "small", "small", "medium", "small", "full", "small", "medium", "small", "small", "medium", "small", "small", "medium", "small", "full", "small", "medium", "small"];

export interface Templates {
  /** Where the full-size documents came from. */
  fullFrom: "complete files (/work/shared/data/companyfacts)" | "trimmed fixtures padded to 4.5 MB";
  /** By size, the JSON text of `facts` of each template (MSFT, NVDA). */
  facts: Record<Size, [string, string]>;
}

const MB = 1024 * 1024;

export function templates(): Templates {
  const msft = fixture("MSFT");
  const nvda = fixture("NVDA");
  const fullMsft = fullFile("MSFT");
  const fullNvda = fullFile("NVDA");
  const both = (f: (d: Doc) => Doc): [string, string] => [JSON.stringify(f(msft).facts), JSON.stringify(f(nvda).facts)];
  const full: [string, string] =
    fullMsft && fullNvda ? [JSON.stringify(fullMsft.facts), JSON.stringify(fullNvda.facts)] : both((d) => padDocument(d, 4.5 * MB));
  return {
    fullFrom: fullMsft && fullNvda ? "complete files (/work/shared/data/companyfacts)" : "trimmed fixtures padded to 4.5 MB",
    facts: {
      small: both((d) => padDocument(filedSince(d, "2024-06-01"), 0.3 * MB)),
      medium: both((d) => padDocument(filedSince(d, "2019-01-01"), 1.2 * MB)),
      full,
    },
  };
}

export const SYNTHETIC_CIK_BASE = 900_000_000;

/** Entry i: its size and its companyfacts text, under CIK 900000000 + i. */
export function syntheticEntry(t: Templates, i: number): { name: string; size: Size; text: string } {
  const size = MIX[i % MIX.length];
  const cik = SYNTHETIC_CIK_BASE + i;
  const facts = t.facts[size][i % 2];
  const name = `SYNTHETIC ${i} (${i % 2 === 0 ? "MICROSOFT" : "NVIDIA"} ${size.toUpperCase()})`;
  return { name: `CIK${String(cik).padStart(10, "0")}.json`, size, text: `{"cik":${cik},"entityName":${JSON.stringify(name)},"facts":${facts}}` };
}

export interface BuiltArchive {
  path: string;
  companies: number;
  jsonBytes: number;
  bySize: Record<Size, number>;
}

/** Writes an archive of `companies` entries to `path`. */
export async function buildArchive(path: string, companies: number, t: Templates): Promise<BuiltArchive> {
  const zip = new yazl.ZipFile();
  const done = new Promise<void>((resolve, reject) => {
    const out = createWriteStream(path);
    out.on("close", () => resolve());
    out.on("error", reject);
    zip.outputStream.pipe(out);
  });
  let jsonBytes = 0;
  const bySize: Record<Size, number> = { small: 0, medium: 0, full: 0 };
  const mtime = new Date(Date.UTC(2026, 0, 1));
  for (let i = 0; i < companies; i++) {
    const e = syntheticEntry(t, i);
    const bytes = Buffer.from(e.text, "utf8");
    jsonBytes += bytes.length;
    bySize[e.size]++;
    zip.addBuffer(bytes, e.name, { mtime });
  }
  zip.end();
  await done;
  return { path, companies, jsonBytes, bySize };
}
