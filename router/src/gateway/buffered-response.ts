import type { FetcherHeaders, FetcherResponse } from './fetcher-types';
import type { IncomingHttpHeaders } from 'node:http';

function toHeaders(raw: IncomingHttpHeaders): FetcherHeaders {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.set(name, value);
  }
  return headers;
}

/**
 * A subgraph response read to the end, shaped as the `Fetcher` response the gateway's data
 * source expects. Subgraph answers are small JSON documents that are always read whole, so
 * buffering once and parsing once is cheaper than a streaming WHATWG `Response`.
 */
export class BufferedResponse implements FetcherResponse {
  readonly redirected = false;
  readonly ok: boolean;
  readonly headers: FetcherHeaders;
  private consumed = false;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    rawHeaders: IncomingHttpHeaders,
    private readonly body: Buffer,
  ) {
    this.ok = status >= 200 && status < 300;
    this.headers = toHeaders(rawHeaders);
  }

  get bodyUsed(): boolean {
    return this.consumed;
  }

  private take(): Buffer {
    // Mirrors fetch: a body can be read once; `clone()` first to read it again.
    if (this.consumed) throw new TypeError('Body has already been read');
    this.consumed = true;
    return this.body;
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const b = this.take();
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
  }

  async text(): Promise<string> {
    return this.take().toString('utf8');
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.take().toString('utf8'));
  }

  clone(): FetcherResponse {
    const copy = new BufferedResponse(this.url, this.status, this.statusText, {}, this.body);
    (copy as { headers: FetcherHeaders }).headers = this.headers;
    return copy;
  }
}
