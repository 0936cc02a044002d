import { ADMIN_DASHBOARD_DESCRIPTION } from '@foodgraph/platform/graphql';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The admin dashboard entity as notifications contributes to it: its dead letters only. */
@ObjectType('AdminDashboard', { description: ADMIN_DASHBOARD_DESCRIPTION })
@Directive('@key(fields: "id")')
export class AdminDashboard {
  @Field(() => ID, { description: 'The time window, `<from>/<to>` in ISO-8601.' })
  id!: string;
}
