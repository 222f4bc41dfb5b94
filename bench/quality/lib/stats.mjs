// Pure statistics used by the quality benchmark: correlations, threshold choice, binary
// metrics, a seeded PRNG. No I/O, no engine imports.

/** Average ranks (ties share the mean rank), 0-based. */
export function ranks(xs) {
  const idx = xs.map((x, i) => [x, i]).sort((a, b) => a[0] - b[0]);
  const r = new Array(xs.length);
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && idx[j + 1][0] === idx[i][0]) j++;
    for (let k = i; k <= j; k++) r[idx[k][1]] = (i + j) / 2;
    i = j + 1;
  }
  return r;
}

export function pearson(x, y) {
  const n = x.length;
  if (n < 2 || y.length !== n) return NaN;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxx && syy ? sxy / Math.sqrt(sxx * syy) : NaN;
}

export const spearman = (x, y) => pearson(ranks(x), ranks(y));

/** Accuracy, precision, recall and F1 of the positive class; `pred` and `gold` are booleans. */
export function binaryMetrics(pred, gold) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (let i = 0; i < pred.length; i++) {
    if (pred[i] && gold[i]) tp++;
    else if (pred[i]) fp++;
    else if (gold[i]) fn++;
    else tn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { n: pred.length, tp, fp, fn, tn, accuracy: pred.length ? (tp + tn) / pred.length : 0, precision, recall, f1 };
}

/**
 * The threshold t maximising the accuracy of `score >= t` against boolean `gold`. Candidate
 * thresholds are midpoints between consecutive distinct scores (plus both ends); ties in
 * accuracy go to the lowest such threshold. Deterministic.
 */
export function bestThreshold(scores, gold) {
  const order = scores.map((s, i) => [s, gold[i]]).sort((a, b) => a[0] - b[0]);
  const positives = order.filter((x) => x[1]).length;
  // threshold below everything: all predicted positive
  let correct = positives;
  let best = { threshold: order.length ? order[0][0] - 1e-9 : 0, accuracy: order.length ? correct / order.length : 0 };
  for (let i = 0; i < order.length; i++) {
    // move order[i] to the negative side
    correct += order[i][1] ? -1 : 1;
    if (i + 1 < order.length && order[i + 1][0] === order[i][0]) continue;
    const threshold = i + 1 < order.length ? (order[i][0] + order[i + 1][0]) / 2 : order[i][0] + 1e-9;
    const accuracy = correct / order.length;
    if (accuracy > best.accuracy) best = { threshold, accuracy };
  }
  return best;
}

/** Share (0..1) of items for which `pred` holds; NaN for an empty list. */
export function share(items, pred) {
  return items.length ? items.filter(pred).length / items.length : NaN;
}

/** mulberry32: a small deterministic PRNG; returns a function giving floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `k` distinct indices from 0..n-1 picked by a seeded Fisher-Yates shuffle, in pick order. */
export function sampleIndices(n, k, seed) {
  const rand = prng(seed);
  const idx = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx.slice(0, Math.min(k, n));
}

/** Median and 95th percentile of a list of numbers. */
export function quantiles(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => (s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN);
  return { median: at(0.5), p95: at(0.95), max: s.length ? s[s.length - 1] : NaN };
}

/** Ridge least squares: weights [bias, ...coef] minimising squared error (+ lambda * n * |coef|^2). */
export function leastSquares(X, y, lambda = 1e-3) {
  const n = X[0].length + 1;
  const A = Array.from({ length: n }, () => new Array(n).fill(0));
  const b = new Array(n).fill(0);
  for (let i = 0; i < X.length; i++) {
    const x = [1, ...X[i]];
    for (let p = 0; p < n; p++) {
      b[p] += x[p] * y[i];
      for (let q = 0; q < n; q++) A[p][q] += x[p] * x[q];
    }
  }
  for (let p = 1; p < n; p++) A[p][p] += lambda * X.length;
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(A[r][c]) > Math.abs(A[piv][c])) piv = r;
    [A[c], A[piv]] = [A[piv], A[c]];
    [b[c], b[piv]] = [b[piv], b[c]];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = A[r][c] / A[c][c];
      for (let q = c; q < n; q++) A[r][q] -= f * A[c][q];
      b[r] -= f * b[c];
    }
  }
  return b.map((v, i) => v / A[i][i]);
}
