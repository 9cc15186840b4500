import { useEffect, useId, useRef, type ReactNode } from 'react';
import './popover.css';

interface Props {
  label: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The panel's accessible name. */
  title: string;
  closeLabel: string;
  className?: string;
  children: ReactNode;
}

/**
 * A button that opens a non-modal panel under it: focus moves into the panel when it opens;
 * Esc, the close button or a click outside close it (focus goes back to the button).
 */
export function Popover({ label, open, onOpenChange, title, closeLabel, className, children }: Props) {
  const panelId = useId();
  const headingId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    panelRef.current?.focus();
    const onPointer = (event: PointerEvent) => {
      if (rootRef.current && event.target instanceof Node && !rootRef.current.contains(event.target)) onOpenChange(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open, onOpenChange]);

  const close = () => {
    onOpenChange(false);
    buttonRef.current?.focus();
  };

  return (
    <div className={`popover${className ? ` ${className}` : ''}`} ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="popover__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => onOpenChange(!open)}
      >
        {label}
        <span aria-hidden="true" className="popover__caret">
          ▾
        </span>
      </button>
      <div
        ref={panelRef}
        id={panelId}
        className="popover__panel"
        role="dialog"
        aria-labelledby={headingId}
        tabIndex={-1}
        hidden={!open}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            close();
          }
        }}
      >
        <div className="popover__head">
          <h2 id={headingId}>{title}</h2>
          <button type="button" className="button-quiet" onClick={close}>
            {closeLabel}
          </button>
        </div>
        {open && children}
      </div>
    </div>
  );
}
