import { windowRange } from '../../web/src/areas/admin/dashboard/dashboard-window';
import { moveSection } from '../../web/src/areas/partner/menu/category-order';

describe('menu sections: moving one place up or down', () => {
  const sections = [
    { id: 'a', position: 0 },
    { id: 'b', position: 10 },
    { id: 'c', position: 20 },
  ];

  it('writes only the positions that change', () => {
    expect(moveSection(sections, 'b', -1)).toEqual([
      { id: 'b', position: 0 },
      { id: 'a', position: 10 },
    ]);
    expect(moveSection(sections, 'b', 1)).toEqual([
      { id: 'c', position: 10 },
      { id: 'b', position: 20 },
    ]);
  });

  it('moves sections whose positions tie (swapping equal positions would not)', () => {
    const tied = sections.map((s) => ({ ...s, position: 0 }));
    expect(moveSection(tied, 'c', -1)).toEqual([
      { id: 'c', position: 10 },
      { id: 'b', position: 20 },
    ]);
  });

  it('does nothing past either end or for an unknown section', () => {
    expect(moveSection(sections, 'a', -1)).toEqual([]);
    expect(moveSection(sections, 'c', 1)).toEqual([]);
    expect(moveSection(sections, 'x', 1)).toEqual([]);
  });
});

describe('dashboard windows', () => {
  const now = new Date('2026-12-03T15:30:00Z');

  it('ends every window now; 7 and 30 days reach back whole days', () => {
    expect(windowRange('week', now)).toEqual({ from: '2026-11-26T15:30:00.000Z', to: now.toISOString() });
    expect(windowRange('month', now)).toEqual({ from: '2026-11-03T15:30:00.000Z', to: now.toISOString() });
  });

  it('starts today at local midnight', () => {
    const { from, to } = windowRange('today', now);
    const midnight = new Date(now);
    midnight.setHours(0, 0, 0, 0);
    expect(from).toBe(midnight.toISOString());
    expect(to).toBe(now.toISOString());
  });
});
