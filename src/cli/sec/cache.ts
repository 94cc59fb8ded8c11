/**
 * The disk cache of SEC files: each file gzip-compressed (`NAME.json.gz`) beside a record of
 * where and when it was fetched (`NAME.meta.json`). Files are written whole or not at all (a
 * temporary file renamed). A cache that cannot be written is not an error: the figures are shown
 * anyway, with a warning.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { writeAtomically } from "../output/atomicWrite";

export interface CacheRecord {
  url: string;
  /** ISO time the file was fetched from SEC. */
  fetched: string;
  /** Uncompressed size in bytes. */
  bytes: number;
}

export interface CachedFile extends CacheRecord {
  text: string;
}

/** `$XDG_CACHE_HOME/aiflag/sec`, else `~/.cache/aiflag/sec`. */
export function defaultCacheDir(env: Readonly<Record<string, string | undefined>>): string {
  const base = env.XDG_CACHE_HOME ? resolve(env.XDG_CACHE_HOME) : join(env.HOME ?? homedir(), ".cache");
  return join(base, "aiflag", "sec");
}

export class DiskCache {
  constructor(
    readonly dir: string,
    private readonly maxBytes: number,
  ) {}

  private paths(name: string) {
    return { data: join(this.dir, `${name}.json.gz`), meta: join(this.dir, `${name}.meta.json`) };
  }

  /** The cached file, or undefined when it is absent, partial or unreadable (it is then fetched again). */
  read(name: string): CachedFile | undefined {
    const { data, meta } = this.paths(name);
    try {
      const record = JSON.parse(readFileSync(meta, "utf8")) as CacheRecord;
      if (typeof record.fetched !== "string" || typeof record.url !== "string") return undefined;
      const text = gunzipSync(readFileSync(data), { maxOutputLength: this.maxBytes }).toString("utf8");
      return { ...record, bytes: text.length, text };
    } catch {
      return undefined;
    }
  }

  /** Stores the file, then its record (so that a record always describes a whole file). */
  async write(name: string, url: string, text: string, fetched: string): Promise<void> {
    const { data, meta } = this.paths(name);
    mkdirSync(dirname(data), { recursive: true });
    await writeAtomically(data, (temp) => writeFileSync(temp, gzipSync(Buffer.from(text, "utf8"))));
    const record: CacheRecord = { url, fetched, bytes: Buffer.byteLength(text, "utf8") };
    await writeAtomically(meta, (temp) => writeFileSync(temp, JSON.stringify(record, null, 2) + "\n"));
  }
}
