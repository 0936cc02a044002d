/** Operations the tests send, written as a client would, each typed with the data it returns. */

/** A query text that remembers the shape of its `data`. */
export interface Operation<Data> {
  text: string;
  /** Never set; carries the result type. */
  readonly __data?: Data;
}
const op = <Data>(text: string): Operation<Data> => ({ text });

export interface MoneyView {
  amount: number;
  currency: string;
}
export interface RestaurantView {
  id: string;
  name: string;
  description: string | null;
  cuisines: string[];
  status: string;
  isOpen: boolean;
  timeZone: string;
  acceptingOrders: boolean;
  suspensionReason: string | null;
  address: { line1: string; line2: string | null; city: string; postalCode: string; location: { lat: number; lng: number } | null };
  openingHours: { dayOfWeek: number; opens: string; closes: string }[];
  deliveryFee: MoneyView;
  minimumOrder: MoneyView;
  owner: { id: string };
}
export interface RestaurantDetail extends RestaurantView {
  categories: { id: string; name: string; position: number; items: { id: string; name: string }[] }[];
  menu: { id: string; name: string; available: boolean }[];
}
export interface MenuItemView {
  id: string;
  name: string;
  description: string | null;
  price: MoneyView;
  available: boolean;
  stock: number | null;
  tags: string[];
  category: { id: string; name: string } | null;
  restaurant: { id: string; name: string };
}
export interface RestaurantPageView {
  edges: { cursor: string; node: { id: string; name: string; isOpen: boolean } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
/** Any of the entity shapes `ENTITIES` selects; fields of the other types are absent. */
export interface EntityView {
  id: string;
  name?: string;
  status?: string;
  available?: boolean;
  price?: MoneyView;
  restaurants?: { id: string; name: string; status: string }[];
}

export const RESTAURANT_FIELDS = `
  id name description cuisines status isOpen timeZone acceptingOrders suspensionReason
  address { line1 line2 city postalCode location { lat lng } }
  openingHours { dayOfWeek opens closes }
  deliveryFee { amount currency } minimumOrder { amount currency }
  owner { id }
`;

export const CREATE_RESTAURANT = op<{ createRestaurant: RestaurantView }>(
  `mutation ($input: CreateRestaurantInput!) { createRestaurant(input: $input) { ${RESTAURANT_FIELDS} } }`,
);
export const UPDATE_RESTAURANT = op<{ updateRestaurant: RestaurantView }>(
  `mutation ($id: ID!, $input: UpdateRestaurantInput!) { updateRestaurant(id: $id, input: $input) { ${RESTAURANT_FIELDS} } }`,
);
export const SET_OPEN = op<{ setRestaurantOpen: { id: string; acceptingOrders: boolean; isOpen: boolean } }>(
  `mutation ($id: ID!, $open: Boolean!) { setRestaurantOpen(id: $id, open: $open) { id acceptingOrders isOpen } }`,
);
export const APPROVE = op<{ approveRestaurant: { id: string; status: string; suspensionReason: string | null } }>(
  `mutation ($id: ID!) { approveRestaurant(id: $id) { id status suspensionReason } }`,
);
export const SUSPEND = op<{ suspendRestaurant: { id: string; status: string; suspensionReason: string | null } }>(
  `mutation ($id: ID!, $reason: String!) { suspendRestaurant(id: $id, reason: $reason) { id status suspensionReason } }`,
);
export const CREATE_CATEGORY = op<{ createMenuCategory: { id: string; name: string; position: number } }>(
  `mutation ($restaurantId: ID!, $name: String!, $position: Int) { createMenuCategory(restaurantId: $restaurantId, name: $name, position: $position) { id name position } }`,
);
export const MENU_ITEM_FIELDS = `id name description price { amount currency } available stock tags category { id name } restaurant { id name }`;
export const CREATE_ITEM = op<{ createMenuItem: MenuItemView }>(
  `mutation ($input: MenuItemInput!) { createMenuItem(input: $input) { ${MENU_ITEM_FIELDS} } }`,
);
export const UPDATE_ITEM = op<{ updateMenuItem: MenuItemView }>(
  `mutation ($id: ID!, $input: UpdateMenuItemInput!) { updateMenuItem(id: $id, input: $input) { ${MENU_ITEM_FIELDS} } }`,
);
export const DELETE_ITEM = op<{ deleteMenuItem: boolean }>(`mutation ($id: ID!) { deleteMenuItem(id: $id) }`);
export const RESTAURANT = op<{ restaurant: RestaurantDetail | null }>(
  `query ($id: ID!) { restaurant(id: $id) { ${RESTAURANT_FIELDS} categories { id name position items { id name } } menu { id name available } } }`,
);
export const MENU_ITEM = op<{ menuItem: MenuItemView | null }>(`query ($id: ID!) { menuItem(id: $id) { ${MENU_ITEM_FIELDS} } }`);
export const RESTAURANTS = op<{ restaurants: RestaurantPageView }>(`query ($filter: RestaurantFilter, $first: Int, $after: String) {
  restaurants(filter: $filter, first: $first, after: $after) { edges { cursor node { id name isOpen } } pageInfo { hasNextPage endCursor } }
}`);
export const ENTITIES = op<{
  _entities: (EntityView | null)[];
}>(`query ($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Restaurant { id name status }
  ... on MenuItem { id name available price { amount currency } }
  ... on User { id restaurants { id name status } }
} }`);

/** A valid restaurant input; tests override what they need. */
export function restaurantInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Pho Hanoi',
    description: 'Noodle soups from the north',
    cuisines: ['Vietnamese', 'Noodles'],
    address: { line1: 'Torstraße 1', city: 'Berlin', postalCode: '10119', location: { lat: 52.5291, lng: 13.4015 } },
    // Open every day 10:00–22:00.
    openingHours: [1, 2, 3, 4, 5, 6, 7].map((dayOfWeek) => ({ dayOfWeek, opens: '10:00', closes: '22:00' })),
    deliveryFee: 250,
    minimumOrder: 1500,
    currency: 'EUR',
    ...overrides,
  };
}
