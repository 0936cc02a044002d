import { refusalLimitLabel } from '../../src/metrics/refusal-labels';
import { RouterMetrics } from '../../src/metrics/router-metrics';

/** The label values of `name`'s series in the registry's text. */
async function labelValues(metrics: RouterMetrics, name: string, label: string): Promise<string[]> {
  const json = await metrics.registry.getMetricsAsJSON();
  const metric = json.find((m) => m.name === name);
  return [...new Set((metric?.values ?? []).map((v) => String(v.labels[label])))].sort();
}

describe('router metrics labels', () => {
  it('labels operations by listed name, else anonymous or other', async () => {
    const metrics = new RouterMetrics(['PlaceOrder']);
    metrics.observeOperation('PlaceOrder', 'mutation', 'ok', 0.01);
    metrics.observeOperation(undefined, 'query', 'ok', 0.01);
    for (let i = 0; i < 50; i++) metrics.observeOperation(`Random${i}`, 'query', 'error', 0.01);
    expect(await labelValues(metrics, 'foodgraph_router_operations_total', 'operation_name')).toEqual(['PlaceOrder', 'anonymous', 'other']);
  });

  it('takes a refusal limit from the router limits only', () => {
    expect(refusalLimitLabel('depth')).toBe('depth');
    expect(refusalLimitLabel('bodyBytes')).toBe('bodyBytes');
    expect(refusalLimitLabel('anything a subgraph says')).toBe('other');
    expect(refusalLimitLabel(undefined)).toBe('other');
  });

  it('counts QUERY_TOO_COMPLEX by limit and RATE_LIMITED by who limited', async () => {
    const metrics = new RouterMetrics([]);
    metrics.countRefusals(
      [
        { extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'cost' } },
        { extensions: { code: 'QUERY_TOO_COMPLEX', limit: '<script>' } },
        { extensions: { code: 'RATE_LIMITED' } },
        { extensions: { code: 'NOT_FOUND' } },
        {},
      ],
      'subgraph',
    );
    expect(await labelValues(metrics, 'foodgraph_router_request_limit_refusals_total', 'limit')).toEqual(['cost', 'other']);
    expect(await labelValues(metrics, 'foodgraph_router_rate_limited_total', 'limit')).toEqual(['subgraph']);
  });
});
