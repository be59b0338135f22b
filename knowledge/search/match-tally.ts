import type { TermGroup } from "./term-query.js";

/** Scores of the documents a term, group or query matched, and the order they were met in. */
export class Scores {
  readonly score: Float64Array;
  readonly order: number[] = [];
  private readonly met: Uint8Array;

  constructor(size: number) {
    this.score = new Float64Array(size);
    this.met = new Uint8Array(size);
  }

  add(doc: number, value: number): void {
    if (this.met[doc] === 0) {
      this.met[doc] = 1;
      this.order.push(doc);
      this.score[doc] = value;
    } else this.score[doc] = this.score[doc]! + value;
  }

  addInto(target: Scores): void {
    for (const d of this.order) target.add(d, this.score[d]!);
  }

  reset(): void {
    for (const d of this.order) this.met[d] = 0;
    this.order.length = 0;
  }
}

/** Which query terms each document matched, as bits (a term counts once however often it is met). */
export class MatchedTerms {
  private names: string[] = [];
  private readonly ids = new Map<string, number>();
  private words = 1;
  private bits: Uint32Array;
  private readonly counts: Uint16Array;

  constructor(private readonly size: number) {
    this.bits = new Uint32Array(size);
    this.counts = new Uint16Array(size);
  }

  /** Numbers the query's distinct terms, and makes room for their bits. */
  reset(groups: readonly TermGroup[]): void {
    this.ids.clear();
    this.names = [];
    for (const g of groups) for (const t of g.terms) if (!this.ids.has(t)) this.ids.set(t, this.names.push(t) - 1);
    this.words = Math.max(1, Math.ceil(this.names.length / 32));
    if (this.bits.length < this.size * this.words) this.bits = new Uint32Array(this.size * this.words);
  }

  add(t: string, docs: readonly number[]): void {
    const id = this.ids.get(t)!;
    const word = id >>> 5;
    const bit = 1 << (id & 31);
    for (const d of docs) {
      const at = d * this.words + word;
      if ((this.bits[at]! & bit) === 0) {
        this.bits[at] = this.bits[at]! | bit;
        this.counts[d] = this.counts[d]! + 1;
      }
    }
  }

  count(d: number): number {
    return this.counts[d]!;
  }

  of(d: number): string[] {
    const out: string[] = [];
    for (let id = 0; id < this.names.length; id++) if ((this.bits[d * this.words + (id >>> 5)]! & (1 << (id & 31))) !== 0) out.push(this.names[id]!);
    return out;
  }

  clear(docs: readonly number[]): void {
    for (const d of docs) {
      this.counts[d] = 0;
      this.bits.fill(0, d * this.words, (d + 1) * this.words);
    }
  }
}
