import { Money } from '@foodgraph/platform/graphql';
import type { PricedBasket } from '../services/basket.service';
import { Basket, BasketLine } from './types/basket.type';
import { menuItemRef, restaurantRef } from './types/references.type';

/** A priced basket as the GraphQL `Basket`. */
export function toBasket({ basket, quote }: PricedBasket): Basket {
  const money = (amount: number) => Money.of(amount, quote.currency);
  return Object.assign(new Basket(), {
    id: basket.id,
    restaurant: basket.restaurantId ? restaurantRef(basket.restaurantId) : null,
    lines: quote.lines.map((line) =>
      Object.assign(new BasketLine(), {
        id: line.id,
        menuItem: menuItemRef(line.menuItemId),
        name: line.name,
        unitPrice: money(line.unitPrice),
        quantity: line.quantity,
        notes: line.notes,
        lineTotal: money(line.lineTotal),
      }),
    ),
    subtotal: money(quote.subtotal),
    deliveryFee: money(quote.deliveryFee),
    discount: money(quote.discount),
    tip: money(quote.tip),
    total: money(quote.total),
    couponCode: basket.couponCode,
    problems: quote.problems,
    updatedAt: new Date(basket.updatedAt),
  });
}
