import { toMajorUnits, toMinorUnits } from '../../src/payments/currency-units';

describe('minor units and Mercado Pago amounts', () => {
  it('converts by the decimals of the currency', () => {
    expect(toMajorUnits(1050, 'BRL')).toBe(10.5);
    expect(toMajorUnits(1, 'BRL')).toBe(0.01);
    expect(toMajorUnits(5000, 'CLP')).toBe(5000);
    expect(toMinorUnits(10.5, 'BRL')).toBe(1050);
    expect(toMinorUnits(0.29, 'EUR')).toBe(29);
    expect(toMinorUnits(5000, 'CLP')).toBe(5000);
  });

  it('round-trips every amount up to a thousand', () => {
    for (let minor = 0; minor <= 100_000; minor += 7) expect(toMinorUnits(toMajorUnits(minor, 'BRL'), 'BRL')).toBe(minor);
  });
});
