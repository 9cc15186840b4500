import type { ReactNode } from 'react';
import type { SortDirection } from '../../data/tableRows';

interface Props {
  label: string;
  /** What the button says it sorts by (its title). */
  sortLabel: string;
  /** The direction the table is sorted by this column, or null when it is sorted by another. */
  direction: SortDirection | null;
  numeric?: boolean;
  /** Extra classes of the header cell. */
  className?: string;
  /** Shown after the label (a unit, the periods of a change). */
  suffix?: ReactNode;
  onSort: () => void;
}

/** A column header that sorts the table: a button, with aria-sort on the header cell. */
export function SortHeader({ label, sortLabel, direction, numeric, className, suffix, onSort }: Props) {
  return (
    <th scope="col" aria-sort={direction ?? 'none'} className={[numeric ? 'numeric' : '', className ?? ''].join(' ').trim() || undefined}>
      <button type="button" onClick={onSort} title={sortLabel}>
        {label}
        {suffix}
        <span aria-hidden="true" className="sort-mark">
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : ''}
        </span>
      </button>
    </th>
  );
}
