/**
 * A recording fake of `Excel.RequestContext` for the insertion benchmark: any navigation
 * (`context.workbook.worksheets`, `ws.getRange("A1:H40").format.font`) gives a recording proxy,
 * every property set, method call and `load` is queued as Office.js queues it, and
 * `context.sync()` closes the batch: the benchmark counts syncs and measures each request.
 *
 * Request bytes (a documented proxy for what Office.js sends): the UTF-8 length of the JSON of
 * the operations queued since the previous sync, each as `{ op, path, value | args }`, where path
 * names the object the way Office.js's object paths do (a method's result gets a fresh id). The
 * real request wraps each action in a larger envelope (action id, type, object path id), so the
 * writer's own estimate (`requestEstimate`, 256 bytes of envelope per call) is reported beside it.
 *
 * What the writer reads back is modelled only where it needs it: `worksheets.items` after
 * `load("items/name")` and a sync lists the workbook's existing sheets.
 */

export interface RecordedOp {
  op: "set" | "call" | "load";
  path: string;
  value?: unknown;
  args?: unknown[];
}

export interface RecordedSync {
  ops: number;
  bytes: number;
  /** Bytes by member set or called ("formulas", "numberFormat", "color", "add"...): what the request is made of. */
  bytesByMember: Record<string, number>;
}

const encoder = new TextEncoder();

export class RecordingContext {
  readonly syncs: RecordedSync[] = [];
  private pending: RecordedOp[] = [];
  private nextId = 0;
  private loaded = new Set<string>();
  private queuedLoads = new Set<string>();
  /** The path of every proxy handed out, so that an object passed as an argument is recorded by its path. */
  private paths = new WeakMap<object, string>();
  /** The object Office.js code sees (cast to `Excel.RequestContext` by the caller). */
  readonly context: unknown;

  constructor(private readonly existingSheets: readonly string[] = ["Sheet1"]) {
    const root: Record<string, unknown> = {
      workbook: this.proxy("workbook"),
      sync: () => this.sync(),
    };
    this.context = root;
  }

  /** Total operations queued over every sync. */
  get totalOps(): number {
    return this.syncs.reduce((n, s) => n + s.ops, 0);
  }

  private sync(): Promise<void> {
    const ops = this.pending;
    this.pending = [];
    const bytesByMember: Record<string, number> = {};
    for (const op of ops) {
      const member = op.path.slice(op.path.lastIndexOf(".") + 1);
      bytesByMember[member] = (bytesByMember[member] ?? 0) + encoder.encode(JSON.stringify(op)).length + 1;
    }
    this.syncs.push({ ops: ops.length, bytes: encoder.encode(JSON.stringify(ops)).length, bytesByMember });
    for (const path of this.queuedLoads) this.loaded.add(path);
    this.queuedLoads.clear();
    return Promise.resolve();
  }

  private record(op: RecordedOp): void {
    this.pending.push(op);
  }

  private proxy(path: string): unknown {
    // A function target, so that any member can also be called (`ws.getRange(...)`).
    const target = function recorded(): void {};
    const proxy = new Proxy(target, {
      get: (_t, prop) => {
        if (typeof prop === "symbol" || prop === "then" || prop === "toJSON") return undefined;
        if (prop === "load") {
          return (what: unknown) => {
            this.record({ op: "load", path, args: [what] });
            this.queuedLoads.add(path);
            return this.proxy(path);
          };
        }
        if (path === "workbook.worksheets" && prop === "items") {
          if (!this.loaded.has(path)) throw new Error("worksheets.items read before load + sync (Office.js would throw)");
          return this.existingSheets.map((name) => ({ name }));
        }
        return this.proxy(`${path}.${prop}`);
      },
      set: (_t, prop, value: unknown) => {
        this.record({ op: "set", path: `${path}.${String(prop)}`, value });
        return true;
      },
      apply: (_t, _this, args: unknown[]) => {
        const id = `$${++this.nextId}`;
        this.record({ op: "call", path, args: [...args.map((a) => this.argument(a)), `=> ${id}`] });
        return this.proxy(id);
      },
    });
    this.paths.set(proxy, path);
    return proxy;
  }

  private argument(a: unknown): unknown {
    if ((typeof a === "function" || typeof a === "object") && a !== null) {
      const path = this.paths.get(a);
      if (path !== undefined) return { object: path };
    }
    return a;
  }
}
