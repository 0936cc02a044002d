import type { CourierDeliveryFragment } from '@generated/graphql';

type Address = CourierDeliveryFragment['pickup'];

/** A postal address on two lines, as a courier reads it at a glance. */
export function AddressText({ address }: { address: Address }) {
  return (
    <address className="courier-address">
      {address.line1}
      {address.line2 && <>, {address.line2}</>}
      <br />
      {address.postalCode} {address.city}
    </address>
  );
}
