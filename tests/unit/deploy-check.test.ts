import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SCRIPT = resolve(__dirname, '../../scripts/deploy-check.mjs');

/** A workload with everything the rules ask for, and what points at it. */
function manifests(): Record<string, unknown>[] {
  const labels = { app: 'api' };
  const container = {
    name: 'api',
    image: 'foodgraph',
    ports: [{ name: 'http', containerPort: 4000 }],
    envFrom: [{ configMapRef: { name: 'settings' } }],
    env: [{ name: 'SECRET', valueFrom: { secretKeyRef: { name: 'foodgraph-secrets', key: 'SECRET' } } }],
    readinessProbe: { httpGet: { path: '/ready', port: 'http' } },
    livenessProbe: { httpGet: { path: '/health', port: 'http' } },
    resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { cpu: '1', memory: '512Mi' } },
  };
  return [
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' }, data: { A: 'b' } },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'api' },
      spec: {
        selector: { matchLabels: labels },
        template: { metadata: { labels }, spec: { securityContext: { runAsNonRoot: true }, containers: [container] } },
      },
    },
    { apiVersion: 'v1', kind: 'Service', metadata: { name: 'api' }, spec: { selector: labels, ports: [{ port: 80, targetPort: 'http' }] } },
    {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name: 'api' },
      spec: { minAvailable: 1, selector: { matchLabels: labels } },
    },
    {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: 'api' },
      spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'api' }, maxReplicas: 3 },
    },
  ];
}

// The tests reach deep into plain objects to break one field each.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = Record<string, any>;

describe('npm run deploy:check on rendered manifests', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'deploy-check-test-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const check = (docs: Record<string, unknown>[]) => {
    const file = join(dir, 'rendered.json.yaml');
    // JSON is YAML; one document per object.
    writeFileSync(file, docs.map((doc) => `---\n${JSON.stringify(doc)}\n`).join(''));
    const result = spawnSync(process.execPath, [SCRIPT, '--file', file], { encoding: 'utf8' });
    return { status: result.status, output: result.stdout + result.stderr };
  };
  const broken = (edit: (docs: Doc[]) => void) => {
    const docs = manifests() as Doc[];
    edit(docs);
    return check(docs);
  };

  it('passes manifests that follow the schemas and the rules', () => {
    expect(check(manifests())).toMatchObject({ status: 0 });
  });

  it('refuses a value of the wrong type for its schema', () => {
    const result = broken((docs) => (docs[1]['spec'].replicas = 'two'));
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/Deployment\/api: .*replicas must be integer/);
  });

  it('refuses a kind that is no Kubernetes API kind', () => {
    const result = broken((docs) => docs.push({ apiVersion: 'apps/v1', kind: 'Deploymnet', metadata: { name: 'x' } }));
    expect(result.output).toMatch(/Deploymnet is not a Kubernetes API kind/);
  });

  it('refuses a container without a readiness probe or limits', () => {
    const result = broken((docs) => {
      const container = docs[1]['spec'].template.spec.containers[0];
      delete container.readinessProbe;
      delete container.resources.limits;
    });
    expect(result.output).toContain('container api: no readinessProbe');
    expect(result.output).toContain('container api: no resources.limits.cpu');
  });

  it('refuses references that lead nowhere', () => {
    const result = broken((docs) => {
      docs[1]['spec'].template.spec.containers[0].env[0].valueFrom.secretKeyRef.name = 'other';
      docs[2]['spec'].ports[0].targetPort = 'web';
      docs[4]['spec'].scaleTargetRef.name = 'apx';
    });
    expect(result.output).toContain('names unknown Secret "other"');
    expect(result.output).toContain('targetPort "web" is no container port');
    expect(result.output).toContain('scales Deployment/apx, which does not exist');
    expect(result.output).toContain('Deployment/api: no HorizontalPodAutoscaler scales it');
  });

  it('refuses a Deployment no PodDisruptionBudget covers', () => {
    const result = broken((docs) => docs.splice(3, 1));
    expect(result.output).toContain('Deployment/api: no PodDisruptionBudget selects it');
  });
});
