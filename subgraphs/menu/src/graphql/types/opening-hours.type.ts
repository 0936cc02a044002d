import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('OpeningHours', {
  description: "One opening window in the restaurant's local time; a window closing before it opens runs past midnight.",
})
export class OpeningHours {
  @Field(() => Int, { description: 'Day the window starts on: 1 = Monday … 7 = Sunday.' })
  dayOfWeek!: number;

  @Field({ description: 'Opening time as "HH:MM", local time.' })
  opens!: string;

  @Field({ description: 'Closing time as "HH:MM" (24:00 = midnight at the end of the day), local time.' })
  closes!: string;
}
