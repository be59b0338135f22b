/**
 * Activity ids seen in the last minutes. Teams resends a message it got no answer to within 15 s; the copy must
 * be answered once. Kept in memory per instance, bounded.
 */
export class RecentActivities {
  private readonly seen = new Map<string, number>();

  constructor(
    /** How long an id is remembered, in ms. Default 5 minutes. */
    private readonly ttlMs = 5 * 60_000,
    /** At most this many ids. Default 10,000. */
    private readonly max = 10_000,
  ) {}

  /** True the first time an id is seen within the window; false for a repeat. */
  firstTime(id: string | undefined, now = Date.now()): boolean {
    if (!id) return true;
    for (const [key, at] of this.seen) {
      if (now - at <= this.ttlMs && this.seen.size <= this.max) break;
      this.seen.delete(key);
    }
    if (this.seen.has(id)) return false;
    this.seen.set(id, now);
    return true;
  }
}
