import { Kind, parse, type ConstValueNode, type EnumTypeDefinitionNode } from 'graphql';

/** One subgraph named by a supergraph's `join__Graph` enum. */
export interface SupergraphSubgraph {
  /** The subgraph's name as composed (`users`, `menu`, …). */
  name: string;
  /** Where the router sends its requests (after overrides). */
  url: string;
}

const stringArg = (args: readonly { name: { value: string }; value: ConstValueNode }[] | undefined, name: string) => {
  const v = args?.find((a) => a.name.value === name)?.value;
  return v?.kind === Kind.STRING ? v.value : undefined;
};

/**
 * Reads the subgraphs of a supergraph from its `join__Graph` enum
 * (`USERS @join__graph(name: "users", url: "http://…")`), in declaration order.
 */
export function subgraphsOfSupergraph(supergraphSdl: string): SupergraphSubgraph[] {
  const doc = parse(supergraphSdl, { noLocation: true });
  const joinGraph = doc.definitions.find(
    (d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'join__Graph',
  );
  if (!joinGraph) throw new Error('The supergraph has no join__Graph enum; is it a composed Federation 2 supergraph?');
  const out: SupergraphSubgraph[] = [];
  for (const value of joinGraph.values ?? []) {
    const directive = value.directives?.find((d) => d.name.value === 'join__graph');
    const name = stringArg(directive?.arguments, 'name');
    const url = stringArg(directive?.arguments, 'url');
    if (name === undefined || url === undefined) throw new Error(`join__Graph.${value.name.value} has no @join__graph(name, url)`);
    out.push({ name, url });
  }
  return out;
}

/** `SUBGRAPH_<NAME>_<SETTING>`: the name upper-cased, anything but letters and digits as `_`. */
export function subgraphVariable(name: string, setting: 'URL' | 'TIMEOUT'): string {
  return `SUBGRAPH_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_${setting}`;
}

/** `SUBGRAPH_<NAME>_URL` of subgraph `name`. */
export function subgraphUrlVariable(name: string): string {
  return subgraphVariable(name, 'URL');
}

/** The subgraphs with their URLs replaced by any override given for their name. */
export function applyUrlOverrides(subgraphs: SupergraphSubgraph[], overrides: Readonly<Record<string, string>> = {}): SupergraphSubgraph[] {
  const known = new Set(subgraphs.map((s) => s.name));
  for (const name of Object.keys(overrides)) {
    // A typo in an override would otherwise silently send traffic to the composed URL.
    if (!known.has(name))
      throw new Error(`subgraphUrls names "${name}", which is not a subgraph of the supergraph (${[...known].join(', ')})`);
  }
  return subgraphs.map((s) => ({ name: s.name, url: overrides[s.name] ?? s.url }));
}
