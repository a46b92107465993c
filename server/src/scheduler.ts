/**
 * Latest-wins scheduling of checks: each document has at most one pending check, and a new change
 * replaces it. A check always runs on the document as it is when the check starts, so a burst of
 * keystrokes costs one analysis; with a debounce of 0 the check runs as soon as the changes already
 * received have been taken in (setImmediate), never on a stale version.
 */
type Pending = { readonly kind: 'immediate'; readonly handle: NodeJS.Immediate } | { readonly kind: 'timeout'; readonly handle: NodeJS.Timeout };

export class Scheduler {
  private readonly pending = new Map<string, Pending>();

  constructor(private readonly run: (uri: string) => void) {}

  schedule(uri: string, delayMs: number): void {
    this.cancel(uri);
    const fire = () => {
      this.pending.delete(uri);
      this.run(uri);
    };
    this.pending.set(uri, delayMs <= 0 ? { kind: 'immediate', handle: setImmediate(fire) } : { kind: 'timeout', handle: setTimeout(fire, delayMs) });
  }

  cancel(uri: string): void {
    const p = this.pending.get(uri);
    if (!p) return;
    if (p.kind === 'immediate') clearImmediate(p.handle);
    else clearTimeout(p.handle);
    this.pending.delete(uri);
  }

  cancelAll(): void {
    for (const uri of [...this.pending.keys()]) this.cancel(uri);
  }

  has(uri: string): boolean {
    return this.pending.has(uri);
  }
}
