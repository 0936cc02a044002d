import { ApolloClient, CombinedGraphQLErrors, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { startStack, type Stack } from './fixtures/start-stack';

const ME = gql`
  query Reviewers {
    users {
      name
    }
  }
`;

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.stop());

/**
 * A browser app refreshes its session when the router says UNAUTHENTICATED. The router refuses
 * bad credentials with HTTP 401 before GraphQL runs; a GraphQL-over-HTTP client that asked for
 * `application/graphql-response+json` reads a 4xx body as GraphQL errors only in that media
 * type, so the refusal must come in it — else Apollo Client reports a bare ServerError and the
 * code is lost.
 */
describe('refused credentials, as a real client sees them', () => {
  it('reach Apollo Client as GraphQL errors with extensions.code UNAUTHENTICATED', async () => {
    const { url } = await stack.startRouter();
    const client = new ApolloClient({
      link: new HttpLink({ uri: url, headers: { authorization: 'Bearer not.a.token' } }),
      cache: new InMemoryCache(),
    });
    const error = await client.query({ query: ME }).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(CombinedGraphQLErrors.is(error)).toBe(true);
    expect((error as CombinedGraphQLErrors).errors[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('keep application/json for clients that ask for it', async () => {
    const { url } = await stack.startRouter();
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', authorization: 'Bearer not.a.token' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('www-authenticate')).toMatch(/invalid_token/);
  });
});
