/**
 * Colour is a property of the department, not of a chart's series order: one department keeps
 * its colour in every chart, legend, card, table, print and slide. Slots follow the dataset's
 * department order (the editor's order in departments.json), so a filter never moves a colour.
 *
 * The palette has DEPARTMENT_COLOUR_SLOTS colours (Okabe-Ito, readable with colour-blindness and
 * in both themes). A department past them has no colour of its own: it is drawn in the neutral
 * grey and is always named by a label beside its mark; where a chart tells departments apart by
 * colour alone (the stacked count chart) it goes into the grey "others" series. A colour is
 * therefore never reused for a second department (docs/decisions/013-panels-colours-and-slide-layouts.md).
 */
export const DEPARTMENT_COLOUR_SLOTS = 7;

/** A palette slot (0-based), or null for the neutral grey. */
export type ColourSlot = number | null;

/** Slot of each department id, from its place in the dataset's department list. */
export function departmentColourSlots(
  departmentIds: readonly string[],
  slots = DEPARTMENT_COLOUR_SLOTS,
): Map<string, ColourSlot> {
  return new Map(departmentIds.map((id, at) => [id, at < slots ? at : null]));
}

/** The colour of a slot in a palette; the neutral colour for null or a slot the palette lacks. */
export function slotColour(slot: ColourSlot, palette: readonly string[], neutral: string): string {
  return slot === null ? neutral : (palette[slot] ?? neutral);
}
