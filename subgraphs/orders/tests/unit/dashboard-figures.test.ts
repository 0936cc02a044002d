import { grossMerchandiseValue, GMV_FALLBACK_CURRENCY } from '../../src/domain/dashboard-figures';

describe('gross merchandise value on the admin dashboard', () => {
  it('is zero in the fallback currency without delivered orders', () => {
    expect(grossMerchandiseValue([])).toEqual({ amount: 0, currency: GMV_FALLBACK_CURRENCY });
  });

  it('never adds amounts of different currencies: the largest total wins, ties alphabetically', () => {
    expect(
      grossMerchandiseValue([
        { currency: 'BRL', total: 500 },
        { currency: 'EUR', total: 900 },
      ]),
    ).toEqual({ amount: 900, currency: 'EUR' });
    expect(
      grossMerchandiseValue([
        { currency: 'USD', total: 700 },
        { currency: 'BRL', total: 700 },
      ]),
    ).toEqual({ amount: 700, currency: 'BRL' });
  });
});
