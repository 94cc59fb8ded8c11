/** "Something was inserted or removed": the pane's last-insertion line listens, so it never shows a stale one. */
export interface InsertionEvents {
  changed(): void;
  subscribe(listener: () => void): () => void;
}

export function createInsertionEvents(): InsertionEvents {
  const listeners = new Set<() => void>();
  return {
    changed: () => listeners.forEach((listener) => listener()),
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
