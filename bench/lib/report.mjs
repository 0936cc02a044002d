// The human table and the JSON file of one `npm run bench` invocation.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

const fixed = (value, digits) => (typeof value === 'number' && Number.isFinite(value) ? value.toFixed(digits) : '-');

const COLUMNS = [
  ['gateway', 22, (name) => name],
  ['req/s', 8, (_, s) => fixed(s.rps, 1)],
  ['p50 ms', 8, (_, s) => fixed(s.p50_ms, 0)],
  ['p99 ms', 8, (_, s) => fixed(s.p99_ms, 0)],
  ['errors', 7, (_, s) => String(s.errors)],
  ['req/cpu-s', 10, (_, s) => fixed(s.req_per_cpu_s, 1)],
  ['correct', 8, (_, s) => (s.correct ? 'yes' : 'NO')],
  ['× req/s', 8, (_, s) => fixed(s.rps_ratio, 2)],
  ['× cpu', 7, (_, s) => fixed(s.cpu_ratio, 2)],
];

/** One scenario's summary as a fixed-width table; ratios are to the first row. */
export function formatTable(title, summary) {
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(COLUMNS[i][1]) : c.padStart(COLUMNS[i][1]))).join(' ');
  const rows = Object.entries(summary).map(([name, s]) => {
    const cells = COLUMNS.map(([, , cell]) => cell(name, s));
    return line(cells) + (s.failed_rounds ? `   (${s.failed_rounds} round(s) failed)` : '');
  });
  return [`\n${title}`, line(COLUMNS.map(([head]) => head)), ...rows].join('\n');
}

function gitCommit(root) {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

/** Writes bench/results/<timestamp>.json (gitignored) and returns its path. */
export function writeResults(root, options, scenarios) {
  const dir = join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const at = new Date();
  const file = join(dir, `${at.toISOString().replace(/[:.]/g, '-')}.json`);
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? null, node: process.version, platform: process.platform };
  writeFileSync(file, JSON.stringify({ at: at.toISOString(), commit: gitCommit(root), machine, options, scenarios }, null, 2) + '\n');
  return file;
}
