/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant as an ISO-8601 string in UTC, e.g. 2026-11-23T10:00:00.000Z. */
  DateTime: { input: string; output: string; }
};

/** A postal address, optionally geocoded. */
export type Address = {
  __typename?: 'Address';
  /** City. */
  city: Scalars['String']['output'];
  /** Street and number. */
  line1: Scalars['String']['output'];
  /** Flat, floor or other detail. */
  line2?: Maybe<Scalars['String']['output']>;
  /** Where the address is, when known. */
  location?: Maybe<GeoPoint>;
  /** Postal code. */
  postalCode: Scalars['String']['output'];
};

/** A postal address, optionally geocoded. */
export type AddressInput = {
  /** City. */
  city: Scalars['String']['input'];
  /** Street and number. */
  line1: Scalars['String']['input'];
  /** Flat, floor or other detail. */
  line2?: InputMaybe<Scalars['String']['input']>;
  /** Where the address is, when known. */
  location?: InputMaybe<GeoPointInput>;
  /** Postal code. */
  postalCode: Scalars['String']['input'];
};

/** A partner API key for server-to-server access; the secret itself is never shown again. */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** When the key was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable id of the key (UUID). */
  id: Scalars['ID']['output'];
  /** What the partner called the key, e.g. the system that uses it. */
  name: Scalars['String']['output'];
  /** The non-secret part after `fgk_`, to tell keys apart. */
  prefix: Scalars['String']['output'];
  /** When the key was revoked; null while it works. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A newly created API key together with its secret, which is shown this once only. */
export type ApiKeyWithSecret = {
  __typename?: 'ApiKeyWithSecret';
  /** The key as listed from now on. */
  apiKey: ApiKey;
  /** The secret `fgk_<prefix>_<random>`; store it now, it cannot be shown again. */
  secret: Scalars['String']['output'];
};

/** A signed-in session: a short-lived access token and a rotating refresh token. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Bearer token for the Authorization header (an EdDSA JWT). */
  accessToken: Scalars['String']['output'];
  /** When the access token expires; refresh before then. */
  expiresAt: Scalars['DateTime']['output'];
  /** Opaque token for refreshSession; each one works once, then a new one replaces it. */
  refreshToken: Scalars['String']['output'];
  /** The signed-in user. */
  user: User;
};

