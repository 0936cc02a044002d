// Reduces the orders bench's samples to rows, rounds to medians, and rows to tables.

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] : NaN);

export const median = (xs) => {
  const sorted = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : NaN;
};

/** The process columns of the CPU table, in this order; `pg:<db>` breakdowns go to the JSON only. */
export const CPU_COLUMNS = [
  'router',
  'users',
  'menu',
  'orders',
  'delivery',
  'feedback',
  'notifications',
  'stack',
  'postgres',
  'postgres-shared',
  'nats',
  'redis',
  'bench',
];

/**
 * One level of one round: throughput, latency per step (each from the step before; `placed`
 * also from the start as `toPlaced`), errors, and CPU-ms per finished order per process.
 * `done` is the step that finishes an order (`placed` or `reviewed`).
 */
export function rowOf({ samples, steps, done, window, cpu, counters, platform, customers }) {
  const inWindow = (t) => t >= window.from && t < window.to;
  const seconds = (window.to - window.from) / 1000;
  const ok = samples.filter((s) => !s.error);
  const finished = ok.filter((s) => s.at[done] !== undefined && inWindow(s.at[done]));
  const measured = ok.filter((s) => s.t0 >= window.from && s.at[done] !== undefined);
  const row = {
    platform,
    customers,
    placed_per_s: ok.filter((s) => s.at.placeOrder !== undefined && inWindow(s.at.placeOrder)).length / seconds,
    paid_per_s: ok.filter((s) => s.at.placed !== undefined && inWindow(s.at.placed)).length / seconds,
    done_per_s: finished.length / seconds,
    finished: finished.length,
    errors: samples.filter((s) => s.error && s.t0 >= window.from && s.t0 < window.to).length,
    first_error: samples.find((s) => s.error)?.error ?? null,
    fallback_reads: counters.fallbackReads,
    retries: counters.retries,
    courier_errors: counters.courierErrors,
    steps: {},
    cpu_ms_per_order: {},
  };
  let previous = 't0';
  for (const step of steps) {
    const from = previous;
    const d = measured.map((s) => s.at[step] - (from === 't0' ? s.t0 : s.at[from])).sort((a, b) => a - b);
    row.steps[step] = { p50: percentile(d, 0.5), p99: percentile(d, 0.99) };
    previous = step;
  }
  const toPlaced = measured.map((s) => s.at.placed - s.t0).sort((a, b) => a - b);
  row.steps.toPlaced = { p50: percentile(toPlaced, 0.5), p99: percentile(toPlaced, 0.99) };
  const prefix = `${platform}:`;
  let total = 0;
  for (const [bucket, ms] of Object.entries(cpu)) {
    const name = bucket.startsWith(prefix)
      ? bucket.slice(prefix.length)
      : bucket.includes(':') && !bucket.startsWith('pg:')
        ? null
        : bucket;
    if (name === null) continue; // the other platform's processes, idle meanwhile
    row.cpu_ms_per_order[name] = finished.length ? ms / finished.length : NaN;
    if (!name.startsWith('pg:')) total += ms;
  }
  row.cpu_ms_per_order.total = finished.length ? total / finished.length : NaN;
  return row;
}

/** Medians of the rounds of one (platform, customers). */
export function medianRow(rounds) {
  const [first] = rounds;
  const pick = (f) => median(rounds.map(f));
  const row = {
    platform: first.platform,
    customers: first.customers,
    rounds: rounds.length,
    placed_per_s: pick((r) => r.placed_per_s),
    paid_per_s: pick((r) => r.paid_per_s),
    done_per_s: pick((r) => r.done_per_s),
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
    fallback_reads: rounds.reduce((sum, r) => sum + r.fallback_reads, 0),
    retries: pick((r) => r.retries),
    first_error: rounds.find((r) => r.first_error)?.first_error ?? null,
    steps: {},
    cpu_ms_per_order: {},
  };
  for (const step of Object.keys(first.steps)) {
    row.steps[step] = { p50: pick((r) => r.steps[step]?.p50), p99: pick((r) => r.steps[step]?.p99) };
  }
  for (const bucket of new Set(rounds.flatMap((r) => Object.keys(r.cpu_ms_per_order)))) {
    row.cpu_ms_per_order[bucket] = pick((r) => r.cpu_ms_per_order[bucket]);
  }
  row.pg_per_order = {};
  for (const db of new Set(rounds.flatMap((r) => Object.keys(r.pg_per_order ?? {})))) {
    row.pg_per_order[db] = { xacts: pick((r) => r.pg_per_order?.[db]?.xacts), writes: pick((r) => r.pg_per_order?.[db]?.writes) };
  }
  return row;
}

