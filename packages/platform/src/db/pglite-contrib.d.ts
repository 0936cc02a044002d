/**
 * The repo resolves modules the classic `node` way, which ignores package `exports`, so
 * TypeScript cannot see the types PGlite ships for its contrib subpaths. Node and jest do
 * honour `exports` at run time; this declaration only restores the type.
 */
declare module '@electric-sql/pglite/contrib/uuid_ossp' {
  import type { Extension } from '@electric-sql/pglite';

  export const uuid_ossp: Extension;
}
