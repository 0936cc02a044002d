import { Field, InputType, Int } from 'type-graphql';

@InputType('OpeningHoursInput', { description: 'One opening window in local time, e.g. Friday 18:00–02:00.' })
export class OpeningHoursInput {
  @Field(() => Int, { description: 'Day the window starts on: 1 = Monday … 7 = Sunday.' })
  dayOfWeek!: number;

  @Field({ description: 'Opening time as "HH:MM" (00:00–23:59).' })
  opens!: string;

  @Field({ description: 'Closing time as "HH:MM" (00:00–24:00); earlier than `opens` means past midnight.' })
  closes!: string;
}
