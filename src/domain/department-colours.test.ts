import { departmentColourSlots, slotColour } from './department-colours.ts';

describe('departmentColourSlots', () => {
  it('gives each department the slot of its place in the dataset', () => {
    const slots = departmentColourSlots(['audit', 'dawangzhai', 'gucheng']);
    expect([...slots]).toEqual([
      ['audit', 0],
      ['dawangzhai', 1],
      ['gucheng', 2],
    ]);
  });

  it('gives departments past the palette no colour of their own, never a reused one', () => {
    const ids = Array.from({ length: 10 }, (_, i) => `d${i}`);
    const slots = departmentColourSlots(ids, 7);
    const coloured = [...slots.values()].filter((slot) => slot !== null);
    expect(new Set(coloured).size).toBe(coloured.length);
    expect(slots.get('d6')).toBe(6);
    expect(slots.get('d7')).toBeNull();
    expect(slots.get('d9')).toBeNull();
  });
});

describe('slotColour', () => {
  it.each([
    [0, '#a'],
    [2, '#c'],
    [null, 'grey'],
    [5, 'grey'],
  ])('paints slot %j as %s', (slot, colour) => {
    expect(slotColour(slot, ['#a', '#b', '#c'], 'grey')).toBe(colour);
  });
});
