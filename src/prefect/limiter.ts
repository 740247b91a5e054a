/**
 * An adaptive limit on requests in flight (additive increase, multiplicative
 * decrease): halved when the server says it is overloaded (503, 429), raised by
 * one after a window of successes, never above the configured maximum. SQLite
 * servers answer 503 to concurrent writes; Cloud answers 429 when rate limited.
 */
export class AdaptiveLimit {
  private limit: number;
  private inFlight = 0;
  private successes = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly max: number) {
    this.limit = max;
  }

  get current(): number {
    return this.limit;
  }

  async acquire(): Promise<void> {
    while (this.inFlight >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.inFlight++;
  }

  release(outcome: 'ok' | 'overloaded' | 'other'): void {
    this.inFlight--;
    if (outcome === 'overloaded') {
      this.limit = Math.max(1, Math.floor(this.limit / 2));
      this.successes = 0;
    } else if (outcome === 'ok' && this.limit < this.max && ++this.successes >= this.limit * 4) {
      this.limit++;
      this.successes = 0;
    }
    // Each woken request checks the limit again before it goes.
    for (let free = this.limit - this.inFlight; free > 0 && this.waiting.length; free--) this.waiting.shift()!();
  }
}
