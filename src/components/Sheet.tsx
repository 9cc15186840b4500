import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import './popover.css';
import './sheet.css';

interface Props {
  /** The button's text. */
  label: string;
  /** The sheet's heading and accessible name. */
  title: string;
  closeLabel: string;
  className?: string;
  children: ReactNode;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest('[hidden]'));
}

/**
 * A button that opens a modal sheet from the bottom of the screen (a phone's drawer): focus moves to
 * the sheet's first control and stays in the sheet (Tab and Shift+Tab wrap around); Esc, the close
 * button or a tap on the backdrop close it, and focus goes back to the button. Whether it is open is
 * this component's own state: opening it changes neither the view nor the link. The content stays
 * mounted while the sheet is closed (hidden), so that what it holds keeps its state.
 */
export function Sheet({ label, title, closeLabel, className, children }: Props) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const headingId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || !open) return;
    // The browser's modal dialog makes the rest of the page inert; where it is missing (jsdom), the Tab trap below still holds focus.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    const first = (bodyRef.current && focusables(bodyRef.current)[0]) ?? focusables(dialog)[0];
    first?.focus();
  }, [open]);

  // The page behind a modal dialog is inert: the dialog closes first, so that focus can go back to the button.
  const close = () => {
    const dialog = dialogRef.current;
    if (dialog && typeof dialog.close === 'function') dialog.close();
    else dialog?.removeAttribute('open');
    setOpen(false);
    buttonRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    // A control inside that used the key itself (a country list closing on Esc) keeps it.
    if (event.defaultPrevented) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
      return;
    }
    if (event.key !== 'Tab' || !dialogRef.current) return;
    const all = focusables(dialogRef.current);
    const first = all[0];
    const last = all.at(-1);
    if (!first || !last) return;
    const active = document.activeElement;
    if (event.shiftKey && (active === first || !dialogRef.current.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !dialogRef.current.contains(active))) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={`popover__button sheet__button${className ? ` ${className}__button` : ''}`}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      <dialog
        ref={dialogRef}
        hidden={!open}
        className={`sheet${className ? ` ${className}` : ''}`}
        aria-labelledby={headingId}
        aria-modal="true"
        onKeyDown={onKeyDown}
        onCancel={(event) => {
          event.preventDefault();
          close();
        }}
        onClick={(event) => {
          // A click on the backdrop lands on the dialog itself, outside its content.
          if (event.target === dialogRef.current) close();
        }}
      >
        <div className="sheet__content">
          <div className="sheet__head">
            <h2 id={headingId}>{title}</h2>
            <button type="button" className="sheet__close primary" onClick={close}>
              {closeLabel}
            </button>
          </div>
          <div className="sheet__body" ref={bodyRef}>
            {children}
          </div>
        </div>
      </dialog>
    </>
  );
}
