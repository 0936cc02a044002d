import { context, type Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BasicTracerProvider,
  BatchSpanProcessor,
  ParentBasedSampler,
  TraceIdRatioBasedSampler,
  type Sampler,
} from '@opentelemetry/sdk-trace-base';
import { setTracerSource, tracingEnabled } from './active-tracing';
import type { TracingConfig } from './tracing-config';

/** A started tracing setup; `shutdown()` exports what is buffered and switches tracing off. */
export interface Tracing {
  shutdown(): Promise<void>;
}

const OFF: Tracing = { shutdown: () => Promise.resolve() };

/** How a process traces. */
export interface StartTracingOptions {
  /**
   * Keep the active span in an AsyncLocalStorage context, so that whatever runs inside a span
   * (resolvers, SQL, the events a change emits) finds its parent by itself. A process that passes
   * its spans' contexts along explicitly (the router) turns it off and spares every promise the
   * hooks it costs on Node 20. @default true
   */
  asyncContext?: boolean;
}

/**
 * Starts tracing for this process when `config` says so (see `readTracingConfig`): an
 * AsyncLocalStorage context manager (unless `asyncContext` is off), so a span started in a request
 * or a consumer is the parent of what runs inside it, and one tracer provider per component, created on first use, whose
 * spans go to the OTLP/HTTP endpoint in batches. Call `shutdown()` in the process's stop, after
 * everything that makes spans has stopped. Without a config it does nothing and costs nothing.
 * One setup per process at a time (a process that runs several components shares it).
 */
export function startTracing(config: TracingConfig | undefined, { asyncContext = true }: StartTracingOptions = {}): Tracing {
  if (!config) return OFF;
  // The context manager and the tracers are the process's: a second setup would take them over
  // from the first, and the first one's shutdown would then switch both off.
  if (tracingEnabled()) throw new Error('tracing is already started in this process; shut the first setup down before starting another');
  // The context manager turns on async hooks process-wide: the price of tracing, paid only here.
  if (asyncContext) context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  const providers = new Map<string, BasicTracerProvider>();
  const tracers = new Map<string, Tracer>();
  const sampler = samplerOf(config);

  const providerFor = (component: string): BasicTracerProvider => {
    const serviceName = config.serviceName ?? component;
    let provider = providers.get(serviceName);
    if (!provider) {
      const exporter = new OTLPTraceExporter({ url: config.tracesUrl, headers: config.headers });
      provider = new BasicTracerProvider({
        resource: resourceFromAttributes({ 'service.name': serviceName, 'service.namespace': 'foodgraph' }),
        sampler,
        spanProcessors: [new BatchSpanProcessor(exporter, { scheduledDelayMillis: config.scheduledDelayMs })],
      });
      providers.set(serviceName, provider);
    }
    return provider;
  };

  setTracerSource({
    tracerFor(component) {
      let tracer = tracers.get(component);
      if (!tracer) {
        tracer = providerFor(component).getTracer(`@foodgraph/${component}`);
        tracers.set(component, tracer);
      }
      return tracer;
    },
  });

  let stopped: Promise<void> | undefined;
  return {
    shutdown: () =>
      (stopped ??= (async () => {
        setTracerSource(undefined);
        // Each provider flushes its batch to the endpoint before it closes.
        await Promise.allSettled([...providers.values()].map((provider) => provider.shutdown()));
        context.disable();
      })()),
  };
}

function samplerOf(config: TracingConfig): Sampler {
  const ratio = new TraceIdRatioBasedSampler(config.samplerRatio);
  switch (config.sampler) {
    case 'always_on':
      return new AlwaysOnSampler();
    case 'always_off':
      return new AlwaysOffSampler();
    case 'traceidratio':
      return ratio;
    case 'parentbased_always_off':
      return new ParentBasedSampler({ root: new AlwaysOffSampler() });
    case 'parentbased_traceidratio':
      return new ParentBasedSampler({ root: ratio });
    case 'parentbased_always_on':
      return new ParentBasedSampler({ root: new AlwaysOnSampler() });
  }
}