/** A new restaurant; it starts PENDING_APPROVAL until an admin approves it. */
export type CreateRestaurantInput = {
  /** Where it is; include `location` to appear in `near` searches. */
  address: AddressInput;
  /** Cuisines it serves (up to 20). */
  cuisines: Array<Scalars['String']['input']>;
  /** ISO-4217 currency of every price and fee, e.g. EUR; cannot change later. */
  currency: Scalars['String']['input'];
  /** Delivery fee in minor units of `currency` (0 or more). */
  deliveryFee: Scalars['Int']['input'];
  /** Free-text description (up to 2000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Smallest order subtotal accepted, in minor units (0 or more). */
  minimumOrder: Scalars['Int']['input'];
  /** Display name (1–120 characters). */
  name: Scalars['String']['input'];
  /** Weekly opening windows in local time. */
  openingHours: Array<OpeningHoursInput>;
  /** IANA time zone of the opening hours; defaults to the platform's (RESTAURANT_TIME_ZONE). */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/** An account an admin creates for a partner, courier, admin or customer. */
export type CreateStaffInput = {
  /** Email address to sign in with; unique, case-insensitive. */
  email: Scalars['String']['input'];
  /** Display name. */
  name: Scalars['String']['input'];
  /** Initial password, at least 10 characters. */
  password: Scalars['String']['input'];
  /** Phone number, optionally with a leading +. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Role of the new account. */
  role: Role;
};

/** A point on earth (WGS-84). */
export type GeoPoint = {
  __typename?: 'GeoPoint';
  /** Latitude in degrees, -90..90. */
  lat: Scalars['Float']['output'];
  /** Longitude in degrees, -180..180. */
  lng: Scalars['Float']['output'];
};

/** A point on earth (WGS-84). */
export type GeoPointInput = {
  /** Latitude in degrees, -90..90. */
  lat: Scalars['Float']['input'];
  /** Longitude in degrees, -180..180. */
  lng: Scalars['Float']['input'];
};

/** Kitchen progress of one order line. */
export type LineStatus =
  /** Being prepared. */
  | 'COOKING'
  /** Ready. */
  | 'DONE'
  /** Not started. */
  | 'QUEUED';

/** A section of a menu, e.g. "Starters". */
export type MenuCategory = {
  __typename?: 'MenuCategory';
  /** Unique id (UUIDv7). */
  id: Scalars['ID']['output'];
  /** The items in this section, oldest first. */
  items: Array<MenuItem>;
  /** Section title. */
  name: Scalars['String']['output'];
  /** Sort order within the menu; lower comes first. */
  position: Scalars['Int']['output'];
};


/** A section of a menu, e.g. "Starters". */
export type MenuCategoryItemsArgs = {
  availableOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A dish or drink on a restaurant's menu. */
export type MenuItem = {
  __typename?: 'MenuItem';
  /** Whether it can be ordered now: switched on, not sold out (stock 0) and still on the menu. */
  available: Scalars['Boolean']['output'];
  /** The menu section it is listed in, if any. */
  category?: Maybe<MenuCategory>;
  /** What is in it, allergens, portion size. */
  description?: Maybe<Scalars['String']['output']>;
  /** Unique id (UUIDv7). */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** Price of one portion, in the restaurant's currency. */
  price: Money;
  /** The restaurant whose menu it is on. */
  restaurant: Restaurant;
  /** Portions left today; null = unlimited, 0 = sold out. */
  stock?: Maybe<Scalars['Int']['output']>;
  /** Labels such as "vegan" or "spicy". */
  tags: Array<Scalars['String']['output']>;
};

/** A new menu item; its price is in the restaurant's currency. */
export type MenuItemInput = {
  /** Whether it can be ordered right away. */
  available?: InputMaybe<Scalars['Boolean']['input']>;
  /** A category of the same restaurant, or none. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** What is in it (up to 2000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Display name (1–120 characters). */
  name: Scalars['String']['input'];
  /** Price in minor units; greater than 0. */
  price: Scalars['Int']['input'];
  /** The restaurant to add it to. */
  restaurantId: Scalars['ID']['input'];
  /** Portions available today (0 or more); null = unlimited. */
  stock?: InputMaybe<Scalars['Int']['input']>;
  /** Labels such as "vegan" (up to 20). */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** An amount of money in minor units (cents) of an ISO-4217 currency. */
export type Money = {
  __typename?: 'Money';
  /** Amount in minor units, e.g. 1250 for 12.50. */
  amount: Scalars['Int']['output'];
  /** ISO-4217 currency code, e.g. EUR. */
  currency: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** The restaurant's owner accepts a PLACED order and says how long it takes. */
  acceptOrder: Order;
  /** Admin: approve a pending restaurant, or lift a suspension (→ ACTIVE). */
  approveRestaurant: Restaurant;
  /** Cancels an order: its customer until the restaurant accepted it, an admin any time before it is finished. A paid order is refunded. */
  cancelOrder: Order;
  /** Sandbox payments only: pretends the customer paid the order's QR code (its customer or an admin). */
  confirmSandboxPayment: Order;
  /** Creates an API key for the signed-in partner; the secret is returned this once only. Partner only, and not with an API key. */
  createApiKey: ApiKeyWithSecret;
  /** Owner or admin: add a section to a restaurant's menu. */
  createMenuCategory: MenuCategory;
  /** Owner or admin: add an item to a restaurant's menu. */
  createMenuItem: MenuItem;
  /** Partner: open a restaurant. It starts PENDING_APPROVAL and is owned by the caller. */
  createRestaurant: Restaurant;
  /** Creates an account in any role (partner, courier, admin, customer). Admin only. */
  createStaffAccount: User;
  /** Owner or admin: take an item off the menu. Past orders still show it. */
  deleteMenuItem: Scalars['Boolean']['output'];
  /** Signs in with email and password. Any mismatch answers UNAUTHENTICATED with the same message. */
  login: AuthPayload;
  /** Ends the session the refresh token belongs to. True when it did (or was already over), false for an unknown token. Access tokens already issued stay valid until they expire. */
  logout: Scalars['Boolean']['output'];
  /** The restaurant's owner marks a PREPARING order ready for the courier; every line becomes DONE. */
  markOrderReady: Order;
  /** Places an order (customers). It starts PENDING while the stock is checked; the same idempotencyKey returns the same order. */
  placeOrder: Order;
  /** Exchanges a refresh token for a new pair. Each refresh token works once; presenting a used one again ends the whole session. */
  refreshSession: AuthPayload;
  /** Creates a customer account and signs it in. */
  register: AuthPayload;
  /** The restaurant's owner turns down a PLACED order; a paid one is refunded. */
  rejectOrder: Order;
  /** Revokes an API key at once. Its partner or an admin. Revoking a revoked key returns it unchanged. */
  revokeApiKey: ApiKey;
  /** Kitchen display: the restaurant's owner sets one line QUEUED, COOKING or DONE (order ACCEPTED or PREPARING). */
  setLineStatus: Order;
  /** Owner or admin: switch taking orders on or off (opening hours still apply). */
  setRestaurantOpen: Restaurant;
  /** Starts an anonymous customer session (a guest with no email and no password). */
  startGuestSession: AuthPayload;
  /** The restaurant's owner starts cooking an ACCEPTED order. */
  startPreparing: Order;
  /** Admin: suspend an active restaurant (→ SUSPENDED), recording why. */
  suspendRestaurant: Restaurant;
  /** Owner or admin: change a menu item. */
  updateMenuItem: MenuItem;
  /** The customer replaces the lines of an order the restaurant has not accepted and that is not paid yet. The order is re-priced and checked for stock again (PENDING). */
  updateOrderLines: Order;
  /** Owner or admin: change a restaurant's details. */
  updateRestaurant: Restaurant;
};


export type MutationAcceptOrderArgs = {
  orderId: Scalars['ID']['input'];
  prepMinutes: Scalars['Int']['input'];
};


export type MutationApproveRestaurantArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelOrderArgs = {
  orderId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationConfirmSandboxPaymentArgs = {
  orderId: Scalars['ID']['input'];
};


export type MutationCreateApiKeyArgs = {
  name: Scalars['String']['input'];
};


export type MutationCreateMenuCategoryArgs = {
  name: Scalars['String']['input'];
  position?: InputMaybe<Scalars['Int']['input']>;
  restaurantId: Scalars['ID']['input'];
};


export type MutationCreateMenuItemArgs = {
  input: MenuItemInput;
};


export type MutationCreateRestaurantArgs = {
  input: CreateRestaurantInput;
};


export type MutationCreateStaffAccountArgs = {
  input: CreateStaffInput;
};


export type MutationDeleteMenuItemArgs = {
  id: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationLogoutArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationMarkOrderReadyArgs = {
  orderId: Scalars['ID']['input'];
};


export type MutationPlaceOrderArgs = {
  input: PlaceOrderInput;
};


export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRegisterArgs = {
  input: RegisterInput;
};


export type MutationRejectOrderArgs = {
  orderId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetLineStatusArgs = {
  lineId: Scalars['ID']['input'];
  orderId: Scalars['ID']['input'];
  status: LineStatus;
};


export type MutationSetRestaurantOpenArgs = {
  id: Scalars['ID']['input'];
  open: Scalars['Boolean']['input'];
};


export type MutationStartGuestSessionArgs = {
  name?: InputMaybe<Scalars['String']['input']>;
};


export type MutationStartPreparingArgs = {
  orderId: Scalars['ID']['input'];
};


export type MutationSuspendRestaurantArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationUpdateMenuItemArgs = {
  id: Scalars['ID']['input'];
  input: UpdateMenuItemInput;
};


export type MutationUpdateOrderLinesArgs = {
  lines: Array<OrderLineInput>;
  orderId: Scalars['ID']['input'];
};


export type MutationUpdateRestaurantArgs = {
  id: Scalars['ID']['input'];
  input: UpdateRestaurantInput;
};

/** One opening window in the restaurant's local time; a window closing before it opens runs past midnight. */
export type OpeningHours = {
  __typename?: 'OpeningHours';
  /** Closing time as "HH:MM" (24:00 = midnight at the end of the day), local time. */
  closes: Scalars['String']['output'];
  /** Day the window starts on: 1 = Monday … 7 = Sunday. */
  dayOfWeek: Scalars['Int']['output'];
  /** Opening time as "HH:MM", local time. */
  opens: Scalars['String']['output'];
};

/** One opening window in local time, e.g. Friday 18:00–02:00. */
export type OpeningHoursInput = {
  /** Closing time as "HH:MM" (00:00–24:00); earlier than `opens` means past midnight. */
  closes: Scalars['String']['input'];
  /** Day the window starts on: 1 = Monday … 7 = Sunday. */
  dayOfWeek: Scalars['Int']['input'];
  /** Opening time as "HH:MM" (00:00–23:59). */
  opens: Scalars['String']['input'];
};

/** A customer's order from one restaurant. */
export type Order = {
  __typename?: 'Order';
  /** The customer who placed it. */
  customer: User;
  /** Where it goes. */
  deliveryAddress: Address;
  /** The restaurant's delivery fee when it was ordered. */
  deliveryFee: Money;
  /** When the restaurant expects it ready (set on acceptance). */
  estimatedReadyAt?: Maybe<Scalars['DateTime']['output']>;
  /** Every status the order went through, oldest first, with who and why. */
  history: Array<OrderStatusChange>;
  /** Unique id of the order. */
  id: Scalars['ID']['output'];
  /** What was ordered, in the customer's order. */
  lines: Array<OrderLine>;
  /** The customer's notes for the restaurant or courier. */
  notes?: Maybe<Scalars['String']['output']>;
  /** Short number the kitchen calls out, unique per restaurant per day (e.g. "042"). */
  number: Scalars['String']['output'];
  /** How it is paid and where the money is. */
  payment: Payment;
  /** When the customer placed it. */
  placedAt: Scalars['DateTime']['output'];
  /** The restaurant it is from. */
  restaurant: Restaurant;
  /** Where the order is now. */
  status: OrderStatus;
  /** Why it was cancelled or rejected. */
  statusReason?: Maybe<Scalars['String']['output']>;
  /** Sum of the line totals. */
  subtotal: Money;
  /** subtotal + deliveryFee: what the customer pays. */
  total: Money;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of orders, newest first. */
export type OrderConnection = {
  __typename?: 'OrderConnection';
  /** The orders of this page. */
  edges: Array<OrderEdge>;
  /** Whether more orders follow. */
  pageInfo: PageInfo;
};

/** An order in a page of orders. */
export type OrderEdge = {
  __typename?: 'OrderEdge';
  /** Pass as `after` to continue after this order. */
  cursor: Scalars['String']['output'];
  /** The order. */
  node: Order;
};

/** One line of an order, with the name and price as they were when it was ordered. */
export type OrderLine = {
  __typename?: 'OrderLine';
  /** Unique id of the line. */
  id: Scalars['ID']['output'];
  /** unitPrice × quantity. */
  lineTotal: Money;
  /** The menu item ordered (it may have changed or gone since). */
  menuItem: MenuItem;
  /** The item's name when it was ordered. */
  name: Scalars['String']['output'];
  /** The customer's wishes for this line. */
  notes?: Maybe<Scalars['String']['output']>;
  /** How many, 1 to 50. */
  quantity: Scalars['Int']['output'];
  /** Kitchen progress of this line. */
  status: LineStatus;
  /** Price of one unit when it was ordered. */
  unitPrice: Money;
};

/** One line of an order as the customer asks for it. */
export type OrderLineInput = {
  /** The menu item, from the order's restaurant. */
  menuItemId: Scalars['ID']['input'];
  /** Wishes for this line ("no onions"), up to 500 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** How many, 1 to 50. */
  quantity: Scalars['Int']['input'];
};

/** Where an order is in its lifecycle. */
export type OrderStatus =
  /** The restaurant accepted it and will prepare it. */
  | 'ACCEPTED'
  /** Stock reserved; waiting for the customer to pay the QR code. */
  | 'AWAITING_PAYMENT'
  /** Cancelled by the customer, an admin, or because it was not paid in time. Final. */
  | 'CANCELLED'
  /** The customer has it. Final. */
  | 'DELIVERED'
  /** Placed by the customer; the restaurant's stock is being checked. */
  | 'PENDING'
  /** A courier is on the way with it. */
  | 'PICKED_UP'
  /** Paid (or cash on delivery): waiting for the restaurant to accept. */
  | 'PLACED'
  /** The kitchen is cooking it. */
  | 'PREPARING'
  /** Cooked and waiting for the courier. */
  | 'READY_FOR_PICKUP'
  /** Out of stock, turned down by the restaurant, or not accepted in time. Final. */
  | 'REJECTED';

/** One step of an order's history. */
export type OrderStatusChange = {
  __typename?: 'OrderStatusChange';
  /** Who moved it; null when the platform did (stock, payment, timeouts). */
  actor?: Maybe<User>;
  /** When it moved. */
  at: Scalars['DateTime']['output'];
  /** Why, when there is a reason worth telling. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The status the order moved to. */
  status: OrderStatus;
};

/** Where a page of a connection ends and whether more follow. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** How an order is paid and where the money is. */
export type Payment = {
  __typename?: 'Payment';
  /** The amount due: the order's total. */
  amount: Money;
  /** How the customer pays. */
  method: PaymentMethod;
  /** When the provider confirmed the payment. */
  paidAt?: Maybe<Scalars['DateTime']['output']>;
  /** The payment provider's id of this payment. */
  providerReference?: Maybe<Scalars['String']['output']>;
  /** EMV QR payload to render as a QR code and scan with a banking app; null for cash and until stock is reserved. */
  qrCode?: Maybe<Scalars['String']['output']>;
  /** When the payment was refunded. */
  refundedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the money is. */
  status: PaymentStatus;
};

/** How the customer pays. */
export type PaymentMethod =
  /** Cash to the courier; no online payment. */
  | 'CASH_ON_DELIVERY'
  /** Scan-to-pay QR code from the payment provider, paid before the restaurant sees the order. */
  | 'QR_CODE';

/** Where the money of an order is. */
export type PaymentStatus =
  /** The payment failed or will never happen (the order closed unpaid). */
  | 'FAILED'
  /** Cash on delivery: nothing is paid online. */
  | 'NOT_REQUIRED'
  /** The provider confirmed the payment. */
  | 'PAID'
  /** Not paid yet. */
  | 'PENDING'
  /** Paid, then given back because the order was cancelled or rejected. */
  | 'REFUNDED';

/** A new order. */
export type PlaceOrderInput = {
  /** Where to deliver. */
  deliveryAddress: AddressInput;
  /** A key the client makes up per order (e.g. a UUID); sending it again returns the same order instead of a second one. */
  idempotencyKey: Scalars['String']['input'];
  /** What to order: 1 to 50 lines; the subtotal must reach the minimum order. */
  lines: Array<OrderLineInput>;
  /** Notes for the restaurant or courier, up to 500 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** How the customer pays. */
  paymentMethod: PaymentMethod;
  /** The restaurant to order from; it must be ACTIVE and open. */
  restaurantId: Scalars['ID']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** The kitchen display of a restaurant: orders from PLACED to READY_FOR_PICKUP, oldest first. Owner (or admin). */
  kitchenQueue: Array<Order>;
  /** The signed-in user; null when signed out. */
  me?: Maybe<User>;
  /** A menu item by id, visible like its restaurant; null once deleted. */
  menuItem?: Maybe<MenuItem>;
  /** The signed-in user's own orders, newest first. */
  myOrders: OrderConnection;
  /** An order by id, for its customer, its restaurant's owner, its courier and admins; null when there is none. */
  order?: Maybe<Order>;
  /** A restaurant by id: ACTIVE ones for everyone, others only for their owner and admins. */
  restaurant?: Maybe<Restaurant>;
  /** Approved (ACTIVE) restaurants, oldest first, optionally filtered. Public. */
  restaurants: RestaurantConnection;
  /** Every user, oldest first, optionally of one role. Admin only. */
  users: Array<User>;
};


export type QueryKitchenQueueArgs = {
  restaurantId: Scalars['ID']['input'];
};


export type QueryMenuItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMyOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRestaurantArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRestaurantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RestaurantFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<Role>;
};

/** A new customer account. */
export type RegisterInput = {
  /** Email address to sign in with; unique, case-insensitive. */
  email: Scalars['String']['input'];
  /** Display name. */
  name: Scalars['String']['input'];
  /** Password, at least 10 characters. */
  password: Scalars['String']['input'];
  /** Phone number, optionally with a leading +. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** A restaurant on the platform with its menu, run by a partner. */
export type Restaurant = {
  __typename?: 'Restaurant';
  /** The partner's open/closed switch; `isOpen` also needs the opening hours to match. */
  acceptingOrders: Scalars['Boolean']['output'];
  /** Where the restaurant is. */
  address: Address;
  /** Menu sections in display order. */
  categories: Array<MenuCategory>;
  /** Cuisines it serves, e.g. ["Vietnamese", "Noodles"]. */
  cuisines: Array<Scalars['String']['output']>;
  /** Fee added to every delivery order. */
  deliveryFee: Money;
  /** Free-text description shown on the restaurant page. */
  description?: Maybe<Scalars['String']['output']>;
  /** Unique id (UUIDv7). */
  id: Scalars['ID']['output'];
  /** Open for orders right now: ACTIVE, the partner's switch on, and within opening hours. */
  isOpen: Scalars['Boolean']['output'];
  /** Every dish on the menu, by category position. */
  menu: Array<MenuItem>;
  /** Smallest order subtotal the restaurant accepts. */
  minimumOrder: Money;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Weekly opening windows in the restaurant's time zone. */
  openingHours: Array<OpeningHours>;
  /** Orders of this restaurant, newest first: its owner or an admin. */
  orders: OrderConnection;
  /** The partner who runs the restaurant. */
  owner: User;
  /** Approval status; only ACTIVE restaurants are public. */
  status: RestaurantStatus;
  /** Why an admin suspended it; only the owner and admins see it, null otherwise. */
  suspensionReason?: Maybe<Scalars['String']['output']>;
  /** IANA time zone the opening hours are meant in, e.g. Europe/Berlin. */
  timeZone: Scalars['String']['output'];
};


/** A restaurant on the platform with its menu, run by a partner. */
export type RestaurantMenuArgs = {
  availableOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A restaurant on the platform with its menu, run by a partner. */
export type RestaurantOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<OrderStatus>>;
};

/** A page of restaurants. */
export type RestaurantConnection = {
  __typename?: 'RestaurantConnection';
  /** The restaurants of this page, in a stable order. */
  edges: Array<RestaurantEdge>;
  /** Whether more follow and where this page ends. */
  pageInfo: PageInfo;
};

/** One restaurant in a page of results. */
export type RestaurantEdge = {
  __typename?: 'RestaurantEdge';
  /** Pass as `after` to continue after this restaurant. */
  cursor: Scalars['String']['output'];
  /** The restaurant. */
  node: Restaurant;
};

/** Narrows the public restaurant listing; all given criteria must match. */
export type RestaurantFilter = {
  /** Only restaurants serving exactly this cuisine (case-insensitive). */
  cuisine?: InputMaybe<Scalars['String']['input']>;
  /** Only restaurants within `radiusMeters` of this point. */
  near?: InputMaybe<GeoPointInput>;
  /** true: only restaurants open right now; false or null: open or not. */
  openNow?: InputMaybe<Scalars['Boolean']['input']>;
  /** Radius for `near` in metres: 1–50000, default 5000. */
  radiusMeters?: InputMaybe<Scalars['Int']['input']>;
  /** Text to find in the name, description or cuisines (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Where a restaurant is in its approval lifecycle. */
export type RestaurantStatus =
  /** Approved: listed publicly and able to take orders. */
  | 'ACTIVE'
  /** Created by a partner, waiting for an admin to approve it; not public yet. */
  | 'PENDING_APPROVAL'
  /** Stopped by an admin; hidden from the public until approved again. */
  | 'SUSPENDED';

/** What a user does on foodgraph; decides what they may see and change. */
export type Role =
  /** Operates the platform: approves partners, manages couriers and staff accounts. */
  | 'ADMIN'
  /** Picks up and delivers orders. */
  | 'COURIER'
  /** Orders food; guests are customers too. */
  | 'CUSTOMER'
  /** Runs one or more restaurants and may create API keys for their systems. */
  | 'PARTNER';

/** Changes to a menu item; omitted fields stay as they are. */
export type UpdateMenuItemInput = {
  /** Switch ordering of this item on or off. */
  available?: InputMaybe<Scalars['Boolean']['input']>;
  /** Move to this category of the same restaurant; null takes it out of its category. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** New description; null or blank removes it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New display name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New price in minor units; greater than 0. */
  price?: InputMaybe<Scalars['Int']['input']>;
  /** Portions left today (0 or more); null = unlimited. */
  stock?: InputMaybe<Scalars['Int']['input']>;
  /** Replaces the labels. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Changes to a restaurant; omitted fields stay as they are. */
export type UpdateRestaurantInput = {
  /** Replaces the address. */
  address?: InputMaybe<AddressInput>;
  /** Replaces the cuisines. */
  cuisines?: InputMaybe<Array<Scalars['String']['input']>>;
  /** New delivery fee in minor units. */
  deliveryFee?: InputMaybe<Scalars['Int']['input']>;
  /** New description; null or blank removes it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New minimum order in minor units. */
  minimumOrder?: InputMaybe<Scalars['Int']['input']>;
  /** New display name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Replaces every opening window. */
  openingHours?: InputMaybe<Array<OpeningHoursInput>>;
  /** New IANA time zone of the opening hours. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/** A person who uses foodgraph: customer (possibly a guest), partner, courier or admin. */
export type User = {
  __typename?: 'User';
  /** When the account was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Email address; visible to the user themself and to admins only, null otherwise and for guests. */
  email?: Maybe<Scalars['String']['output']>;
  /** Stable id of the user (UUID). */
  id: Scalars['ID']['output'];
  /** True for an anonymous customer started with startGuestSession. */
  isGuest: Scalars['Boolean']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** Orders this user placed, newest first: the user themself or an admin. */
  orders: OrderConnection;
  /** Phone number; visible to the user themself and to admins only, null otherwise. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Restaurants this partner owns: all of them for the partner and admins, ACTIVE ones for everyone else. */
  restaurants: Array<Restaurant>;
  /** What the user does on foodgraph. */
  role: Role;
};


/** A person who uses foodgraph: customer (possibly a guest), partner, courier or admin. */
export type UserOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PartnerSetItemAvailabilityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  available: Scalars['Boolean']['input'];
}>;


export type PartnerSetItemAvailabilityMutation = { __typename?: 'Mutation', updateMenuItem: { __typename?: 'MenuItem', id: string, available: boolean, stock?: number | null } };

export type PartnerSetItemStockMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  stock?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PartnerSetItemStockMutation = { __typename?: 'Mutation', updateMenuItem: { __typename?: 'MenuItem', id: string, available: boolean, stock?: number | null } };

export type PartnerMenuSyncQueryVariables = Exact<{
  restaurantId: Scalars['ID']['input'];
}>;


export type PartnerMenuSyncQuery = { __typename?: 'Query', restaurant?: { __typename?: 'Restaurant', id: string, name: string, categories: Array<{ __typename?: 'MenuCategory', id: string, name: string, position: number }>, menu: Array<{ __typename?: 'MenuItem', id: string, name: string, description?: string | null, available: boolean, stock?: number | null, tags: Array<string>, price: { __typename?: 'Money', amount: number, currency: string }, category?: { __typename?: 'MenuCategory', id: string } | null }> } | null };

export type PartnerMenuItemFragment = { __typename?: 'MenuItem', id: string, name: string, description?: string | null, available: boolean, stock?: number | null, tags: Array<string>, price: { __typename?: 'Money', amount: number, currency: string }, category?: { __typename?: 'MenuCategory', id: string } | null };

export type PartnerCreateMenuCategoryMutationVariables = Exact<{
  restaurantId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  position?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PartnerCreateMenuCategoryMutation = { __typename?: 'Mutation', createMenuCategory: { __typename?: 'MenuCategory', id: string, name: string, position: number } };

export type PartnerCreateMenuItemMutationVariables = Exact<{
  input: MenuItemInput;
}>;


export type PartnerCreateMenuItemMutation = { __typename?: 'Mutation', createMenuItem: { __typename?: 'MenuItem', id: string, name: string, description?: string | null, available: boolean, stock?: number | null, tags: Array<string>, price: { __typename?: 'Money', amount: number, currency: string }, category?: { __typename?: 'MenuCategory', id: string } | null } };

export type PartnerUpdateMenuItemMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateMenuItemInput;
}>;


export type PartnerUpdateMenuItemMutation = { __typename?: 'Mutation', updateMenuItem: { __typename?: 'MenuItem', id: string, name: string, description?: string | null, available: boolean, stock?: number | null, tags: Array<string>, price: { __typename?: 'Money', amount: number, currency: string }, category?: { __typename?: 'MenuCategory', id: string } | null } };

export type PartnerDeleteMenuItemMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PartnerDeleteMenuItemMutation = { __typename?: 'Mutation', deleteMenuItem: boolean };

export type PartnerOrderFragment = { __typename?: 'Order', id: string, number: string, status: OrderStatus, statusReason?: string | null, placedAt: string, updatedAt: string, estimatedReadyAt?: string | null, notes?: string | null, lines: Array<{ __typename?: 'OrderLine', id: string, name: string, quantity: number, notes?: string | null, status: LineStatus, menuItem: { __typename?: 'MenuItem', id: string }, unitPrice: { __typename?: 'Money', amount: number, currency: string }, lineTotal: { __typename?: 'Money', amount: number, currency: string } }>, total: { __typename?: 'Money', amount: number, currency: string }, payment: { __typename?: 'Payment', method: PaymentMethod, status: PaymentStatus }, deliveryAddress: { __typename?: 'Address', line1: string, line2?: string | null, city: string, postalCode: string } };

export type PartnerIncomingOrdersQueryVariables = Exact<{
  restaurantId: Scalars['ID']['input'];
  status?: InputMaybe<Array<OrderStatus> | OrderStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PartnerIncomingOrdersQuery = { __typename?: 'Query', restaurant?: { __typename?: 'Restaurant', id: string, orders: { __typename?: 'OrderConnection', edges: Array<{ __typename?: 'OrderEdge', cursor: string, node: { __typename?: 'Order', id: string, number: string, status: OrderStatus, statusReason?: string | null, placedAt: string, updatedAt: string, estimatedReadyAt?: string | null, notes?: string | null, lines: Array<{ __typename?: 'OrderLine', id: string, name: string, quantity: number, notes?: string | null, status: LineStatus, menuItem: { __typename?: 'MenuItem', id: string }, unitPrice: { __typename?: 'Money', amount: number, currency: string }, lineTotal: { __typename?: 'Money', amount: number, currency: string } }>, total: { __typename?: 'Money', amount: number, currency: string }, payment: { __typename?: 'Payment', method: PaymentMethod, status: PaymentStatus }, deliveryAddress: { __typename?: 'Address', line1: string, line2?: string | null, city: string, postalCode: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type PartnerKitchenQueueQueryVariables = Exact<{
  restaurantId: Scalars['ID']['input'];
}>;


export type PartnerKitchenQueueQuery = { __typename?: 'Query', kitchenQueue: Array<{ __typename?: 'Order', id: string, number: string, status: OrderStatus, statusReason?: string | null, placedAt: string, updatedAt: string, estimatedReadyAt?: string | null, notes?: string | null, lines: Array<{ __typename?: 'OrderLine', id: string, name: string, quantity: number, notes?: string | null, status: LineStatus, menuItem: { __typename?: 'MenuItem', id: string }, unitPrice: { __typename?: 'Money', amount: number, currency: string }, lineTotal: { __typename?: 'Money', amount: number, currency: string } }>, total: { __typename?: 'Money', amount: number, currency: string }, payment: { __typename?: 'Payment', method: PaymentMethod, status: PaymentStatus }, deliveryAddress: { __typename?: 'Address', line1: string, line2?: string | null, city: string, postalCode: string } }> };

export type PartnerOrderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PartnerOrderQuery = { __typename?: 'Query', order?: { __typename?: 'Order', id: string, number: string, status: OrderStatus, statusReason?: string | null, placedAt: string, updatedAt: string, estimatedReadyAt?: string | null, notes?: string | null, lines: Array<{ __typename?: 'OrderLine', id: string, name: string, quantity: number, notes?: string | null, status: LineStatus, menuItem: { __typename?: 'MenuItem', id: string }, unitPrice: { __typename?: 'Money', amount: number, currency: string }, lineTotal: { __typename?: 'Money', amount: number, currency: string } }>, total: { __typename?: 'Money', amount: number, currency: string }, payment: { __typename?: 'Payment', method: PaymentMethod, status: PaymentStatus }, deliveryAddress: { __typename?: 'Address', line1: string, line2?: string | null, city: string, postalCode: string } } | null };

export type PartnerAcceptOrderMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
  prepMinutes: Scalars['Int']['input'];
}>;


export type PartnerAcceptOrderMutation = { __typename?: 'Mutation', acceptOrder: { __typename?: 'Order', id: string, number: string, status: OrderStatus, statusReason?: string | null, placedAt: string, updatedAt: string, estimatedReadyAt?: string | null, notes?: string | null, lines: Array<{ __typename?: 'OrderLine', id: string, name: string, quantity: number, notes?: string | null, status: LineStatus, menuItem: { __typename?: 'MenuItem', id: string }, unitPrice: { __typename?: 'Money', amount: number, currency: string }, lineTotal: { __typename?: 'Money', amount: number, currency: string } }>, total: { __typename?: 'Money', amount: number, currency: string }, payment: { __typename?: 'Payment', method: PaymentMethod, status: PaymentStatus }, deliveryAddress: { __typename?: 'Address', line1: string, line2?: string | null, city: string, postalCode: string } } };

export type PartnerRejectOrderMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type PartnerRejectOrderMutation = { __typename?: 'Mutation', rejectOrder: { __typename?: 'Order', id: string, number: string, status: OrderStatus, statusReason?: string | null, placedAt: string, updatedAt: string, estimatedReadyAt?: string | null, notes?: string | null, lines: Array<{ __typename?: 'OrderLine', id: string, name: string, quantity: number, notes?: string | null, status: LineStatus, menuItem: { __typename?: 'MenuItem', id: string }, unitPrice: { __typename?: 'Money', amount: number, currency: string }, lineTotal: { __typename?: 'Money', amount: number, currency: string } }>, total: { __typename?: 'Money', amount: number, currency: string }, payment: { __typename?: 'Payment', method: PaymentMethod, status: PaymentStatus }, deliveryAddress: { __typename?: 'Address', line1: string, line2?: string | null, city: string, postalCode: string } } };

export type PartnerStartPreparingMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
}>;


export type PartnerStartPreparingMutation = { __typename?: 'Mutation', startPreparing: { __typename?: 'Order', id: string, number: string, status: OrderStatus, statusReason?: string | null, placedAt: string, updatedAt: string, estimatedReadyAt?: string | null, notes?: string | null, lines: Array<{ __typename?: 'OrderLine', id: string, name: string, quantity: number, notes?: string | null, status: LineStatus, menuItem: { __typename?: 'MenuItem', id: string }, unitPrice: { __typename?: 'Money', amount: number, currency: string }, lineTotal: { __typename?: 'Money', amount: number, currency: string } }>, total: { __typename?: 'Money', amount: number, currency: string }, payment: { __typename?: 'Payment', method: PaymentMethod, status: PaymentStatus }, deliveryAddress: { __typename?: 'Address', line1: string, line2?: string | null, city: string, postalCode: string } } };

export type PartnerSetLineStatusMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
  lineId: Scalars['ID']['input'];
  status: LineStatus;
}>;


export type PartnerSetLineStatusMutation = { __typename?: 'Mutation', setLineStatus: { __typename?: 'Order', id: string, number: string, status: OrderStatus, statusReason?: string | null, placedAt: string, updatedAt: string, estimatedReadyAt?: string | null, notes?: string | null, lines: Array<{ __typename?: 'OrderLine', id: string, name: string, quantity: number, notes?: string | null, status: LineStatus, menuItem: { __typename?: 'MenuItem', id: string }, unitPrice: { __typename?: 'Money', amount: number, currency: string }, lineTotal: { __typename?: 'Money', amount: number, currency: string } }>, total: { __typename?: 'Money', amount: number, currency: string }, payment: { __typename?: 'Payment', method: PaymentMethod, status: PaymentStatus }, deliveryAddress: { __typename?: 'Address', line1: string, line2?: string | null, city: string, postalCode: string } } };

export type PartnerMarkOrderReadyMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
}>;


export type PartnerMarkOrderReadyMutation = { __typename?: 'Mutation', markOrderReady: { __typename?: 'Order', id: string, number: string, status: OrderStatus, statusReason?: string | null, placedAt: string, updatedAt: string, estimatedReadyAt?: string | null, notes?: string | null, lines: Array<{ __typename?: 'OrderLine', id: string, name: string, quantity: number, notes?: string | null, status: LineStatus, menuItem: { __typename?: 'MenuItem', id: string }, unitPrice: { __typename?: 'Money', amount: number, currency: string }, lineTotal: { __typename?: 'Money', amount: number, currency: string } }>, total: { __typename?: 'Money', amount: number, currency: string }, payment: { __typename?: 'Payment', method: PaymentMethod, status: PaymentStatus }, deliveryAddress: { __typename?: 'Address', line1: string, line2?: string | null, city: string, postalCode: string } } };

export type PartnerRestaurantsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerRestaurantsQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, name: string, restaurants: Array<{ __typename?: 'Restaurant', id: string, name: string, status: RestaurantStatus, isOpen: boolean, acceptingOrders: boolean, timeZone: string }> } | null };

export type PartnerSetRestaurantOpenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  open: Scalars['Boolean']['input'];
}>;


export type PartnerSetRestaurantOpenMutation = { __typename?: 'Mutation', setRestaurantOpen: { __typename?: 'Restaurant', id: string, acceptingOrders: boolean, isOpen: boolean } };

export type AdminUsersQueryVariables = Exact<{
  role?: InputMaybe<Role>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AdminUsersQuery = { __typename?: 'Query', users: Array<{ __typename?: 'User', id: string, name: string, email?: string | null, phone?: string | null, role: Role, isGuest: boolean, createdAt: string }> };

export type CreateStaffAccountMutationVariables = Exact<{
  input: CreateStaffInput;
}>;


export type CreateStaffAccountMutation = { __typename?: 'Mutation', createStaffAccount: { __typename?: 'User', id: string, name: string, email?: string | null, role: Role } };

export type AdminRestaurantQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdminRestaurantQuery = { __typename?: 'Query', restaurant?: { __typename?: 'Restaurant', id: string, name: string, status: RestaurantStatus, suspensionReason?: string | null, owner: { __typename?: 'User', id: string, name: string, email?: string | null } } | null };

export type ApproveRestaurantMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApproveRestaurantMutation = { __typename?: 'Mutation', approveRestaurant: { __typename?: 'Restaurant', id: string, status: RestaurantStatus } };

export type SuspendRestaurantMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type SuspendRestaurantMutation = { __typename?: 'Mutation', suspendRestaurant: { __typename?: 'Restaurant', id: string, status: RestaurantStatus, suspensionReason?: string | null } };

export type KitchenTicketFragment = { __typename?: 'Order', id: string, number: string, status: OrderStatus, placedAt: string, estimatedReadyAt?: string | null, notes?: string | null, lines: Array<{ __typename?: 'OrderLine', id: string, name: string, quantity: number, notes?: string | null, status: LineStatus }> };

export type KitchenQueueQueryVariables = Exact<{
  restaurantId: Scalars['ID']['input'];
}>;


export type KitchenQueueQuery = { __typename?: 'Query', kitchenQueue: Array<{ __typename?: 'Order', id: string, number: string, status: OrderStatus, placedAt: string, estimatedReadyAt?: string | null, notes?: string | null, lines: Array<{ __typename?: 'OrderLine', id: string, name: string, quantity: number, notes?: string | null, status: LineStatus }> }> };

export type KitchenAcceptOrderMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
  prepMinutes: Scalars['Int']['input'];
}>;


export type KitchenAcceptOrderMutation = { __typename?: 'Mutation', acceptOrder: { __typename?: 'Order', id: string, number: string, status: OrderStatus, placedAt: string, estimatedReadyAt?: string | null, notes?: string | null, lines: Array<{ __typename?: 'OrderLine', id: string, name: string, quantity: number, notes?: string | null, status: LineStatus }> } };

export type KitchenRejectOrderMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type KitchenRejectOrderMutation = { __typename?: 'Mutation', rejectOrder: { __typename?: 'Order', id: string, number: string, status: OrderStatus, placedAt: string, estimatedReadyAt?: string | null, notes?: string | null, lines: Array<{ __typename?: 'OrderLine', id: string, name: string, quantity: number, notes?: string | null, status: LineStatus }> } };

export type KitchenStartPreparingMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
}>;


export type KitchenStartPreparingMutation = { __typename?: 'Mutation', startPreparing: { __typename?: 'Order', id: string, number: string, status: OrderStatus, placedAt: string, estimatedReadyAt?: string | null, notes?: string | null, lines: Array<{ __typename?: 'OrderLine', id: string, name: string, quantity: number, notes?: string | null, status: LineStatus }> } };

export type KitchenSetLineStatusMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
  lineId: Scalars['ID']['input'];
  status: LineStatus;
}>;


export type KitchenSetLineStatusMutation = { __typename?: 'Mutation', setLineStatus: { __typename?: 'Order', id: string, number: string, status: OrderStatus, placedAt: string, estimatedReadyAt?: string | null, notes?: string | null, lines: Array<{ __typename?: 'OrderLine', id: string, name: string, quantity: number, notes?: string | null, status: LineStatus }> } };

export type KitchenMarkOrderReadyMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
}>;


export type KitchenMarkOrderReadyMutation = { __typename?: 'Mutation', markOrderReady: { __typename?: 'Order', id: string, number: string, status: OrderStatus, placedAt: string, estimatedReadyAt?: string | null, notes?: string | null, lines: Array<{ __typename?: 'OrderLine', id: string, name: string, quantity: number, notes?: string | null, status: LineStatus }> } };

export type CustomerOrderFragment = { __typename?: 'Order', id: string, number: string, status: OrderStatus, statusReason?: string | null, placedAt: string, updatedAt: string, estimatedReadyAt?: string | null, notes?: string | null, restaurant: { __typename?: 'Restaurant', id: string, name: string }, lines: Array<{ __typename?: 'OrderLine', id: string, name: string, quantity: number, notes?: string | null, unitPrice: { __typename?: 'Money', amount: number, currency: string }, lineTotal: { __typename?: 'Money', amount: number, currency: string } }>, subtotal: { __typename?: 'Money', amount: number, currency: string }, deliveryFee: { __typename?: 'Money', amount: number, currency: string }, total: { __typename?: 'Money', amount: number, currency: string }, payment: { __typename?: 'Payment', method: PaymentMethod, status: PaymentStatus, qrCode?: string | null, paidAt?: string | null, refundedAt?: string | null, amount: { __typename?: 'Money', amount: number, currency: string } }, deliveryAddress: { __typename?: 'Address', line1: string, line2?: string | null, city: string, postalCode: string }, history: Array<{ __typename?: 'OrderStatusChange', status: OrderStatus, at: string, reason?: string | null }> };

export type PlaceOrderMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type PlaceOrderMutation = { __typename?: 'Mutation', placeOrder: { __typename?: 'Order', id: string, number: string, status: OrderStatus, statusReason?: string | null, placedAt: string, updatedAt: string, estimatedReadyAt?: string | null, notes?: string | null, restaurant: { __typename?: 'Restaurant', id: string, name: string }, lines: Array<{ __typename?: 'OrderLine', id: string, name: string, quantity: number, notes?: string | null, unitPrice: { __typename?: 'Money', amount: number, currency: string }, lineTotal: { __typename?: 'Money', amount: number, currency: string } }>, subtotal: { __typename?: 'Money', amount: number, currency: string }, deliveryFee: { __typename?: 'Money', amount: number, currency: string }, total: { __typename?: 'Money', amount: number, currency: string }, payment: { __typename?: 'Payment', method: PaymentMethod, status: PaymentStatus, qrCode?: string | null, paidAt?: string | null, refundedAt?: string | null, amount: { __typename?: 'Money', amount: number, currency: string } }, deliveryAddress: { __typename?: 'Address', line1: string, line2?: string | null, city: string, postalCode: string }, history: Array<{ __typename?: 'OrderStatusChange', status: OrderStatus, at: string, reason?: string | null }> } };

export type UpdateOrderLinesMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
  lines: Array<OrderLineInput> | OrderLineInput;
}>;


export type UpdateOrderLinesMutation = { __typename?: 'Mutation', updateOrderLines: { __typename?: 'Order', id: string, number: string, status: OrderStatus, statusReason?: string | null, placedAt: string, updatedAt: string, estimatedReadyAt?: string | null, notes?: string | null, restaurant: { __typename?: 'Restaurant', id: string, name: string }, lines: Array<{ __typename?: 'OrderLine', id: string, name: string, quantity: number, notes?: string | null, unitPrice: { __typename?: 'Money', amount: number, currency: string }, lineTotal: { __typename?: 'Money', amount: number, currency: string } }>, subtotal: { __typename?: 'Money', amount: number, currency: string }, deliveryFee: { __typename?: 'Money', amount: number, currency: string }, total: { __typename?: 'Money', amount: number, currency: string }, payment: { __typename?: 'Payment', method: PaymentMethod, status: PaymentStatus, qrCode?: string | null, paidAt?: string | null, refundedAt?: string | null, amount: { __typename?: 'Money', amount: number, currency: string } }, deliveryAddress: { __typename?: 'Address', line1: string, line2?: string | null, city: string, postalCode: string }, history: Array<{ __typename?: 'OrderStatusChange', status: OrderStatus, at: string, reason?: string | null }> } };

export type CancelOrderMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type CancelOrderMutation = { __typename?: 'Mutation', cancelOrder: { __typename?: 'Order', id: string, number: string, status: OrderStatus, statusReason?: string | null, placedAt: string, updatedAt: string, estimatedReadyAt?: string | null, notes?: string | null, restaurant: { __typename?: 'Restaurant', id: string, name: string }, lines: Array<{ __typename?: 'OrderLine', id: string, name: string, quantity: number, notes?: string | null, unitPrice: { __typename?: 'Money', amount: number, currency: string }, lineTotal: { __typename?: 'Money', amount: number, currency: string } }>, subtotal: { __typename?: 'Money', amount: number, currency: string }, deliveryFee: { __typename?: 'Money', amount: number, currency: string }, total: { __typename?: 'Money', amount: number, currency: string }, payment: { __typename?: 'Payment', method: PaymentMethod, status: PaymentStatus, qrCode?: string | null, paidAt?: string | null, refundedAt?: string | null, amount: { __typename?: 'Money', amount: number, currency: string } }, deliveryAddress: { __typename?: 'Address', line1: string, line2?: string | null, city: string, postalCode: string }, history: Array<{ __typename?: 'OrderStatusChange', status: OrderStatus, at: string, reason?: string | null }> } };

export type ConfirmSandboxPaymentMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
}>;


export type ConfirmSandboxPaymentMutation = { __typename?: 'Mutation', confirmSandboxPayment: { __typename?: 'Order', id: string, number: string, status: OrderStatus, statusReason?: string | null, placedAt: string, updatedAt: string, estimatedReadyAt?: string | null, notes?: string | null, restaurant: { __typename?: 'Restaurant', id: string, name: string }, lines: Array<{ __typename?: 'OrderLine', id: string, name: string, quantity: number, notes?: string | null, unitPrice: { __typename?: 'Money', amount: number, currency: string }, lineTotal: { __typename?: 'Money', amount: number, currency: string } }>, subtotal: { __typename?: 'Money', amount: number, currency: string }, deliveryFee: { __typename?: 'Money', amount: number, currency: string }, total: { __typename?: 'Money', amount: number, currency: string }, payment: { __typename?: 'Payment', method: PaymentMethod, status: PaymentStatus, qrCode?: string | null, paidAt?: string | null, refundedAt?: string | null, amount: { __typename?: 'Money', amount: number, currency: string } }, deliveryAddress: { __typename?: 'Address', line1: string, line2?: string | null, city: string, postalCode: string }, history: Array<{ __typename?: 'OrderStatusChange', status: OrderStatus, at: string, reason?: string | null }> } };

export type OrderDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderDetailQuery = { __typename?: 'Query', order?: { __typename?: 'Order', id: string, number: string, status: OrderStatus, statusReason?: string | null, placedAt: string, updatedAt: string, estimatedReadyAt?: string | null, notes?: string | null, restaurant: { __typename?: 'Restaurant', id: string, name: string }, lines: Array<{ __typename?: 'OrderLine', id: string, name: string, quantity: number, notes?: string | null, unitPrice: { __typename?: 'Money', amount: number, currency: string }, lineTotal: { __typename?: 'Money', amount: number, currency: string } }>, subtotal: { __typename?: 'Money', amount: number, currency: string }, deliveryFee: { __typename?: 'Money', amount: number, currency: string }, total: { __typename?: 'Money', amount: number, currency: string }, payment: { __typename?: 'Payment', method: PaymentMethod, status: PaymentStatus, qrCode?: string | null, paidAt?: string | null, refundedAt?: string | null, amount: { __typename?: 'Money', amount: number, currency: string } }, deliveryAddress: { __typename?: 'Address', line1: string, line2?: string | null, city: string, postalCode: string }, history: Array<{ __typename?: 'OrderStatusChange', status: OrderStatus, at: string, reason?: string | null }> } | null };

export type MyOrdersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyOrdersQuery = { __typename?: 'Query', myOrders: { __typename?: 'OrderConnection', edges: Array<{ __typename?: 'OrderEdge', cursor: string, node: { __typename?: 'Order', id: string, number: string, status: OrderStatus, statusReason?: string | null, placedAt: string, updatedAt: string, estimatedReadyAt?: string | null, notes?: string | null, restaurant: { __typename?: 'Restaurant', id: string, name: string }, lines: Array<{ __typename?: 'OrderLine', id: string, name: string, quantity: number, notes?: string | null, unitPrice: { __typename?: 'Money', amount: number, currency: string }, lineTotal: { __typename?: 'Money', amount: number, currency: string } }>, subtotal: { __typename?: 'Money', amount: number, currency: string }, deliveryFee: { __typename?: 'Money', amount: number, currency: string }, total: { __typename?: 'Money', amount: number, currency: string }, payment: { __typename?: 'Payment', method: PaymentMethod, status: PaymentStatus, qrCode?: string | null, paidAt?: string | null, refundedAt?: string | null, amount: { __typename?: 'Money', amount: number, currency: string } }, deliveryAddress: { __typename?: 'Address', line1: string, line2?: string | null, city: string, postalCode: string }, history: Array<{ __typename?: 'OrderStatusChange', status: OrderStatus, at: string, reason?: string | null }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type OwnedRestaurantFragment = { __typename?: 'Restaurant', id: string, name: string, description?: string | null, cuisines: Array<string>, status: RestaurantStatus, suspensionReason?: string | null, acceptingOrders: boolean, isOpen: boolean, timeZone: string, openingHours: Array<{ __typename?: 'OpeningHours', dayOfWeek: number, opens: string, closes: string }>, address: { __typename?: 'Address', line1: string, line2?: string | null, city: string, postalCode: string, location?: { __typename?: 'GeoPoint', lat: number, lng: number } | null }, deliveryFee: { __typename?: 'Money', amount: number, currency: string }, minimumOrder: { __typename?: 'Money', amount: number, currency: string } };

export type MyRestaurantsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyRestaurantsQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, restaurants: Array<{ __typename?: 'Restaurant', id: string, name: string, description?: string | null, cuisines: Array<string>, status: RestaurantStatus, suspensionReason?: string | null, acceptingOrders: boolean, isOpen: boolean, timeZone: string, openingHours: Array<{ __typename?: 'OpeningHours', dayOfWeek: number, opens: string, closes: string }>, address: { __typename?: 'Address', line1: string, line2?: string | null, city: string, postalCode: string, location?: { __typename?: 'GeoPoint', lat: number, lng: number } | null }, deliveryFee: { __typename?: 'Money', amount: number, currency: string }, minimumOrder: { __typename?: 'Money', amount: number, currency: string } }> } | null };

export type CreateRestaurantMutationVariables = Exact<{
  input: CreateRestaurantInput;
}>;


export type CreateRestaurantMutation = { __typename?: 'Mutation', createRestaurant: { __typename?: 'Restaurant', id: string, name: string, description?: string | null, cuisines: Array<string>, status: RestaurantStatus, suspensionReason?: string | null, acceptingOrders: boolean, isOpen: boolean, timeZone: string, openingHours: Array<{ __typename?: 'OpeningHours', dayOfWeek: number, opens: string, closes: string }>, address: { __typename?: 'Address', line1: string, line2?: string | null, city: string, postalCode: string, location?: { __typename?: 'GeoPoint', lat: number, lng: number } | null }, deliveryFee: { __typename?: 'Money', amount: number, currency: string }, minimumOrder: { __typename?: 'Money', amount: number, currency: string } } };

export type UpdateRestaurantMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateRestaurantInput;
}>;


export type UpdateRestaurantMutation = { __typename?: 'Mutation', updateRestaurant: { __typename?: 'Restaurant', id: string, name: string, description?: string | null, cuisines: Array<string>, status: RestaurantStatus, suspensionReason?: string | null, acceptingOrders: boolean, isOpen: boolean, timeZone: string, openingHours: Array<{ __typename?: 'OpeningHours', dayOfWeek: number, opens: string, closes: string }>, address: { __typename?: 'Address', line1: string, line2?: string | null, city: string, postalCode: string, location?: { __typename?: 'GeoPoint', lat: number, lng: number } | null }, deliveryFee: { __typename?: 'Money', amount: number, currency: string }, minimumOrder: { __typename?: 'Money', amount: number, currency: string } } };

export type CreateApiKeyMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type CreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'ApiKeyWithSecret', secret: string, apiKey: { __typename?: 'ApiKey', id: string, name: string, prefix: string, createdAt: string, revokedAt?: string | null } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'ApiKey', id: string, revokedAt?: string | null } };

export type RestaurantCardFragment = { __typename?: 'Restaurant', id: string, name: string, description?: string | null, cuisines: Array<string>, isOpen: boolean, deliveryFee: { __typename?: 'Money', amount: number, currency: string }, minimumOrder: { __typename?: 'Money', amount: number, currency: string }, address: { __typename?: 'Address', city: string, location?: { __typename?: 'GeoPoint', lat: number, lng: number } | null } };

export type RestaurantsQueryVariables = Exact<{
  filter?: InputMaybe<RestaurantFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RestaurantsQuery = { __typename?: 'Query', restaurants: { __typename?: 'RestaurantConnection', edges: Array<{ __typename?: 'RestaurantEdge', cursor: string, node: { __typename?: 'Restaurant', id: string, name: string, description?: string | null, cuisines: Array<string>, isOpen: boolean, deliveryFee: { __typename?: 'Money', amount: number, currency: string }, minimumOrder: { __typename?: 'Money', amount: number, currency: string }, address: { __typename?: 'Address', city: string, location?: { __typename?: 'GeoPoint', lat: number, lng: number } | null } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type RestaurantPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RestaurantPageQuery = { __typename?: 'Query', restaurant?: { __typename?: 'Restaurant', timeZone: string, id: string, name: string, description?: string | null, cuisines: Array<string>, isOpen: boolean, openingHours: Array<{ __typename?: 'OpeningHours', dayOfWeek: number, opens: string, closes: string }>, address: { __typename?: 'Address', line1: string, line2?: string | null, postalCode: string, city: string, location?: { __typename?: 'GeoPoint', lat: number, lng: number } | null }, categories: Array<{ __typename?: 'MenuCategory', id: string, name: string, position: number, items: Array<{ __typename?: 'MenuItem', id: string, name: string, description?: string | null, available: boolean, tags: Array<string>, price: { __typename?: 'Money', amount: number, currency: string } }> }>, deliveryFee: { __typename?: 'Money', amount: number, currency: string }, minimumOrder: { __typename?: 'Money', amount: number, currency: string } } | null };

export type MenuItemCardFragment = { __typename?: 'MenuItem', id: string, name: string, description?: string | null, available: boolean, tags: Array<string>, price: { __typename?: 'Money', amount: number, currency: string } };

export type MenuItemDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MenuItemDetailQuery = { __typename?: 'Query', menuItem?: { __typename?: 'MenuItem', stock?: number | null, id: string, name: string, description?: string | null, available: boolean, tags: Array<string>, restaurant: { __typename?: 'Restaurant', id: string, name: string, isOpen: boolean }, price: { __typename?: 'Money', amount: number, currency: string } } | null };

export type SessionFieldsFragment = { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresAt: string, user: { __typename?: 'User', id: string, name: string, email?: string | null, phone?: string | null, role: Role, isGuest: boolean } };

export type ViewerFieldsFragment = { __typename?: 'User', id: string, name: string, email?: string | null, phone?: string | null, role: Role, isGuest: boolean };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, name: string, email?: string | null, phone?: string | null, role: Role, isGuest: boolean } | null };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { __typename?: 'Mutation', register: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresAt: string, user: { __typename?: 'User', id: string, name: string, email?: string | null, phone?: string | null, role: Role, isGuest: boolean } } };

export type LoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresAt: string, user: { __typename?: 'User', id: string, name: string, email?: string | null, phone?: string | null, role: Role, isGuest: boolean } } };

export type StartGuestSessionMutationVariables = Exact<{
  name?: InputMaybe<Scalars['String']['input']>;
}>;


export type StartGuestSessionMutation = { __typename?: 'Mutation', startGuestSession: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresAt: string, user: { __typename?: 'User', id: string, name: string, email?: string | null, phone?: string | null, role: Role, isGuest: boolean } } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type RefreshSessionMutation = { __typename?: 'Mutation', refreshSession: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresAt: string, user: { __typename?: 'User', id: string, name: string, email?: string | null, phone?: string | null, role: Role, isGuest: boolean } } };

export type LogoutMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export const PartnerMenuItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerMenuItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MenuItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PartnerMenuItemFragment, unknown>;
export const PartnerOrderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedReadyAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"menuItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}}]}}]} as unknown as DocumentNode<PartnerOrderFragment, unknown>;
export const KitchenTicketFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KitchenTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedReadyAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<KitchenTicketFragment, unknown>;
export const CustomerOrderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedReadyAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"restaurant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qrCode"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<CustomerOrderFragment, unknown>;
export const OwnedRestaurantFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnedRestaurant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Restaurant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"cuisines"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingOrders"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minimumOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<OwnedRestaurantFragment, unknown>;
export const RestaurantCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestaurantCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Restaurant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"cuisines"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minimumOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}}]}}]}}]} as unknown as DocumentNode<RestaurantCardFragment, unknown>;
export const MenuItemCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MenuItemCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MenuItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]} as unknown as DocumentNode<MenuItemCardFragment, unknown>;
export const ViewerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isGuest"}}]}}]} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const SessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isGuest"}}]}}]} as unknown as DocumentNode<SessionFieldsFragment, unknown>;
export const PartnerSetItemAvailabilityDocument = {"__meta__":{"hash":"38397a0ff48a1a7120a243facd78e069e8cdb1fbaa0bf354a87f75f0b1fd0b86"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerSetItemAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"available"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMenuItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"available"},"value":{"kind":"Variable","name":{"kind":"Name","value":"available"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}}]}}]}}]} as unknown as DocumentNode<PartnerSetItemAvailabilityMutation, PartnerSetItemAvailabilityMutationVariables>;
export const PartnerSetItemStockDocument = {"__meta__":{"hash":"58ebd506baeee0fa83a511c2cf545f0509ae3961fb962de3633237bf75539cd7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerSetItemStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stock"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMenuItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stock"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stock"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}}]}}]}}]} as unknown as DocumentNode<PartnerSetItemStockMutation, PartnerSetItemStockMutationVariables>;
export const PartnerMenuSyncDocument = {"__meta__":{"hash":"71e23fc0d53bf1027578a3279f7fd29ae54308bc76b03e6aa486081f7ad16c47"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerMenuSync"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"restaurantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restaurant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"restaurantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"menu"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"availableOnly"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerMenuItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerMenuItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MenuItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PartnerMenuSyncQuery, PartnerMenuSyncQueryVariables>;
export const PartnerCreateMenuCategoryDocument = {"__meta__":{"hash":"37ff5dc67bab4f765c22b4a6a735ba63c83aa8c18282ad1d2c954ef4a64bc60f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerCreateMenuCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"restaurantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"position"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMenuCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"restaurantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"restaurantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"position"},"value":{"kind":"Variable","name":{"kind":"Name","value":"position"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<PartnerCreateMenuCategoryMutation, PartnerCreateMenuCategoryMutationVariables>;
export const PartnerCreateMenuItemDocument = {"__meta__":{"hash":"7d7a66b0ac52eb0552b706d7cb5b388f221d0ff93f6d5166dae30775030c4e50"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerCreateMenuItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MenuItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMenuItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerMenuItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerMenuItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MenuItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PartnerCreateMenuItemMutation, PartnerCreateMenuItemMutationVariables>;
export const PartnerUpdateMenuItemDocument = {"__meta__":{"hash":"2eac939c2c24a8f21f14f91552d5d111af0b9a92300797afcaeb5832e124e02b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerUpdateMenuItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMenuItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMenuItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerMenuItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerMenuItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MenuItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PartnerUpdateMenuItemMutation, PartnerUpdateMenuItemMutationVariables>;
export const PartnerDeleteMenuItemDocument = {"__meta__":{"hash":"e7e5ca8ab03a4c9ba30666b634cf23db5cce18334284c474324af83d2ede1bfb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerDeleteMenuItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMenuItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<PartnerDeleteMenuItemMutation, PartnerDeleteMenuItemMutationVariables>;
export const PartnerIncomingOrdersDocument = {"__meta__":{"hash":"bdf7ed81d5c843de5e3f99d8fc710c7748df0748b9906585927e4734d05f70f3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerIncomingOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"restaurantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restaurant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"restaurantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerOrder"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedReadyAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"menuItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}}]}}]} as unknown as DocumentNode<PartnerIncomingOrdersQuery, PartnerIncomingOrdersQueryVariables>;
export const PartnerKitchenQueueDocument = {"__meta__":{"hash":"8bb92255a9c89c25f807b9291ca9618c4317df9935b2920ce243ca53676003e3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerKitchenQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"restaurantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kitchenQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"restaurantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"restaurantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedReadyAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"menuItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}}]}}]} as unknown as DocumentNode<PartnerKitchenQueueQuery, PartnerKitchenQueueQueryVariables>;
export const PartnerOrderDocument = {"__meta__":{"hash":"c244284b44233db41b6c67ab806cebf1b276a35ab0299e93096cdc4c1121e7fd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedReadyAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"menuItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}}]}}]} as unknown as DocumentNode<PartnerOrderQuery, PartnerOrderQueryVariables>;
export const PartnerAcceptOrderDocument = {"__meta__":{"hash":"fba7ed842459a38770f596a5c255573d1028b52560ed1e9b0254656849f15487"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerAcceptOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prepMinutes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"prepMinutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prepMinutes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedReadyAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"menuItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}}]}}]} as unknown as DocumentNode<PartnerAcceptOrderMutation, PartnerAcceptOrderMutationVariables>;
export const PartnerRejectOrderDocument = {"__meta__":{"hash":"c948c85fea4b5b9b9b9309616e3cbf7fa0afbfa7007af2524ff6d52a478e797f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerRejectOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedReadyAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"menuItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}}]}}]} as unknown as DocumentNode<PartnerRejectOrderMutation, PartnerRejectOrderMutationVariables>;
export const PartnerStartPreparingDocument = {"__meta__":{"hash":"fc6e18f68b5a57e8cb5f3d4c951575de566448d30c9fc5664fd12d958c164f71"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerStartPreparing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startPreparing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedReadyAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"menuItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}}]}}]} as unknown as DocumentNode<PartnerStartPreparingMutation, PartnerStartPreparingMutationVariables>;
export const PartnerSetLineStatusDocument = {"__meta__":{"hash":"88b36ffc6bbf4a54d236a778bcf9ca5aa54b29649e5e45c5b5952c8e10d5b84c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerSetLineStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lineId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LineStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setLineStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"lineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lineId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedReadyAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"menuItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}}]}}]} as unknown as DocumentNode<PartnerSetLineStatusMutation, PartnerSetLineStatusMutationVariables>;
export const PartnerMarkOrderReadyDocument = {"__meta__":{"hash":"7f1d18f48ecbd5b091480322192467600128b729c95273fdf44a788f14bb6fd5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerMarkOrderReady"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markOrderReady"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedReadyAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"menuItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}}]}}]} as unknown as DocumentNode<PartnerMarkOrderReadyMutation, PartnerMarkOrderReadyMutationVariables>;
export const PartnerRestaurantsDocument = {"__meta__":{"hash":"e920789f3d21f1573cb131f95ebada7e0527651e278110762d3ce80085001122"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerRestaurants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"restaurants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingOrders"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerRestaurantsQuery, PartnerRestaurantsQueryVariables>;
export const PartnerSetRestaurantOpenDocument = {"__meta__":{"hash":"8f03faf8e47c862f23694ba71c44362939ed383c0dcdd4080e1744fa25acffbe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerSetRestaurantOpen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"open"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRestaurantOpen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"open"},"value":{"kind":"Variable","name":{"kind":"Name","value":"open"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingOrders"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}}]}}]}}]} as unknown as DocumentNode<PartnerSetRestaurantOpenMutation, PartnerSetRestaurantOpenMutationVariables>;
export const AdminUsersDocument = {"__meta__":{"hash":"87842f2dedfab8f94dcef9f6f89d81779b3c3eb06ac76f0ef93981c859fe5a39"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isGuest"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<AdminUsersQuery, AdminUsersQueryVariables>;
export const CreateStaffAccountDocument = {"__meta__":{"hash":"ed139ed0094bf1655486af48087f5147195ff8861888501b306c1796215fdb32"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStaffAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStaffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStaffAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<CreateStaffAccountMutation, CreateStaffAccountMutationVariables>;
export const AdminRestaurantDocument = {"__meta__":{"hash":"7ea5491c24642e8c9970186de0488dd04bb1396115f30285df5800f1b38d97e8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminRestaurant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restaurant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<AdminRestaurantQuery, AdminRestaurantQueryVariables>;
export const ApproveRestaurantDocument = {"__meta__":{"hash":"42e727c274cad7ecf295af0c7c935598293c3fdcb799d42d0e25c143f52b7786"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveRestaurant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveRestaurant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ApproveRestaurantMutation, ApproveRestaurantMutationVariables>;
export const SuspendRestaurantDocument = {"__meta__":{"hash":"0178ed7edcc7cc565ec6709f22b5e5c6837deeb40f3cf59e2fb64200d892480a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendRestaurant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendRestaurant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionReason"}}]}}]}}]} as unknown as DocumentNode<SuspendRestaurantMutation, SuspendRestaurantMutationVariables>;
export const KitchenQueueDocument = {"__meta__":{"hash":"e61fa9dd497d4ebcf9b30c822f4ba42ac0d863b41df8e765ddb18bbf660538d6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitchenQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"restaurantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kitchenQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"restaurantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"restaurantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KitchenTicket"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KitchenTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedReadyAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<KitchenQueueQuery, KitchenQueueQueryVariables>;
export const KitchenAcceptOrderDocument = {"__meta__":{"hash":"60fb045b18cd585d564773ca89be28f2102e42b32a3e3db5f649c06f8bee8d12"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitchenAcceptOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prepMinutes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"prepMinutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prepMinutes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KitchenTicket"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KitchenTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedReadyAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<KitchenAcceptOrderMutation, KitchenAcceptOrderMutationVariables>;
export const KitchenRejectOrderDocument = {"__meta__":{"hash":"c11d6deecfb2f17e9f187221fd0a1f0504587870644beba3030f51745c499f51"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitchenRejectOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KitchenTicket"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KitchenTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedReadyAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<KitchenRejectOrderMutation, KitchenRejectOrderMutationVariables>;
export const KitchenStartPreparingDocument = {"__meta__":{"hash":"037ff5a45ced7dc77835d1710a7e5156368dd343b0a9567a074966ed135d2789"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitchenStartPreparing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startPreparing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KitchenTicket"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KitchenTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedReadyAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<KitchenStartPreparingMutation, KitchenStartPreparingMutationVariables>;
export const KitchenSetLineStatusDocument = {"__meta__":{"hash":"415bce2b316b215afcced7bd9bfea505041901aece7d3dea7e89ab1c1a73e563"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitchenSetLineStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lineId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LineStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setLineStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"lineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lineId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KitchenTicket"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KitchenTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedReadyAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<KitchenSetLineStatusMutation, KitchenSetLineStatusMutationVariables>;
export const KitchenMarkOrderReadyDocument = {"__meta__":{"hash":"de4fdc8463583a26dc039ce903d4a35a8781392b5147a591ca4de30d31ca73fe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitchenMarkOrderReady"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markOrderReady"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KitchenTicket"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KitchenTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedReadyAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<KitchenMarkOrderReadyMutation, KitchenMarkOrderReadyMutationVariables>;
export const PlaceOrderDocument = {"__meta__":{"hash":"981e7b52c079f997a20355166532ff014b0decfd4fb1d3c6b3273d149618917e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaceOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedReadyAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"restaurant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qrCode"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<PlaceOrderMutation, PlaceOrderMutationVariables>;
export const UpdateOrderLinesDocument = {"__meta__":{"hash":"22b061fffa61f7eebe2fcef50c905b000ce845d9b622918ebb11939fc12fc3d3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrderLines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lines"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderLineInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrderLines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"lines"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lines"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedReadyAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"restaurant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qrCode"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<UpdateOrderLinesMutation, UpdateOrderLinesMutationVariables>;
export const CancelOrderDocument = {"__meta__":{"hash":"f5c3551e6214fd9d9f5a6eb36822ed1c0213abde71cbbf85c4f04fbd7a2d3feb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedReadyAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"restaurant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qrCode"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<CancelOrderMutation, CancelOrderMutationVariables>;
export const ConfirmSandboxPaymentDocument = {"__meta__":{"hash":"0a5532698fd8911d08e4feb91f672df85b4c494e28bbb25f18edb1e24c15c873"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmSandboxPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmSandboxPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedReadyAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"restaurant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qrCode"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ConfirmSandboxPaymentMutation, ConfirmSandboxPaymentMutationVariables>;
export const OrderDetailDocument = {"__meta__":{"hash":"4239c1dc89d460d153866b03af1486be872607656ebe689a903f8be9a6854db6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedReadyAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"restaurant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qrCode"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<OrderDetailQuery, OrderDetailQueryVariables>;
export const MyOrdersDocument = {"__meta__":{"hash":"ac83fe6aa797811259bce01abafa8ae13e29b99de3f69277d674b57fff87d82d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerOrder"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedReadyAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"restaurant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qrCode"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<MyOrdersQuery, MyOrdersQueryVariables>;
export const MyRestaurantsDocument = {"__meta__":{"hash":"b6eb714fb8313bde937791838d3c473f74bc4440d6f14ba4474b435d63a3418b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyRestaurants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"restaurants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnedRestaurant"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnedRestaurant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Restaurant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"cuisines"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingOrders"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minimumOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<MyRestaurantsQuery, MyRestaurantsQueryVariables>;
export const CreateRestaurantDocument = {"__meta__":{"hash":"99367230ceb30e681a9516f0d01022cf15d2e912aecd3bf1bb3384af450e09d8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRestaurant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRestaurantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRestaurant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnedRestaurant"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnedRestaurant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Restaurant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"cuisines"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingOrders"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minimumOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<CreateRestaurantMutation, CreateRestaurantMutationVariables>;
export const UpdateRestaurantDocument = {"__meta__":{"hash":"6ebd3314eaaea210c43f5d38ca640f32e43f339ac75bb75300d0c90179d5672b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRestaurant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRestaurantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRestaurant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnedRestaurant"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnedRestaurant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Restaurant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"cuisines"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingOrders"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minimumOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<UpdateRestaurantMutation, UpdateRestaurantMutationVariables>;
export const CreateApiKeyDocument = {"__meta__":{"hash":"7896a04e2572cf27ebba365440ca56a79131768eb790de7e495efdfe8bc3f3fc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"__meta__":{"hash":"c33b9c21076e9e331f7d8fa987f33c785a0e3f5fc987fc72cf21529cd18bd340"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const RestaurantsDocument = {"__meta__":{"hash":"b649f27593a2f71c00240123860d81104527d9d19f182f7ac2b7716002cf92f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Restaurants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RestaurantFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restaurants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestaurantCard"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestaurantCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Restaurant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"cuisines"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minimumOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}}]}}]}}]} as unknown as DocumentNode<RestaurantsQuery, RestaurantsQueryVariables>;
export const RestaurantPageDocument = {"__meta__":{"hash":"80672d72e22640b1360d909dfcfb38a45d45c8c3cf290e0dccfe1980b5290dca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RestaurantPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restaurant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestaurantCard"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"availableOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MenuItemCard"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestaurantCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Restaurant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"cuisines"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minimumOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MenuItemCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MenuItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]} as unknown as DocumentNode<RestaurantPageQuery, RestaurantPageQueryVariables>;
export const MenuItemDetailDocument = {"__meta__":{"hash":"247ba8d78c31a8d2c269be605137bf1eaa96c5106539ce16182c1c2dfd62c146"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MenuItemDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"menuItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MenuItemCard"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"restaurant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MenuItemCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MenuItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]} as unknown as DocumentNode<MenuItemDetailQuery, MenuItemDetailQueryVariables>;
export const ViewerDocument = {"__meta__":{"hash":"24f40ed9ed133339e5c1a0ad0ebda0f565e980d83bf4a66defbbe1d878a2ebaa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isGuest"}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const RegisterDocument = {"__meta__":{"hash":"1b0a3fce8c563d5cd54dbca9762955ea3e1ffb7d2fa6904252b07a06e7448385"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isGuest"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}}]} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const LoginDocument = {"__meta__":{"hash":"1fd192573f0016d764e632c8e9767019ddb231781bfd10ca40a0a43335d8e71e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isGuest"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const StartGuestSessionDocument = {"__meta__":{"hash":"65102a24873d00531e6b7ec1deb7c94dbc32c3b3fe68042028e9c74ed06e45bb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartGuestSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startGuestSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isGuest"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}}]} as unknown as DocumentNode<StartGuestSessionMutation, StartGuestSessionMutationVariables>;
export const RefreshSessionDocument = {"__meta__":{"hash":"d867385b5ff5403ba1f099161eccbac2729ba7b8ff4e45fe50f4e19b3e5eccb1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isGuest"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = {"__meta__":{"hash":"44df27831b2e811e41361abb45896fc013bf9f0e37f54ae93fdb75c2c1f24da5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}]}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;