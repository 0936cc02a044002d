import { useMutation, useQuery } from '@apollo/client/react';
import { KioskPlaceOrderDocument, LogoutDocument, RestaurantPageDocument } from '@generated/graphql';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorList } from '../../ui/ErrorList';
import { Loading } from '../../ui/Loading';
import { useApiErrors } from '../../ui/use-api-errors';
import { IdempotencyKeys } from '../customer/checkout/idempotency-key';
import { useIdleReset } from './idle-reset';
import type { KioskLine } from './kiosk-basket';
import type { KioskClient } from './kiosk-client';
import { KioskIdentify } from './KioskIdentify';
import { KioskMenu } from './KioskMenu';
import { KioskOrder } from './KioskOrder';
import { kioskSession, type KioskSessionPayload } from './kiosk-session';

type Step = { kind: 'menu' } | { kind: 'who' } | { kind: 'order'; orderId: string };

interface Props {
  restaurantId: string;
  kiosk: KioskClient;
  /** Back to the start after this long without a touch. */
  idleSeconds: number;
}

/**
 * The kiosk's one customer at a time: menu and basket → CPF or guest → the order is placed as
 * a PICKUP order (collected at the counter) → its QR code and live status →
 * back to the start, by a touch or after `idleSeconds` untouched, which also ends the session.
 */
export function KioskFlow({ restaurantId, kiosk, idleSeconds }: Props) {
  const { t } = useTranslation('kiosk');
  const { data, loading, error } = useQuery(RestaurantPageDocument, { variables: { id: restaurantId } });
  const [placeOrder, placing] = useMutation(KioskPlaceOrderDocument);
  const [logout] = useMutation(LogoutDocument);
  const errors = useApiErrors(error ?? placing.error);
  const keys = useRef(new IdempotencyKeys());
  const [step, setStep] = useState<Step>({ kind: 'menu' });
  const [lines, setLines] = useState<KioskLine[]>([]);

  const reset = () => {
    const session = kiosk.store.get();
    if (session) void logout({ variables: { refreshToken: session.refreshToken } }).catch(() => undefined);
    kiosk.store.set(null);
    kiosk.restartSubscriptions();
    void kiosk.client.clearStore();
    placing.reset();
    setLines([]);
    setStep({ kind: 'menu' });
  };
  // Not while an order is on its way: the reset would leave it placed and unseen.
  useIdleReset(idleSeconds, reset, (step.kind !== 'menu' || lines.length > 0) && !placing.loading);

  const restaurant = data?.restaurant;
  if (loading && !restaurant) return <Loading />;
  if (!restaurant) return <ErrorList messages={errors.general.length ? errors.general : [t('notFound')]} />;

  async function order(payload: KioskSessionPayload) {
    if (!restaurant) return;
    kiosk.store.set(kioskSession(payload));
    kiosk.restartSubscriptions();
    const { line1, line2, city, postalCode, location } = restaurant.address;
    const request = {
      restaurantId: restaurant.id,
      lines: lines.map((l) => ({ menuItemId: l.menuItemId, quantity: l.quantity })),
      // Collected at the counter: no courier, no delivery fee, no tip. The address is where it
      // is collected (the API still asks for one), so the restaurant's own.
      fulfilment: 'PICKUP' as const,
      deliveryAddress: {
        line1,
        line2: line2 ?? null,
        city,
        postalCode,
        ...(location ? { location: { lat: location.lat, lng: location.lng } } : {}),
      },
      paymentMethod: 'QR_CODE' as const,
      // Also said in words, for a partner's own kitchen display that does not read `fulfilment`.
      notes: t('pickupNote'),
    };
    const { data: placed } = await placeOrder({ variables: { input: { ...request, idempotencyKey: keys.current.keyFor(request) } } }).catch(
      () => ({
        data: undefined,
      }),
    );
    if (placed?.placeOrder) setStep({ kind: 'order', orderId: placed.placeOrder.id });
  }

  return (
    <>
      <p className="kiosk-restaurant">{restaurant.name}</p>
      <ErrorList messages={[...errors.general, ...errors.byField.values()]} />
      {step.kind === 'menu' && (
        <KioskMenu restaurant={restaurant} lines={lines} onLines={setLines} onOrder={() => setStep({ kind: 'who' })} />
      )}
      {step.kind === 'who' &&
        (placing.loading ? (
          <Loading label={t('placing')} />
        ) : (
          <KioskIdentify onSession={(p) => void order(p)} onBack={() => setStep({ kind: 'menu' })} />
        ))}
      {step.kind === 'order' && <KioskOrder orderId={step.orderId} onDone={reset} />}
    </>
  );
}
