import { ConfigError, int, oneOf, optionalStr, optionalUrl, type Env } from '../config';

/** The values of `OTEL_TRACES_SAMPLER` this process understands (the specification's built-in ones). */
export const SAMPLERS = [
  'always_on',
  'always_off',
  'traceidratio',
  'parentbased_always_on',
  'parentbased_always_off',
  'parentbased_traceidratio',
] as const;
export type SamplerName = (typeof SAMPLERS)[number];

/** Where and how spans are exported; `readTracingConfig` returns none when tracing is off. */
export interface TracingConfig {
  /** The OTLP/HTTP traces URL, e.g. `http://collector:4318/v1/traces`. */
  tracesUrl: string;
  /** Extra export headers (`OTEL_EXPORTER_OTLP_HEADERS`, e.g. an API key). @default {} */
  headers: Record<string, string>;
  /**
   * `OTEL_SERVICE_NAME`: replaces the component's own name (`router`, `orders`, …) as the
   * `service.name` of a process that runs one component. @default the component's name
   */
  serviceName?: string | undefined;
  /** @default 'parentbased_always_on' */
  sampler: SamplerName;
  /** The ratio of the `*traceidratio` samplers, 0…1. @default 1 */
  samplerRatio: number;
  /** How long finished spans wait before a batch is sent (`OTEL_BSP_SCHEDULE_DELAY`). @default 5000 */
  scheduledDelayMs: number;
}

/**
 * Reads the standard OpenTelemetry variables. Tracing is off — no SDK, no context manager, no
 * spans — unless `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` (used as is) or
 * `OTEL_EXPORTER_OTLP_ENDPOINT` (`/v1/traces` appended, as the specification says) is set;
 * `OTEL_SDK_DISABLED=true` or `OTEL_TRACES_EXPORTER=none` switch it off again.
 */
export function readTracingConfig(env: Env): TracingConfig | undefined {
  if (optionalStr(env, 'OTEL_SDK_DISABLED')?.toLowerCase() === 'true') return undefined;
  const exporter = oneOf(env, 'OTEL_TRACES_EXPORTER', ['otlp', 'none'], 'otlp');
  const tracesUrl = optionalUrl(env, 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT') ?? signalUrl(optionalUrl(env, 'OTEL_EXPORTER_OTLP_ENDPOINT'));
  if (exporter === 'none' || tracesUrl === undefined) return undefined;
  // The exporter here speaks OTLP/HTTP with JSON bodies; a collector's 4318 port takes both
  // encodings, but a gRPC endpoint would take neither, so another protocol fails fast.
  const protocol = optionalStr(env, 'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL') ?? optionalStr(env, 'OTEL_EXPORTER_OTLP_PROTOCOL');
  if (protocol !== undefined && protocol !== 'http/json' && protocol !== 'http/protobuf')
    throw new ConfigError(
      'OTEL_EXPORTER_OTLP_PROTOCOL',
      `must be http/json or http/protobuf (both are sent as OTLP/HTTP JSON), got "${protocol}"`,
    );
  const sampler = oneOf(env, 'OTEL_TRACES_SAMPLER', SAMPLERS, 'parentbased_always_on');
  return {
    tracesUrl,
    headers: parseHeaders(optionalStr(env, 'OTEL_EXPORTER_OTLP_TRACES_HEADERS') ?? optionalStr(env, 'OTEL_EXPORTER_OTLP_HEADERS')),
    serviceName: optionalStr(env, 'OTEL_SERVICE_NAME'),
    sampler,
    samplerRatio: sampler.endsWith('traceidratio') ? ratio(optionalStr(env, 'OTEL_TRACES_SAMPLER_ARG')) : 1,
    scheduledDelayMs: int(env, 'OTEL_BSP_SCHEDULE_DELAY', 5000, { min: 1, max: 600_000 }),
  };
}

/** `OTEL_EXPORTER_OTLP_ENDPOINT` is the collector's base URL; traces go to its `/v1/traces`. */
function signalUrl(base: string | undefined): string | undefined {
  if (base === undefined) return undefined;
  return `${base.replace(/\/+$/, '')}/v1/traces`;
}

function ratio(value: string | undefined): number {
  if (value === undefined) return 1;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1)
    throw new ConfigError('OTEL_TRACES_SAMPLER_ARG', `must be a ratio between 0 and 1, got "${value}"`);
  return n;
}

/** `key=value` pairs separated by commas, values URL-encoded (the specification's format). */
function parseHeaders(value: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (value === undefined) return headers;
  for (const pair of value.split(',')) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new ConfigError('OTEL_EXPORTER_OTLP_HEADERS', `must be key=value pairs separated by commas, got "${pair.trim()}"`);
    headers[pair.slice(0, at).trim().toLowerCase()] = decodeURIComponent(pair.slice(at + 1).trim());
  }
  return headers;
}
