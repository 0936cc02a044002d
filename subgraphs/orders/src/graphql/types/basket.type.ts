import { Money } from '@foodgraph/platform/graphql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MenuItemRef, RestaurantRef } from './references.type';

@ObjectType({ description: "One line of a customer's basket, priced from the current menu." })
export class BasketLine {
  @Field(() => ID, { description: 'Unique id of the line (for updateBasketLine).' })
  id!: string;

  @Field(() => MenuItemRef, { description: 'The menu item.' })
  menuItem!: MenuItemRef;

  @Field({ description: "The item's current name (its last known one if it left the menu)." })
  name!: string;

  @Field(() => Money, { description: 'Current price of one unit (its last known one if the item left the menu).' })
  unitPrice!: Money;

  @Field(() => Int, { description: 'How many, 1 to 50.' })
  quantity!: number;

  @Field(() => String, { nullable: true, description: 'Wishes for this line ("no onions").' })
  notes!: string | null;

  @Field(() => Money, { description: 'unitPrice × quantity.' })
  lineTotal!: Money;
}

@ObjectType({
  description:
    "A customer's basket, kept on the server (one per customer, expiring after 24 h without changes). Prices and availability are today's menu's.",
})
export class Basket {
  @Field(() => ID, { description: 'Unique id of the basket; it stays when the basket is emptied.' })
  id!: string;

  @Field(() => RestaurantRef, { nullable: true, description: 'The restaurant of its lines; null while it is empty.' })
  restaurant!: RestaurantRef | null;

  @Field(() => [BasketLine], { description: 'What is in it, in the order it was added.' })
  lines!: BasketLine[];

  @Field(() => Money, { description: 'Sum of the line totals.' })
  subtotal!: Money;

  @Field(() => Money, { description: "The restaurant's delivery fee; 0 while the basket is empty." })
  deliveryFee!: Money;

  @Field(() => Money, { description: 'What the coupon takes off the subtotal; 0 without one or while it does not apply.' })
  discount!: Money;

  @Field(() => Money, { description: 'The tip for the courier.' })
  tip!: Money;

  @Field(() => Money, { description: 'subtotal + deliveryFee − discount + tip: what checking out would cost now.' })
  total!: Money;

  @Field(() => String, { nullable: true, description: 'The applied coupon code (upper case).' })
  couponCode!: string | null;

  @Field(() => [String], {
    description:
      'Why checkout would fail right now (item unavailable, below the minimum order, restaurant closed, coupon no longer valid…); empty when it would go through.',
  })
  problems!: string[];

  @Field({ description: 'When the customer last changed it.' })
  updatedAt!: Date;
}
