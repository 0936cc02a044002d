import { PageInfo } from '@foodgraph/platform/graphql';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import type { NotificationKind } from '../../domain/notification-kind';
import { NotificationKindEnum } from './notification-kind.enum';
import { OrderRef, RestaurantRef } from './references.type';

@ObjectType({ description: 'Something the signed-in user is told about: one entry of their inbox.' })
@Directive('@key(fields: "id")')
export class Notification {
  @Field(() => ID, { description: 'Unique id of the notification (UUIDv7).' })
  id!: string;

  @Field(() => NotificationKindEnum, { description: 'What it is about.' })
  kind!: NotificationKind;

  @Field({ description: 'One line, e.g. "Order #A1B2 accepted".' })
  title!: string;

  @Field({ description: 'A sentence or two of detail.' })
  body!: string;

  @Field(() => OrderRef, { nullable: true, description: 'The order it is about, if any.' })
  order!: OrderRef | null;

  @Field(() => RestaurantRef, { nullable: true, description: 'The restaurant it is about, if any.' })
  restaurant!: RestaurantRef | null;

  @Field({ description: 'When it was added.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the user marked it read; null while unread.' })
  readAt!: Date | null;
}

@ObjectType({ description: 'A notification in a page of notifications.' })
export class NotificationEdge {
  @Field({ description: 'Pass as `after` to continue after this notification.' })
  cursor!: string;

  @Field(() => Notification, { description: 'The notification.' })
  node!: Notification;
}

@ObjectType({ description: "A page of the user's notifications, newest first." })
export class NotificationConnection {
  @Field(() => [NotificationEdge], { description: 'The notifications of this page.' })
  edges!: NotificationEdge[];

  @Field(() => PageInfo, { description: 'Whether more notifications follow.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many of all the user’s notifications are unread (not only on this page).' })
  unreadCount!: number;
}
