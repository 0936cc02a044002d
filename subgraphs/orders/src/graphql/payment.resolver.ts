import { Money } from '@foodgraph/platform/graphql';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PaymentMethod } from '../domain/order-status';
import type { OrdersContext } from './context';
import { PaymentTransaction } from './types/payment-transaction.type';
import { Payment } from './types/order.type';

/** The payment fields that need the deployment's provider or their own lookups. */
@Resolver(() => Payment)
export class PaymentResolver {
  @FieldResolver(() => String, {
    description:
      'The provider the payment goes through ("sandbox", "mercadopago"); "cash" for cash on delivery. Before the QR payment exists, the provider it will be created at.',
  })
  provider(@Root() payment: Payment, @Ctx() ctx: OrdersContext): string {
    if (payment.providerName) return payment.providerName;
    return payment.method === PaymentMethod.CashOnDelivery ? 'cash' : ctx.services.payments.providerName;
  }

  @FieldResolver(() => [PaymentTransaction], {
    description:
      "Every call to the payment provider and every webhook about this order's payment, oldest first. The restaurant's owner and admins only (FORBIDDEN otherwise).",
  })
  async transactions(@Root() payment: Payment, @Ctx() ctx: OrdersContext): Promise<PaymentTransaction[]> {
    const ownerId = await ctx.loaders.owner.load(payment.restaurantId);
    const rows = await ctx.services.paymentLog.transactionsFor(ctx.identity, payment.orderId, ownerId);
    return rows.map((row) =>
      Object.assign(new PaymentTransaction(), {
        kind: row.kind,
        status: row.status,
        amount: Money.of(row.amount, row.currency),
        providerReference: row.providerReference,
        at: row.at,
      }),
    );
  }
}
