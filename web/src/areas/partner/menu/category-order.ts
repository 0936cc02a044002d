/** A menu section as the editor knows it. */
export interface SectionPlace {
  id: string;
  position: number;
}

/** Gap between positions the editor writes, so a section made later with a position fits in between. */
const STEP = 10;

/**
 * The position changes that move section `id` one place up (-1) or down (+1) in `sections`
 * (sorted by position). Every section gets `index × 10`, and only those whose position
 * changes are returned: positions may tie (several sections made at 0), and swapping two
 * equal positions would move nothing.
 */
export function moveSection(sections: readonly SectionPlace[], id: string, by: -1 | 1): SectionPlace[] {
  const from = sections.findIndex((s) => s.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= sections.length) return [];
  const order = [...sections];
  const [moved] = order.splice(from, 1) as [SectionPlace];
  order.splice(to, 0, moved);
  return order.flatMap((section, index) => (section.position === index * STEP ? [] : [{ id: section.id, position: index * STEP }]));
}
