// Runs one scenario (one query against several gateways) in interleaved rounds — A B A B —
// and reduces the rounds to medians. Each gateway is started fresh for every round, checked
// against the reference response, warmed up, loaded, checked again and stopped.
import autocannon from 'autocannon';
import { setTimeout as sleep } from 'node:timers/promises';
import { isDeepStrictEqual } from 'node:util';
import { groupCpuSeconds, portInUse, startGroup, stopGroup, waitFor } from './processes.mjs';

/** The request headers of a scenario: JSON, plus its own (a bearer token, say). */
const headersOf = (scenario) => ({ 'content-type': 'application/json', ...scenario.headers });

async function post(scenario) {
  const res = await fetch(scenario.url, { method: 'POST', headers: headersOf(scenario), body: scenario.body });
  if (!res.ok) throw new Error(`HTTP ${res.status}: ${(await res.text()).slice(0, 300)}`);
  return res.json();
}

function load(scenario, connections, seconds) {
  return autocannon({
    url: scenario.url,
    method: 'POST',
    headers: headersOf(scenario),
    body: scenario.body,
    connections,
    duration: seconds,
  });
}

/** A usable reference: data and no errors (a failing query would make every gateway "equal"). */
function checkReference(response) {
  if (!response || response.errors?.length || !response.data) {
    throw new Error(`the reference response is not a clean result: ${JSON.stringify(response).slice(0, 500)}`);
  }
  return response;
}

async function measureOnce(scenario, gateway, options, reference) {
  // Whatever answers on the port is what gets measured: it must be the process started here.
  const { port } = new URL(scenario.url);
  if (await portInUse(Number(port))) throw new Error(`port ${port} is taken by another process`);
  const child = startGroup(gateway.command, { cwd: gateway.cwd, env: gateway.env });
  try {
    const first = await waitFor(() => post(scenario), { child, what: gateway.name });
    // Without a fixed expected response, the first answer of the first gateway (the stock
    // reference) becomes the reference for everyone, in this invocation.
    if (gateway === scenario.gateways[0]) reference.value ??= checkReference(first);
    await load(scenario, options.connections, options.warmup);
    const cpuBefore = groupCpuSeconds(child.pid);
    const r = await load(scenario, options.connections, options.duration);
    const cpu = groupCpuSeconds(child.pid) - cpuBefore;
    // Checked again after the load: a gateway that degrades under pressure is not correct.
    const after = await post(scenario);
    return {
      rps: r.requests.average,
      p50_ms: r.latency.p50,
      p99_ms: r.latency.p99,
      errors: r.errors + r.non2xx + r.timeouts,
      requests: r.requests.total,
      cpu_s: cpu,
      req_per_cpu_s: cpu > 0 ? r.requests.total / cpu : null,
      correct: reference.value !== undefined && isDeepStrictEqual(first, reference.value) && isDeepStrictEqual(after, reference.value),
    };
  } finally {
    await stopGroup(child);
  }
}

const median = (xs) => {
  const sorted = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null;
};

/** Medians per gateway, and ratios to the first gateway (the reference) of the same run. */
export function summarize(rowsByGateway) {
  const summary = {};
  for (const [name, rows] of Object.entries(rowsByGateway)) {
    summary[name] = {
      rps: median(rows.map((r) => r.rps)),
      p50_ms: median(rows.map((r) => r.p50_ms)),
      p99_ms: median(rows.map((r) => r.p99_ms)),
      errors: rows.reduce((sum, r) => sum + (r.errors ?? 0), 0),
      req_per_cpu_s: median(rows.map((r) => r.req_per_cpu_s)),
      correct: rows.every((r) => r.correct),
      failed_rounds: rows.filter((r) => r.failure).length,
    };
  }
  const [base] = Object.values(summary);
  for (const s of Object.values(summary)) {
    s.rps_ratio = base?.rps ? s.rps / base.rps : null;
    s.cpu_ratio = base?.req_per_cpu_s && s.req_per_cpu_s ? s.req_per_cpu_s / base.req_per_cpu_s : null;
  }
  return summary;
}

/**
 * Measures `scenario` ({ name, url, body, headers?, expected?, gateways: [{ name, command, cwd, env }] })
 * for `options.rounds` interleaved rounds. The first gateway is the reference. `headers` go
 * with every request (on top of content-type) and stay out of the results file.
 */
export async function runScenario(scenario, options, log) {
  const reference = { value: scenario.expected };
  const rows = Object.fromEntries(scenario.gateways.map((g) => [g.name, []]));
  for (let round = 1; round <= options.rounds; round++) {
    for (const gateway of scenario.gateways) {
      let row;
      try {
        row = await measureOnce(scenario, gateway, options, reference);
      } catch (err) {
        row = { rps: 0, errors: null, correct: false, failure: err instanceof Error ? err.message : String(err) };
      }
      rows[gateway.name].push(row);
      log(`${scenario.name} round ${round}/${options.rounds} ${gateway.name}: ${JSON.stringify(row)}`);
      // Let sockets in TIME_WAIT and the previous group's memory settle before the next one.
      await sleep(1500);
    }
  }
  return { rounds: rows, summary: summarize(rows) };
}
