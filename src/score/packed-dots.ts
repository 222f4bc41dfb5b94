/**
 * Exact integer dot products of one vector with many, two per multiplication. The word
 * vectors' components are integers in [-127, 127] (vectors.ts), so a 100-dimensional dot
 * product is an integer of at most about 1.6 million in size. Packing two rows as
 * r0 + 2^24 * r1 gives sum(x * r0) + 2^24 * sum(x * r1), an integer far below 2^53: exact
 * in a double, and both sums come back out by rounding. Every value equals the plain loop's.
 */
const SHIFT = 2 ** 24;

export class PackedRows {
  private readonly packed: Float64Array;
  private readonly pairs: number;

  /** `rows`: integer-valued vectors of `dims` components each, every component within int8's range. */
  constructor(
    rows: readonly Float64Array[],
    readonly dims: number,
  ) {
    // |sum| <= dims * 128 * 128 * (2^24 + 1) must stay below 2^53.
    if (dims > 500) throw new Error(`PackedRows: ${dims} dimensions would overflow exact doubles (at most 500)`);
    this.pairs = Math.ceil(rows.length / 2);
    this.packed = new Float64Array(this.pairs * dims);
    for (let p = 0; p < this.pairs; p++) {
      const r0 = rows[2 * p];
      const r1 = rows[2 * p + 1];
      const o = p * dims;
      for (let k = 0; k < dims; k++) this.packed[o + k] = r0[k] + (r1 === undefined ? 0 : SHIFT * r1[k]);
    }
  }

  /** out[i] = x . rows[i] for every row (out needs an even length of at least the row count). */
  dotsInto(x: Float64Array, out: Float64Array): void {
    const dims = this.dims;
    const P = this.packed;
    let p = 0;
    for (; p + 2 <= this.pairs; p += 2) {
      let s0 = 0;
      let s1 = 0;
      const o0 = p * dims;
      const o1 = o0 + dims;
      for (let k = 0; k < dims; k++) {
        const v = x[k];
        s0 += v * P[o0 + k];
        s1 += v * P[o1 + k];
      }
      unpack(s0, out, 2 * p);
      unpack(s1, out, 2 * p + 2);
    }
    for (; p < this.pairs; p++) {
      let s = 0;
      const o = p * dims;
      for (let k = 0; k < dims; k++) s += x[k] * P[o + k];
      unpack(s, out, 2 * p);
    }
  }
}

function unpack(s: number, out: Float64Array, i: number): void {
  const hi = Math.round(s / SHIFT);
  out[i] = s - hi * SHIFT;
  out[i + 1] = hi;
}
