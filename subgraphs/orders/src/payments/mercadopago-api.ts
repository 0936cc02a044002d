/**
 * A minimal client for the parts of Mercado Pago's REST API the provider uses. It calls the
 * documented REST endpoints with `fetch` rather than the official `mercadopago` SDK: the SDK
 * pins its base URL to https://api.mercadopago.com, while deployments and tests need to point
 * it elsewhere (`MERCADOPAGO_API_URL`: a proxy, the local double of `@foodgraph/testing`), and
 * four endpoints do not justify a dependency.
 */
export interface MercadoPagoApiOptions {
  /** The seller's access token (`Authorization: Bearer …`). */
  accessToken: string;
  /** @default "https://api.mercadopago.com" */
  apiUrl?: string;
  /** Each call is abandoned after this long. @default 10000 */
  timeoutMs?: number;
}

/** A call Mercado Pago answered with a non-2xx status (or did not answer). */
export class MercadoPagoApiError extends Error {
  constructor(
    readonly status: number,
    readonly path: string,
    detail: string,
  ) {
    super(`Mercado Pago ${path} answered ${status}: ${detail}`);
    this.name = 'MercadoPagoApiError';
  }
}

export type MercadoPagoCall = <T>(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  options?: { body?: unknown; idempotencyKey?: string },
) => Promise<T>;

export const MERCADOPAGO_API_URL = 'https://api.mercadopago.com';

/** One authenticated JSON call; throws `MercadoPagoApiError` unless the answer is 2xx. */
export function mercadoPagoApi(options: MercadoPagoApiOptions): MercadoPagoCall {
  const base = options.apiUrl ?? MERCADOPAGO_API_URL;
  const timeoutMs = options.timeoutMs ?? 10_000;
  return async <T>(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    { body, idempotencyKey }: { body?: unknown; idempotencyKey?: string } = {},
  ): Promise<T> => {
    const headers: Record<string, string> = { authorization: `Bearer ${options.accessToken}`, accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    // Mercado Pago deduplicates calls that move money by this header; the saga retries.
    if (idempotencyKey !== undefined) headers['x-idempotency-key'] = idempotencyKey;
    let res: Response;
    try {
      res = await fetch(new URL(path, base), {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new MercadoPagoApiError(0, path, error instanceof Error ? error.message : String(error));
    }
    const text = await res.text();
    if (!res.ok) throw new MercadoPagoApiError(res.status, path, text.slice(0, 300));
    return (text === '' ? {} : JSON.parse(text)) as T;
  };
}
