/**
 * The demo data set `npm start` seeds on an empty database. The passwords are public on
 * purpose (the README lists them): they exist only in a local demo database.
 */
export const DEMO_LOGINS = {
  admin: { email: 'admin@foodgraph.local', password: 'demo-admin-password', name: 'Ada Admin' },
  partner: { email: 'partner@foodgraph.local', password: 'demo-partner-password', name: 'Paolo Partner' },
  // The CPF lets a kiosk identify the demo customer (identifyCustomer); a well-known sample CPF.
  customer: { email: 'customer@foodgraph.local', password: 'demo-customer-password', name: 'Chloe Customer', document: '529.982.247-25' },
  courier: { email: 'courier@foodgraph.local', password: 'demo-courier-password', name: 'Carlos Courier' },
} as const;

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

export const DEMO_RESTAURANTS = [
  {
    input: {
      name: 'Trattoria Demo',
      description: 'Wood-fired pizza and fresh pasta.',
      cuisines: ['italian', 'pizza'],
      address: { line1: 'Via Roma 1', city: 'Demo City', postalCode: '10001', location: { lat: 52.52, lng: 13.405 } },
      openingHours: EVERY_DAY.map((dayOfWeek) => ({ dayOfWeek, opens: '00:00', closes: '23:59' })),
      deliveryFee: 299,
      minimumOrder: 1000,
      currency: 'EUR',
    },
    categories: [
      {
        name: 'Pizza',
        items: [
          { name: 'Margherita', description: 'Tomato, mozzarella, basil.', price: 850, tags: ['vegetarian'] },
          { name: 'Diavola', description: 'Spicy salami.', price: 1050, tags: ['spicy'], stock: 40 },
        ],
      },
      { name: 'Pasta', items: [{ name: 'Carbonara', description: 'Guanciale, egg, pecorino.', price: 1200, tags: [] }] },
    ],
  },
  {
    input: {
      name: 'Sushi Demo',
      description: 'Nigiri, maki and bowls.',
      cuisines: ['japanese', 'sushi'],
      address: { line1: 'Hauptstrasse 5', city: 'Demo City', postalCode: '10002', location: { lat: 52.5205, lng: 13.41 } },
      openingHours: EVERY_DAY.map((dayOfWeek) => ({ dayOfWeek, opens: '00:00', closes: '23:59' })),
      deliveryFee: 199,
      minimumOrder: 1500,
      currency: 'EUR',
    },
    categories: [
      {
        name: 'Maki',
        items: [
          { name: 'Salmon maki', description: '8 pieces.', price: 690, tags: [] },
          { name: 'Avocado maki', description: '8 pieces.', price: 590, tags: ['vegan'] },
        ],
      },
      { name: 'Bowls', items: [{ name: 'Poke bowl', description: 'Tuna, rice, edamame.', price: 1390, tags: [], stock: 25 }] },
    ],
  },
] as const;
