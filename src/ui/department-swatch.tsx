import type { DatasetIndex } from '../domain/dataset-index.ts';
import type { ColourSlot } from '../domain/department-colours.ts';
import { useLocale } from './locale-context.tsx';

/** The CSS colour of a department's slot, from the design tokens (src/app/tokens.css). */
export function departmentColourVar(slot: ColourSlot): string {
  return slot === null ? 'var(--dept-none)' : `var(--dept-${slot})`;
}

export type DepartmentSwatchProps = {
  index: DatasetIndex;
  departmentId: string;
  form?: 'short' | 'full';
};

/** A department's name with a square of its chart colour, for tables and legends. */
export function DepartmentSwatch({ index, departmentId, form = 'short' }: DepartmentSwatchProps) {
  const locale = useLocale();
  return (
    <span className="department-swatch">
      <span
        className="department-swatch-colour"
        aria-hidden="true"
        style={{ background: departmentColourVar(index.departmentSlot(departmentId)) }}
      />
      {index.departmentName(departmentId, locale, form)}
    </span>
  );
}
