export { readTracingConfig, SAMPLERS, type SamplerName, type TracingConfig } from './tracing-config';
export { startTracing, type StartTracingOptions, type Tracing } from './start-tracing';
export { tracerFor, tracingEnabled } from './active-tracing';
export { contextOf, failSpan, hasActiveSpan, inSpan, traceparentOf, TRACEPARENT } from './trace-context';
