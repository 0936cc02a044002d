// Decorated classes read design-time types through reflect-metadata, which must load first.
import 'reflect-metadata';
import { Directive, Field, Float, InputType, Int, ObjectType } from 'type-graphql';

/*
 * Value types that several subgraphs return. Each is `@shareable` so that every subgraph may
 * define it identically; they live here once so the definitions cannot drift apart.
 */

@ObjectType({ description: 'An amount of money in minor units (cents) of an ISO-4217 currency.' })
@Directive('@shareable')
export class Money {
  @Field(() => Int, { description: 'Amount in minor units, e.g. 1250 for 12.50.' })
  amount!: number;

  @Field({ description: 'ISO-4217 currency code, e.g. EUR.' })
  currency!: string;

  static of(amount: number, currency: string): Money {
    return Object.assign(new Money(), { amount, currency });
  }
}

@ObjectType({ description: 'A point on earth (WGS-84).' })
@Directive('@shareable')
export class GeoPoint {
  @Field(() => Float, { description: 'Latitude in degrees, -90..90.' })
  lat!: number;

  @Field(() => Float, { description: 'Longitude in degrees, -180..180.' })
  lng!: number;
}

@InputType({ description: 'A point on earth (WGS-84).' })
export class GeoPointInput {
  @Field(() => Float, { description: 'Latitude in degrees, -90..90.' })
  lat!: number;

  @Field(() => Float, { description: 'Longitude in degrees, -180..180.' })
  lng!: number;
}

@ObjectType({ description: 'A postal address, optionally geocoded.' })
@Directive('@shareable')
export class Address {
  @Field({ description: 'Street and number.' })
  line1!: string;

  @Field(() => String, { nullable: true, description: 'Flat, floor or other detail.' })
  line2!: string | null;

  @Field({ description: 'City.' })
  city!: string;

  @Field({ description: 'Postal code.' })
  postalCode!: string;

  @Field(() => GeoPoint, { nullable: true, description: 'Where the address is, when known.' })
  location!: GeoPoint | null;
}

@InputType({ description: 'A postal address, optionally geocoded.' })
export class AddressInput {
  @Field({ description: 'Street and number.' })
  line1!: string;

  @Field(() => String, { nullable: true, description: 'Flat, floor or other detail.' })
  line2?: string | null;

  @Field({ description: 'City.' })
  city!: string;

  @Field({ description: 'Postal code.' })
  postalCode!: string;

  @Field(() => GeoPointInput, { nullable: true, description: 'Where the address is, when known.' })
  location?: GeoPointInput | null;
}

@ObjectType({ description: 'Where a page of a connection ends and whether more follow.' })
@Directive('@shareable')
export class PageInfo {
  @Field({ description: 'True when another page follows this one.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;
}
