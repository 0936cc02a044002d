#!/usr/bin/env node
// `npm run schema:check`: is the supergraph still compatible with its clients?
//
// 1. Composes the subgraph schemas listed in schema/supergraph.config.json (each existing
//    subgraphs/<name>/schema.graphql; `npm run compose` keeps those current) into the API
//    schema clients see, and fails when schema/api.graphql is not that schema.
// 2. Compares it with the checked-in baseline (schema/baseline.graphql, the API schema clients
//    were last promised) using graphql-js's findBreakingChanges. Each breaking change (removed
//    field or type, changed type, new required argument or input field, …) fails unless it is
//    listed in schema/intended-breaking-changes.json as {type, description, reason}. Dangerous
//    changes (new enum values, changed defaults) are printed, not failed.
// 3. Validates every operation in schema/operations/**/*.graphql against the API schema.
//
// --update-baseline writes the current API schema to the baseline (after a release, with
// clients migrated) and checks nothing. --root DIR runs against another layout (tests).
import { composeServices } from '@apollo/composition';
import {
  buildSchema,
  findBreakingChanges,
  findDangerousChanges,
  Kind,
  lexicographicSortSchema,
  parse,
  printError,
  printSchema,
  Source,
  validate,
} from 'graphql';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BASELINE_HEADER =
  '# The API schema clients were last promised; `npm run schema:check` fails on breaking changes\n# against it. Update with `npm run schema:check -- --update-baseline` once clients have moved.\n\n';

function parseArgs(argv) {
  const args = { update: false, root: resolve(dirname(fileURLToPath(import.meta.url)), '..') };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--update-baseline') args.update = true;
    else if (argv[i] === '--root') args.root = resolve(argv[++i] ?? '.');
    else throw new Error(`unknown argument ${argv[i]} (use --update-baseline, --root DIR)`);
  }
  return args;
}

/** The API schema of the subgraphs' checked-in SDL, printed sorted as compose.mjs prints it. */
function composeApiSchema(root) {
  const config = JSON.parse(readFileSync(join(root, 'schema', 'supergraph.config.json'), 'utf8'));
  const services = [];
  for (const { name, url } of config.subgraphs) {
    const path = join(root, 'subgraphs', name, 'schema.graphql');
    if (existsSync(path)) services.push({ name, url, typeDefs: parse(readFileSync(path, 'utf8')) });
  }
  if (services.length === 0) throw new Error('no subgraph of schema/supergraph.config.json has a schema.graphql');
  const result = composeServices(services);
  if (result.errors) throw new Error(`composition failed:\n${result.errors.map((e) => `  ${e.message}`).join('\n')}`);
  return printSchema(lexicographicSortSchema(result.schema.toAPISchema().toGraphQLJSSchema()));
}

function graphqlFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.graphql'))
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();
}

/** Every operation and fragment of schema/operations as one document, so fragments may be shared across files. */
function validateOperations(root, schema) {
  const definitions = [];
  const problems = [];
  const files = graphqlFiles(join(root, 'schema', 'operations'));
  for (const file of files) {
    try {
      definitions.push(...parse(new Source(readFileSync(file, 'utf8'), relative(root, file))).definitions);
    } catch (err) {
      problems.push(printError(err));
    }
  }
  if (definitions.length) problems.push(...validate(schema, { kind: Kind.DOCUMENT, definitions }).map((e) => printError(e)));
  const operations = definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
  return { problems, operations, files: files.length };
}

function readIntended(root) {
  const path = join(root, 'schema', 'intended-breaking-changes.json');
  if (!existsSync(path)) return [];
  const { changes } = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(changes)) throw new Error('schema/intended-breaking-changes.json: "changes" must be a list');
  for (const c of changes) {
    if (typeof c.type !== 'string' || typeof c.description !== 'string' || typeof c.reason !== 'string' || !c.reason.trim())
      throw new Error(`schema/intended-breaking-changes.json: every change needs type, description and a reason: ${JSON.stringify(c)}`);
  }
  return changes;
}

function main() {
  const { update, root } = parseArgs(process.argv.slice(2));
  const printed = composeApiSchema(root);
  const baselinePath = join(root, 'schema', 'baseline.graphql');
  if (update) {
    writeFileSync(baselinePath, `${BASELINE_HEADER}${printed.trimEnd()}\n`);
    console.error(`wrote ${relative(root, baselinePath)}`);
    return 0;
  }

  let failed = false;
  const apiPath = join(root, 'schema', 'api.graphql');
  const checkedIn = existsSync(apiPath) ? readFileSync(apiPath, 'utf8') : '';
  if (!checkedIn.endsWith(`\n${printed.trimEnd()}\n`)) {
    console.error('error: schema/api.graphql is not the composed API schema — run npm run compose');
    failed = true;
  }

  const current = buildSchema(printed);
  if (!existsSync(baselinePath)) throw new Error('schema/baseline.graphql is missing (create it with --update-baseline)');
  const baseline = buildSchema(readFileSync(baselinePath, 'utf8'));
  const intended = readIntended(root);
  const isIntended = (c) => intended.some((i) => i.type === c.type && i.description === c.description);
  const breaking = findBreakingChanges(baseline, current);
  for (const change of breaking) {
    if (isIntended(change)) console.error(`intended breaking change [${change.type}]: ${change.description}`);
    else {
      console.error(`error: breaking change [${change.type}]: ${change.description}`);
      failed = true;
    }
  }
  for (const change of findDangerousChanges(baseline, current))
    console.error(`warning: dangerous change [${change.type}]: ${change.description}`);
  if (breaking.some((c) => !isIntended(c))) {
    console.error(
      'Breaking changes break deployed clients. Make the change additive (deprecate, add a new field), or record it with a reason in schema/intended-breaking-changes.json.',
    );
  }

  const ops = validateOperations(root, current);
  for (const problem of ops.problems) console.error(`error: ${problem}`);
  if (ops.problems.length) failed = true;

  console.error(
    failed
      ? 'schema check failed'
      : `schema check passed: ${breaking.length} breaking change(s), all intended; ${ops.operations} operation(s) in ${ops.files} file(s) valid`,
  );
  return failed ? 1 : 0;
}

try {
  process.exit(main());
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
