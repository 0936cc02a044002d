import { context, ROOT_CONTEXT, trace, type Tracer } from '@opentelemetry/api';

/**
 * Hands out tracers by component name once `startTracing` has run. Kept apart from the SDK
 * (this file imports only the API), so that code which merely asks whether tracing is on —
 * every log line, every query — loads nothing more when it is off.
 */
export interface TracerSource {
  tracerFor(component: string): Tracer;
}

let source: TracerSource | undefined;

/** Whether spans are recorded in this process; hooks skip all tracing work when not. */
export function tracingEnabled(): boolean {
  return source !== undefined;
}

/**
 * The tracer whose spans carry `component` (`router`, `orders`, …) as their service: one
 * process may run several (`npm start`, the tests), each shows as its own service. Without
 * tracing it is the API's no-op tracer.
 */
export function tracerFor(component: string): Tracer {
  return source ? source.tracerFor(component) : trace.getTracer(component);
}

/** Installs (or, with undefined, removes) the process's tracers; `startTracing` calls it. */
export function setTracerSource(next: TracerSource | undefined): void {
  source = next;
}

/**
 * Runs `work` outside any trace. For background loops (the outbox relay, pollers) that a request
 * or a reaction merely nudges: without it their passes — and every timer they set for later —
 * would run in the nudger's async context, so their SQL would pile into that old trace forever.
 */
export function outsideTraces<T>(work: () => T): T {
  return source ? context.with(ROOT_CONTEXT, work) : work();
}
