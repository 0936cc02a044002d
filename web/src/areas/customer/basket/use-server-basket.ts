import { useMutation, useQuery } from '@apollo/client/react';
import {
  AddToBasketDocument,
  ApplyCouponDocument,
  ClearBasketDocument,
  MyBasketDocument,
  SetTipDocument,
  UpdateBasketLineDocument,
  type BasketViewFragment,
} from '@generated/graphql';
import { useSession } from '../../../session/session-context';

/** Whether the signed-in person has a basket on the server: customers and guests (not staff, partners…). */
export function useHasServerBasket(): boolean {
  const { session } = useSession();
  return session?.user.role === 'CUSTOMER';
}

/**
 * The customer's basket as the server keeps it (issue 17): prices, totals and problems are the
 * server's, every change is a mutation that answers with the whole basket, so the cache (one
 * Basket by id) updates every screen that shows it. `myBasket` is refreshed when the basket
 * changes identity (cleared by checkout or expired).
 */
export function useServerBasket() {
  const enabled = useHasServerBasket();
  const { data, loading, error, refetch } = useQuery(MyBasketDocument, { skip: !enabled, fetchPolicy: 'cache-and-network' });
  const refreshOnChange = { refetchQueries: [MyBasketDocument] };
  const [add, adding] = useMutation(AddToBasketDocument, refreshOnChange);
  const [update, updating] = useMutation(UpdateBasketLineDocument);
  const [clear, clearing] = useMutation(ClearBasketDocument, refreshOnChange);
  const [applyCoupon, applying] = useMutation(ApplyCouponDocument);
  const [setTip, tipping] = useMutation(SetTipDocument);
  const basket: BasketViewFragment | null = enabled ? (data?.myBasket ?? null) : null;
  return {
    enabled,
    basket,
    loading: enabled && loading && !data,
    error,
    refetch,
    add: (menuItemId: string, quantity = 1, notes?: string) =>
      add({ variables: { menuItemId, quantity, notes: notes ?? null } }).then((r) => r.data?.addToBasket ?? null),
    setQuantity: (lineId: string, quantity: number) =>
      update({ variables: { lineId, quantity } }).then((r) => r.data?.updateBasketLine ?? null),
    clear: () => clear().then((r) => r.data?.clearBasket ?? null),
    applyCoupon: (code: string | null) => applyCoupon({ variables: { code } }).then((r) => r.data?.applyCoupon ?? null),
    setTip: (amount: number) => setTip({ variables: { amount } }).then((r) => r.data?.setTip ?? null),
    busy: adding.loading || updating.loading || clearing.loading || applying.loading || tipping.loading,
    /** The last failed change's error (a CONFLICT, an unavailable item…), for the screen to show. */
    changeError: adding.error ?? updating.error ?? clearing.error,
    couponError: applying.error,
    tipError: tipping.error,
  };
}

export type ServerBasket = ReturnType<typeof useServerBasket>;
