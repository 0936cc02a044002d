import type { TestSupergraph } from '@foodgraph/testing';
import type { Browser, Page } from 'playwright-core';
import { approveRestaurant } from './admin-screens';
import { seriousViolations } from './axe';
import { openArea, screenshot, type Area } from './browser';
import { acceptOffer, markDelivered, markPickedUp, openCourier, PHONE, setOnline, shareLocation } from './courier-screens';
import {
  addToBasket,
  courierOnMap,
  openRestaurantFromList,
  payInSandbox,
  placeOrder,
  reviewOrder,
  searchRestaurants,
  waitForOrderStatus,
} from './customer-screens';
import { acceptOrder, kitchenAnnouncements, markReady, openKitchen, startPreparing, waitForTicket } from './kitchen-screens';
import { addDish, createRestaurant, openRestaurantScreen } from './partner-screens';
import { signIn } from './sign-in';
import { createAccounts } from './web-stack';

const RESTAURANT_AT = { lat: 40.0, lng: -75.0 };
const DROP_OFF = { line1: 'Customer Road 5', postalCode: '12345', city: 'Springfield' };
const EVERY_DAY = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((day) => ({
  day,
  opens: '00:00',
  closes: '23:59',
}));

/**
 * One order all the way, four people at once, each in their own browser context and only
 * through the screens: the partner opens a restaurant, the admin approves it, the partner
 * adds a dish and opens the kitchen, the courier goes online sharing their location, the
 * customer orders and pays the sandbox QR; the kitchen sees it arrive live and moves it, the
 * courier gets the offer live, accepts, picks up and delivers; the customer's page follows
 * every step and the courier's position without a reload, then the customer reviews and the
 * rating shows on the restaurant page. Screenshots of each area go to web/test-results/.
 */
export async function takeOrderAllTheWay(sg: TestSupergraph, browser: Browser, label: string): Promise<void> {
  const accounts = await createAccounts(sg);
  const base = sg.url.replace(/\/graphql$/, '');
  const restaurant = `Journey Ramen ${label}`;
  const areas: Area[] = [];
  const open = async (options: Parameters<typeof openArea>[2] = {}): Promise<Page> => {
    const area = await openArea(browser, base, options);
    areas.push(area);
    return area.page;
  };
  try {
    const [customer, partner, courier, admin] = await Promise.all([
      open({ geolocation: { latitude: 40.01, longitude: -75.01 } }),
      open(),
      open({ viewport: PHONE, geolocation: { latitude: RESTAURANT_AT.lat, longitude: RESTAURANT_AT.lng } }),
      open(),
    ]);
    await Promise.all([
      signIn(customer, accounts.customer),
      signIn(partner, accounts.partner, '/partner'),
      signIn(courier, accounts.courier, '/courier'),
      signIn(admin, accounts.admin, '/admin'),
    ]);

    // The partner's new restaurant waits for the admin; then the partner adds its dish.
    await createRestaurant(partner, {
      name: restaurant,
      cuisines: 'Ramen',
      ...DROP_OFF,
      line1: 'Noodle Street 1',
      location: RESTAURANT_AT,
      deliveryFee: '2.50',
      openingHours: EVERY_DAY,
    });
    await approveRestaurant(admin, restaurant);
    await screenshot(admin, `journey-${label}-admin`);
    await openRestaurantScreen(partner, restaurant, 'Menu');
    await addDish(partner, { name: 'Shoyu ramen', price: '13.00' });
    await openKitchen(partner, restaurant);

    await openCourier(courier);
    await setOnline(courier, true);
    await shareLocation(courier, true);

    // The customer finds it, orders and pays the QR in the sandbox.
    await searchRestaurants(customer, { search: restaurant });
    await openRestaurantFromList(customer, restaurant);
    await addToBasket(customer, 'Shoyu ramen');
    await customer.goto('/checkout');
    await placeOrder(customer, { ...DROP_OFF, payment: 'QR', pinLocation: true });
    const number = ((await customer.getByRole('heading', { level: 1 }).textContent()) ?? '').replace(/^Order /, '');
    await payInSandbox(customer);
    await waitForOrderStatus(customer, 'Waiting for the restaurant to accept');

    // The kitchen sees it arrive live, and moves it.
    await waitForTicket(partner, number, 'New');
    await kitchenAnnouncements(partner).first().waitFor();
    await acceptOrder(partner, number, 10);
    await waitForOrderStatus(customer, 'Accepted by the restaurant');
    await startPreparing(partner, number);
    await waitForOrderStatus(customer, 'Being prepared');

    // The courier gets the offer live (dispatch starts at acceptance) and takes it.
    await acceptOffer(courier, restaurant);
    await customer.getByText(/^Your courier: /).waitFor({ timeout: 20_000 });
    await markReady(partner, number);
    await waitForOrderStatus(customer, 'Ready, waiting for the courier');
    await screenshot(partner, `journey-${label}-kitchen`);
    await markPickedUp(courier);
    await waitForOrderStatus(customer, 'On its way');

    // The courier moves while sharing their location; the customer's map follows, no reload.
    await courier.context().setGeolocation({ latitude: 40.006, longitude: -75.006 });
    await courierOnMap(customer)
      .getByText(/40\.006, -75\.006/)
      .waitFor({ timeout: 30_000 });
    await screenshot(courier, `journey-${label}-courier`);
    await screenshot(customer, `journey-${label}-customer-on-its-way`);
    await markDelivered(courier);
    await waitForOrderStatus(customer, 'Delivered');

    await reviewOrder(customer, { restaurant: 5, courier: 5, comment: 'Straight from the kitchen' });
    await searchRestaurants(customer, { search: restaurant });
    await openRestaurantFromList(customer, restaurant);
    await customer.getByText('5 of 5 stars (1 review)').first().waitFor({ timeout: 20_000 });
    await screenshot(customer, `journey-${label}-customer-restaurant`);
    await screenshot(partner, `journey-${label}-partner`);

    for (const [who, page] of Object.entries({ customer, partner, courier, admin })) {
      expect({ who, violations: await seriousViolations(page) }).toEqual({ who, violations: [] });
    }
    for (const area of areas) expect(area.pageErrors).toEqual([]);
  } finally {
    await Promise.all(areas.map((area) => area.context.close()));
  }
}
