// Checks on rendered Kubernetes manifests: each object against the Kubernetes OpenAPI schema
// of its kind (kubernetes-models, pinned in package.json: the schemas compiled to validators,
// no network), then the rules that make these manifests ours — probes, resources, references
// between objects that no schema can see.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The Secret the manifests reference but never contain (created by the operator, see deploy/k8s/README.md). */
export const EXTERNAL_SECRETS = new Set(['foodgraph-secrets']);

/** The model class of an object's apiVersion and kind, or undefined for a kind the package lacks. */
function modelOf(apiVersion, kind) {
  const path = apiVersion.includes('/') ? apiVersion : `v1`;
  try {
    const models = require(`kubernetes-models/${path}`);
    return models[kind];
  } catch {
    return undefined;
  }
}

/** Schema problems, one line each, prefixed with `Kind/name`. */
export function schemaProblems(docs) {
  const problems = [];
  for (const doc of docs) {
    const id = `${doc?.kind ?? '?'}/${doc?.metadata?.name ?? '?'}`;
    if (typeof doc?.apiVersion !== 'string' || typeof doc?.kind !== 'string') {
      problems.push(`${id}: no apiVersion or kind`);
      continue;
    }
    const Model = modelOf(doc.apiVersion, doc.kind);
    if (Model === undefined) {
      problems.push(`${id}: ${doc.apiVersion} ${doc.kind} is not a Kubernetes API kind`);
      continue;
    }
    try {
      new Model(doc).validate();
    } catch (error) {
      problems.push(`${id}: ${error.message}`);
    }
  }
  return problems;
}

const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet']);

function matches(selector, labels) {
  return Object.entries(selector ?? {}).every(([key, value]) => labels?.[key] === value);
}

function containersOf(workload) {
  const spec = workload.spec?.template?.spec ?? {};
  return [...(spec.initContainers ?? []), ...(spec.containers ?? [])];
}

/** Problems of our own rules (see each `problems.push`), one line each. */
export function ruleProblems(docs) {
  const problems = [];
  const byKind = (kind) => docs.filter((doc) => doc.kind === kind);
  const workloads = docs.filter((doc) => WORKLOAD_KINDS.has(doc.kind));
  const podLabels = workloads.map((w) => ({ workload: w, labels: w.spec?.template?.metadata?.labels ?? {} }));
  const configMaps = new Set(byKind('ConfigMap').map((c) => c.metadata.name));
  const selected = (selector) => podLabels.filter(({ labels }) => matches(selector, labels)).map(({ workload }) => workload);

  for (const workload of workloads) {
    const id = `${workload.kind}/${workload.metadata.name}`;
    const pod = workload.spec?.template?.spec ?? {};
    if (pod.securityContext?.runAsNonRoot !== true) problems.push(`${id}: the pod must set securityContext.runAsNonRoot`);
    if (!matches(workload.spec?.selector?.matchLabels, workload.spec?.template?.metadata?.labels))
      problems.push(`${id}: its selector does not select its own pod template`);
    for (const container of pod.containers ?? []) {
      const cid = `${id} container ${container.name}`;
      // Readiness and liveness answer different questions (take traffic? restart?): both, on
      // a named port the container declares.
      for (const probe of ['readinessProbe', 'livenessProbe']) {
        const port = container[probe]?.httpGet?.port;
        if (!container[probe]) problems.push(`${cid}: no ${probe}`);
        else if (typeof port === 'string' && !(container.ports ?? []).some((p) => p.name === port))
          problems.push(`${cid}: ${probe} uses port "${port}", which the container does not declare`);
      }
    }
    for (const container of containersOf(workload)) {
      const cid = `${id} container ${container.name}`;
      for (const side of ['requests', 'limits'])
        for (const resource of ['cpu', 'memory'])
          if (container.resources?.[side]?.[resource] === undefined) problems.push(`${cid}: no resources.${side}.${resource}`);
      for (const env of container.env ?? []) {
        const secret = env.valueFrom?.secretKeyRef?.name;
        if (secret !== undefined && !EXTERNAL_SECRETS.has(secret))
          problems.push(`${cid}: env ${env.name} names unknown Secret "${secret}"`);
        const field = env.valueFrom?.resourceFieldRef;
        if (field && !containersOf(workload).some((c) => c.name === (field.containerName ?? container.name)))
          problems.push(`${cid}: env ${env.name} reads the resources of a container that does not exist`);
      }
      for (const from of container.envFrom ?? []) {
        const name = from.configMapRef?.name;
        if (name !== undefined && !configMaps.has(name)) problems.push(`${cid}: envFrom names missing ConfigMap "${name}"`);
      }
    }
  }

  for (const deployment of byKind('Deployment')) {
    const id = `Deployment/${deployment.metadata.name}`;
    const labels = deployment.spec?.template?.metadata?.labels;
    if (!byKind('PodDisruptionBudget').some((pdb) => matches(pdb.spec?.selector?.matchLabels, labels)))
      problems.push(`${id}: no PodDisruptionBudget selects it`);
    if (!byKind('HorizontalPodAutoscaler').some((hpa) => hpa.spec?.scaleTargetRef?.name === deployment.metadata.name))
      problems.push(`${id}: no HorizontalPodAutoscaler scales it`);
  }

  for (const hpa of byKind('HorizontalPodAutoscaler')) {
    const { kind, name } = hpa.spec?.scaleTargetRef ?? {};
    if (!workloads.some((w) => w.kind === kind && w.metadata.name === name))
      problems.push(`HorizontalPodAutoscaler/${hpa.metadata.name}: scales ${kind}/${name}, which does not exist`);
  }
  for (const pdb of byKind('PodDisruptionBudget'))
    if (selected(pdb.spec?.selector?.matchLabels).length === 0) problems.push(`PodDisruptionBudget/${pdb.metadata.name}: selects no pods`);
  for (const policy of byKind('NetworkPolicy')) {
    const selector = policy.spec?.podSelector?.matchLabels;
    if (selector && Object.keys(selector).length > 0 && selected(selector).length === 0)
      problems.push(`NetworkPolicy/${policy.metadata.name}: selects no pods`);
  }
  for (const service of byKind('Service')) {
    const id = `Service/${service.metadata.name}`;
    const targets = selected(service.spec?.selector);
    if (targets.length === 0) {
      problems.push(`${id}: selects no pods`);
      continue;
    }
    const declared = new Set(
      targets.flatMap((w) => (w.spec.template.spec.containers ?? []).flatMap((c) => c.ports ?? [])).map((p) => p.name),
    );
    for (const port of service.spec?.ports ?? [])
      if (typeof port.targetPort === 'string' && !declared.has(port.targetPort))
        problems.push(`${id}: targetPort "${port.targetPort}" is no container port of the pods it selects`);
  }
  return problems;
}
