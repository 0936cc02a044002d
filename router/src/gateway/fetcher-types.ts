import type { RemoteGraphQLDataSource } from '@apollo/gateway';

/** The fetch shape `RemoteGraphQLDataSource` calls (derived so we need no extra dependency). */
export type Fetcher = RemoteGraphQLDataSource['fetcher'];
export type FetcherRequestInit = NonNullable<Parameters<Fetcher>[1]>;
export type FetcherResponse = Awaited<ReturnType<Fetcher>>;
export type FetcherHeaders = FetcherResponse['headers'];
