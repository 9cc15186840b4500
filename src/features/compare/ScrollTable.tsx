import type { ReactNode } from 'react';

/**
 * A comparison table under its visible title, in a region that scrolls from the keyboard. The
 * title is hidden from screen readers, which hear the same words once as the table's caption.
 */
export function ScrollTable({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <>
      <p className="compare-table-title" aria-hidden="true">
        {caption}
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table className="data-table compare-table">
          <caption className="visually-hidden">{caption}</caption>
          {children}
        </table>
      </div>
    </>
  );
}
