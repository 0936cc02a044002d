import { GraphQLError } from 'graphql';
import { BadUserInputError } from '../../src/errors';
import { maskError } from '../../src/graphql/mask-errors';

describe('error masking', () => {
  it('passes contract errors through without stack traces', () => {
    const err = new BadUserInputError('input.email', 'Not an email');
    const out = maskError({ message: err.message, extensions: { ...err.extensions, stacktrace: ['x'] } }, err);
    expect(out).toEqual({ message: 'Not an email', extensions: { code: 'BAD_USER_INPUT', field: 'input.email' } });
  });

  it('translates framework codes onto the contract list', () => {
    const out = maskError({ message: 'Cannot query field "x"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, new GraphQLError('x'));
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('masks errors Apollo stamped INTERNAL_SERVER_ERROR because they had no code', () => {
    const out = maskError(
      { message: 'password authentication failed for user "x"', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      new Error('x'),
    );
    expect(out).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('masks anything else so no internal detail leaks', () => {
    const out = maskError({ message: 'relation "users" does not exist', path: ['me'] }, new Error('relation "users" does not exist'));
    expect(out).toEqual({ message: 'Internal server error', path: ['me'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});
