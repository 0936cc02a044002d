import { useMutation } from '@apollo/client/react';
import { KitchenSetRestaurantOpenDocument } from '@generated/graphql';
import { useTranslation } from 'react-i18next';
import { ErrorList } from '../../ui/ErrorList';
import { useApiErrors } from '../../ui/use-api-errors';
import { Switch } from '../../ui/Switch';

interface Props {
  restaurantId: string;
  acceptingOrders: boolean;
  isOpen: boolean;
}

/** The restaurant's own switch for taking orders; opening hours still decide whether it is open. */
export function OpenSwitch({ restaurantId, acceptingOrders, isOpen }: Props) {
  const { t } = useTranslation('kitchen');
  const [setOpen, { loading, error }] = useMutation(KitchenSetRestaurantOpenDocument);
  const errors = useApiErrors(error);
  return (
    <div className="open-switch">
      <Switch
        label={t('board.takingOrders')}
        checked={acceptingOrders}
        disabled={loading}
        onChange={(open) => void setOpen({ variables: { id: restaurantId, open } }).catch(() => undefined)}
      />
      <span className="muted">{t(isOpen ? 'board.openNow' : 'board.closedNow')}</span>
      <ErrorList messages={[...errors.general, ...errors.byField.values()]} />
    </div>
  );
}
