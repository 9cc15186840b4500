import { useState } from 'react';
import { useT } from '../i18n/useT';
import './popover.css';

/**
 * Whether the panel's own controls are shown, where they wait behind one "Options" button (a phone,
 * embed and presenter modes): closed again whenever another panel comes (a presenter's next step).
 */
export function usePanelOptions(panel: string): [boolean, () => void] {
  const [openFor, setOpenFor] = useState<string | null>(null);
  const open = openFor === panel;
  return [open, () => setOpenFor(open ? null : panel)];
}

/** The one button that shows or hides the panel's controls (the element `controls` names). */
export function PanelOptionsButton({
  open,
  onToggle,
  controls,
  className,
}: {
  open: boolean;
  onToggle: () => void;
  controls: string;
  className: string;
}) {
  const { t } = useT();
  return (
    <button type="button" className={`popover__button ${className}`} aria-expanded={open} aria-controls={controls} onClick={onToggle}>
      {t('panel.options')}
      <span aria-hidden="true" className="popover__caret">
        {open ? '▴' : '▾'}
      </span>
    </button>
  );
}
