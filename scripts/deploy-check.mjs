#!/usr/bin/env node
// npm run deploy:check — renders deploy/k8s (base and every overlay) with kustomize and checks
// every object against the Kubernetes schemas and our rules (scripts/deploy/manifest-rules.mjs);
// checks docker-compose.yml with `docker-compose config` where docker-compose is installed.
// No cluster, no network once the renderer is here.
//
// The renderer is Debian's kubectl (package kubernetes-client, kustomize v2.0 inside), pinned by
// the Debian release: the first run unpacks it into node_modules/.cache (apt-get download, no
// install, so it never clashes with another kubectl on the machine). KUBECTL=<path> uses
// another one; the manifests are written to render the same with current kustomize.
//
//   node scripts/deploy-check.mjs                 every kustomization under deploy/k8s
//   node scripts/deploy-check.mjs --file x.yaml   check already rendered manifests (tests)
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { ruleProblems, schemaProblems } from './deploy/manifest-rules.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const K8S = join(ROOT, 'deploy/k8s');
const CACHED_KUBECTL = join(ROOT, 'node_modules/.cache/foodgraph-deploy-check/kubectl');
/** The kubectl of Debian 12 (bookworm); another release's package would render with another kustomize. */
const DEBIAN_KUBECTL_VERSION = /GitVersion:"v1\.20\./;

function fail(message) {
  console.error(`deploy-check: ${message}`);
  process.exit(1);
}

/** Debian's kubectl, unpacked from its package into the cache on first use. */
function pinnedKubectl() {
  if (process.env.KUBECTL) return process.env.KUBECTL;
  if (!existsSync(CACHED_KUBECTL)) {
    console.log('deploy-check: unpacking Debian kubernetes-client (kubectl with kustomize) into node_modules/.cache');
    const work = mkdtempSync(join(tmpdir(), 'deploy-check-'));
    // apt-get downloads as its unprivileged _apt user, which must be able to write here.
    chmodSync(work, 0o777);
    try {
      execFileSync('apt-get', ['download', '-qq', 'kubernetes-client'], { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
      const deb = readdirSync(work).find((f) => f.endsWith('.deb'));
      if (!deb) fail('apt-get download kubernetes-client left no package');
      execFileSync('dpkg-deb', ['-x', join(work, deb), join(work, 'root')]);
      mkdirSync(dirname(CACHED_KUBECTL), { recursive: true });
      copyFileSync(join(work, 'root/usr/bin/kubectl'), CACHED_KUBECTL);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  const version = execFileSync(CACHED_KUBECTL, ['version', '--client'], { encoding: 'utf8' });
  if (!DEBIAN_KUBECTL_VERSION.test(version)) fail(`${CACHED_KUBECTL} is not Debian 12's kubectl 1.20: ${version.trim()}`);
  return CACHED_KUBECTL;
}

/** Every directory under deploy/k8s with a kustomization.yaml. */
function kustomizations(dir = K8S) {
  const here = existsSync(join(dir, 'kustomization.yaml')) ? [dir] : [];
  const below = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => kustomizations(join(dir, entry.name)));
  return [...here, ...below];
}

function parse(text, source) {
  return parseAllDocuments(text).flatMap((doc) => {
    if (doc.errors.length > 0) fail(`${source}: ${doc.errors[0].message}`);
    const value = doc.toJS();
    return value ? [value] : [];
  });
}

/** Problems of one set of rendered objects, printed; true when there were none. */
function report(source, docs) {
  const problems = [...schemaProblems(docs), ...ruleProblems(docs)];
  for (const problem of problems) console.error(`  ${source}: ${problem}`);
  console.log(`deploy-check: ${source}: ${docs.length} objects, ${problems.length === 0 ? 'valid' : `${problems.length} problems`}`);
  return problems.length === 0;
}

function checkCompose() {
  const found = spawnSync('docker-compose', ['version'], { stdio: 'ignore' });
  if (found.error) {
    console.log('deploy-check: docker-compose.yml not checked (docker-compose is not installed)');
    return true;
  }
  // Placeholders for the variables the file requires; nothing runs.
  const env = { ...process.env, ROUTER_SIGNING_SECRET: 'x'.repeat(32), SANDBOX_WEBHOOK_SECRET: 'x'.repeat(16) };
  const result = spawnSync('docker-compose', ['-f', join(ROOT, 'docker-compose.yml'), 'config', '--quiet'], { env, encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(result.stderr);
    return false;
  }
  console.log('deploy-check: docker-compose.yml: valid');
  return true;
}

const fileArg = process.argv.indexOf('--file');
if (fileArg !== -1) {
  const file = process.argv[fileArg + 1] ?? fail('--file needs a path');
  process.exit(report(file, parse(readFileSync(file, 'utf8'), file)) ? 0 : 1);
}

const kubectl = pinnedKubectl();
let ok = true;
for (const dir of kustomizations()) {
  const source = relative(ROOT, dir);
  const rendered = spawnSync(kubectl, ['kustomize', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (rendered.status !== 0) {
    console.error(`  ${source}: kustomize failed:\n${rendered.stderr}`);
    ok = false;
    continue;
  }
  ok = report(source, parse(rendered.stdout, source)) && ok;
}
ok = checkCompose() && ok;
if (!ok) fail('problems above');