export function table(rows, cols) {
  const widths = cols.map(([head, cell]) => Math.max(head.length, ...rows.map((r) => cell(r).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(cols.map(([head]) => head)), ...rows.map((r) => line(cols.map(([, cell]) => cell(r))))].join('\n');
}

const f0 = (x) => (Number.isFinite(x) ? x.toFixed(0) : '–');
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '–');

export function throughputTable(rows, mode) {
  const cols = [
    ['platform', (r) => r.platform],
    ['customers', (r) => String(r.customers)],
    ['placed/s', (r) => f1(r.placed_per_s)],
    ['paid/s', (r) => f1(r.paid_per_s)],
    ...(mode === 'lifecycle' ? [['reviewed/s', (r) => f1(r.done_per_s)]] : []),
    ['placeOrder p50', (r) => f0(r.steps.placeOrder.p50)],
    ['p99', (r) => f0(r.steps.placeOrder.p99)],
    ['→PLACED p50', (r) => f0(r.steps.toPlaced.p50)],
    ['p99', (r) => f0(r.steps.toPlaced.p99)],
    ['errors', (r) => String(r.errors)],
    ['fallback reads', (r) => String(r.fallback_reads)],
  ];
  return table(rows, cols);
}

export function stepsTable(rows, steps) {
  return table(rows, [
    ['platform', (r) => r.platform],
    ['customers', (r) => String(r.customers)],
    ...steps.map((s) => [`${s} p50/p99`, (r) => `${f0(r.steps[s]?.p50)}/${f0(r.steps[s]?.p99)}`]),
  ]);
}

export function cpuTable(rows) {
  const present = CPU_COLUMNS.filter((c) => rows.some((r) => Number.isFinite(r.cpu_ms_per_order[c])));
  return table(rows, [
    ['platform', (r) => r.platform],
    ['customers', (r) => String(r.customers)],
    ...present.map((c) => [c, (r) => f1(r.cpu_ms_per_order[c])]),
    ['total', (r) => f1(r.cpu_ms_per_order.total)],
  ]);
}

/** after/before per level, for the figures that matter. */
export function ratioTable(after, before) {
  const pairs = after.map((a) => [a, before.find((b) => b.customers === a.customers)]).filter(([, b]) => b);
  const ratio = (x, y) => (Number.isFinite(x) && Number.isFinite(y) && y !== 0 ? `${(x / y).toFixed(2)}×` : '–');
  return table(pairs, [
    ['customers', ([a]) => String(a.customers)],
    ['paid/s', ([a, b]) => ratio(a.paid_per_s, b.paid_per_s)],
    ['done/s', ([a, b]) => ratio(a.done_per_s, b.done_per_s)],
    ['→PLACED p99', ([a, b]) => ratio(a.steps.toPlaced.p99, b.steps.toPlaced.p99)],
    ['CPU-ms/order', ([a, b]) => ratio(a.cpu_ms_per_order.total, b.cpu_ms_per_order.total)],
    ...['router', 'orders', 'menu', 'users', 'postgres', 'nats', 'bench'].map((c) => [
      c,
      ([a, b]) => ratio(a.cpu_ms_per_order[c], b.cpu_ms_per_order[c]),
    ]),
  ]);
}

export function pgTable(rows) {
  const dbs = ['users', 'menu', 'orders', 'delivery', 'feedback', 'notifications', 'total'];
  return table(rows, [
    ['platform', (r) => r.platform],
    ['customers', (r) => String(r.customers)],
    ...dbs.map((db) => [db, (r) => `${f1(r.pg_per_order?.[db]?.xacts)}/${f1(r.pg_per_order?.[db]?.writes)}`]),
  ]);
}
