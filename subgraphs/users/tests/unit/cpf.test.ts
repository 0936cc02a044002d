import { cpfWithCheckDigits, parseCpf } from '../../src/domain/cpf';

describe('CPF', () => {
  it('accepts a valid CPF, bare or punctuated, as its 11 digits', () => {
    for (const raw of ['52998224725', '529.982.247-25', ' 529 982 247 25 ', '529982247-25', '111.444.777-35']) {
      expect(parseCpf(raw)).toEqual({ ok: true, cpf: raw.replace(/\D/g, '') });
    }
  });

  it('refuses wrong check digits', () => {
    expect(parseCpf('529.982.247-24')).toMatchObject({ ok: false, problem: expect.stringMatching(/check digits/) });
    expect(parseCpf('52998224715')).toMatchObject({ ok: false });
  });

  it('refuses eleven equal digits, although their check digits add up', () => {
    for (const d of '0123456789') expect(parseCpf(d.repeat(11))).toMatchObject({ ok: false });
  });

  it('refuses too few or too many digits, letters and other characters', () => {
    for (const raw of ['', '5299822472', '529982247250', '529.982.247-2a', '529,982,247,25', '+52998224725']) {
      expect(parseCpf(raw)).toMatchObject({ ok: false, problem: 'Enter a CPF of 11 digits' });
    }
  });

  it('computes the check digits of the first nine, so every such CPF parses', () => {
    expect(cpfWithCheckDigits('529982247')).toBe('52998224725');
    expect(cpfWithCheckDigits('111444777')).toBe('11144477735');
    for (const nine of ['000000001', '123456789', '987654321']) expect(parseCpf(cpfWithCheckDigits(nine))).toMatchObject({ ok: true });
  });
});
