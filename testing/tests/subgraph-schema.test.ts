import { undocumentedIn } from '../src/subgraph-schema';

const HEADER = 'extend schema\n  @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])\n\n';

describe('undocumentedIn', () => {
  it('names every type, field, argument and enum value without a description', () => {
    const sdl = `${HEADER}type Query {
  """Documented."""
  dish(id: ID!, """Documented.""" locale: String): Dish
  menu: [Dish!]!
}

type Dish @key(fields: "id") {
  """Documented."""
  id: ID!
}

"""Documented."""
enum Spice {
  """Documented."""
  MILD
  HOT
}

"""Documented."""
input DishFilter {
  spice: Spice
}
`;
    expect(undocumentedIn(sdl)).toEqual(['Query.dish(id)', 'Query.menu', 'Dish', 'Spice.HOT', 'DishFilter.spice']);
  });

  it('asks no description of the root operation types themselves', () => {
    const sdl = `${HEADER}type Query {
  """Documented."""
  ping: Boolean
}

type Mutation {
  """Documented."""
  touch: Boolean
}

type Subscription {
  """Documented."""
  ticks: Int
}
`;
    expect(undocumentedIn(sdl)).toEqual([]);
  });
});
