import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../../i18n/useT';
import { useBriefingStore } from './briefingStore';
import { enterFullscreen, exitFullscreen, fullscreenSupported, isFullscreen } from './present';
import './briefing.css';

/** Elements whose own keys win over the presenter's arrows (typing, choosing, reading a chart). */
function ownsArrows(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest('input, select, textarea')) return true;
  const role = target.closest('[role]')?.getAttribute('role');
  return role === 'slider' || role === 'listbox' || role === 'combobox' || role === 'tablist' || role === 'grid' || role === 'application';
}

/**
 * Presenter mode: a briefing's views one at a time, full screen (or filling the window where the
 * Fullscreen API is missing), in large type. Keys: → ↓ Page Down Space: next; ← ↑ Page Up: previous;
 * Home/End: first/last; F: full screen on/off; Esc: end. `children` draws the step's view (the app gives its single panel).
 */
export function PresenterShell({ children }: { children: ReactNode }) {
  const { t } = useT();
  const presenting = useBriefingStore((s) => s.presenting);
  const stepBy = useBriefingStore((s) => s.stepBy);
  const goToStep = useBriefingStore((s) => s.goToStep);
  const stop = useBriefingStore((s) => s.stopPresenting);
  const [fullscreen, setFullscreen] = useState(isFullscreen);
  const rootRef = useRef<HTMLDivElement>(null);
  /** Set while the app itself leaves full screen (F), so that leaving full screen then does not end the presentation. */
  const leavingByKey = useRef(false);

  // Large type for everything, charts included (they size their text from the root font size).
  useEffect(() => {
    document.documentElement.classList.add('ml-presenting');
    rootRef.current?.focus();
    return () => document.documentElement.classList.remove('ml-presenting');
  }, []);

  useEffect(() => {
    const onChange = () => {
      const now = isFullscreen();
      setFullscreen(now);
      // Esc in full screen is taken by the browser, which leaves full screen: that ends the presentation too.
      if (!now && !leavingByKey.current) stop();
      leavingByKey.current = false;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [stop]);

  // Attached as the presenter is committed, before it is painted: a key pressed as soon as "View 1 of n" shows is never lost.
  useLayoutEffect(() => {
    const toggleFullscreen = () => {
      if (isFullscreen()) {
        leavingByKey.current = true;
        exitFullscreen();
      } else enterFullscreen();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const paging = event.key === 'PageDown' || event.key === 'PageUp';
      if (!paging && event.key !== 'Escape' && ownsArrows(event.target)) return;
      let handled = true;
      switch (event.key) {
        case 'ArrowRight':
        case 'ArrowDown':
        case 'PageDown':
        case ' ':
          stepBy(1);
          break;
        case 'ArrowLeft':
        case 'ArrowUp':
        case 'PageUp':
          stepBy(-1);
          break;
        case 'Home':
          goToStep(0);
          break;
        case 'End':
          goToStep(Number.MAX_SAFE_INTEGER);
          break;
        case 'f':
        case 'F':
          toggleFullscreen();
          break;
        case 'Escape':
          leavingByKey.current = true;
          exitFullscreen();
          stop();
          break;
        default:
          handled = false;
      }
      if (handled) event.preventDefault();
    };
    // Capture, so that Page Up / Page Down (what presentation clickers send) always step.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [stepBy, goToStep, stop]);

  if (!presenting) return null;
  const { briefing, index } = presenting;
  const step = briefing.steps[index];
  const count = briefing.steps.length;

  return (
    <div className="presenter" ref={rootRef} tabIndex={-1} role="region" aria-label={t('present.region', { title: briefing.title })}>
      <header className="presenter__bar">
        <div className="presenter__titles">
          <p className="presenter__briefing">{briefing.title}</p>
          <p className="presenter__step" aria-live="polite">
            <span className="presenter__count">{t('present.step', { index: index + 1, count })}</span>
            {step?.title ? ` · ${step.title}` : ''}
          </p>
        </div>
        <nav className="presenter__tools" aria-label={t('present.region', { title: briefing.title })}>
          <button type="button" onClick={() => stepBy(-1)} disabled={index === 0} aria-label={t('present.previous')}>
            ←
          </button>
          <button type="button" onClick={() => stepBy(1)} disabled={index >= count - 1} aria-label={t('present.next')}>
            →
          </button>
          {fullscreenSupported() && (
            <button
              type="button"
              onClick={() => {
                if (isFullscreen()) {
                  leavingByKey.current = true;
                  exitFullscreen();
                } else enterFullscreen();
              }}
            >
              {fullscreen ? t('present.exitFullscreen') : t('present.fullscreen')}
            </button>
          )}
          <button
            type="button"
            className="presenter__leave"
            onClick={() => {
              leavingByKey.current = true;
              exitFullscreen();
              stop();
            }}
          >
            {t('present.leave')}
          </button>
        </nav>
      </header>
      <main className="presenter__main" id="main">
        {children}
      </main>
      <p className="presenter__keys">{t('present.keys')}</p>
    </div>
  );
}
