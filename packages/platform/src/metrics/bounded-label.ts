/** Label value for a request without the thing the label names (no operation name). */
export const ANONYMOUS_LABEL = 'anonymous';
/** Label value for anything outside a bounded label's known values. */
export const OTHER_LABEL = 'other';

/**
 * Maps free input (operation names sent by clients) to a label value from a fixed set: a known
 * value as is, nothing as `anonymous`, anything else as `other`. Every distinct label value is
 * a time series kept forever by the process and by Prometheus, so a label fed by client input
 * must never take a value the operator did not list.
 */
export class BoundedLabel {
  private readonly known: ReadonlySet<string>;

  constructor(known: Iterable<string>) {
    this.known = new Set(known);
  }

  /** The label value for `value`. */
  of(value: string | null | undefined): string {
    if (value === undefined || value === null || value === '') return ANONYMOUS_LABEL;
    return this.known.has(value) ? value : OTHER_LABEL;
  }
}
