import { visit, type DocumentNode } from 'graphql';

/**
 * Every directive written anywhere in the document — on operations, variables, fields,
 * fragments — whether the schema knows it or not and however often it repeats. This is the
 * count before validation: the validated, fragment-expanded count comes later from
 * `analyzeOperation`, but a document of unknown or duplicated directives never gets there.
 */
export function countDirectives(document: DocumentNode): number {
  let count = 0;
  visit(document, {
    Directive() {
      count++;
    },
  });
  return count;
}
