import { useEffect, useState } from 'react';
import { useT } from '../../i18n/useT';
import { useViewStore } from '../../state/store';
import { useReducedMotion } from '../../lib/useReducedMotion';
import './playButton.css';

/** Time on each period while playing; longer when the user asked for reduced motion. */
export const PLAY_STEP_MS = 1200;
export const PLAY_STEP_REDUCED_MS = 2400;

/**
 * Plays through the periods of the series: one step at a time (each a discrete change, no
 * animation), replacing the history entry rather than adding one per step, and stopping at the
 * last period. Pressed at the last period (or "latest"), it starts again from the first.
 */
export function PlayButton({ periods }: { periods: readonly string[] }) {
  const { t } = useT();
  const period = useViewStore((s) => s.view.period);
  const setPeriod = useViewStore((s) => s.setPeriod);
  const reduced = useReducedMotion();
  // The periods being played; playing stops by itself when they change (another indicator or source).
  const [session, setSession] = useState<readonly string[] | null>(null);
  const current = period ?? periods[periods.length - 1] ?? null;
  const index = current === null ? -1 : periods.indexOf(current);
  const playing = session !== null && session === periods && index >= 0;

  useEffect(() => {
    if (!playing || index >= periods.length - 1) return;
    const timer = window.setTimeout(
      () => {
        const next = periods[index + 1];
        if (next) setPeriod(next, { history: 'replace' });
        if (index + 1 >= periods.length - 1) setSession(null);
      },
      reduced ? PLAY_STEP_REDUCED_MS : PLAY_STEP_MS,
    );
    return () => window.clearTimeout(timer);
  }, [playing, index, periods, reduced, setPeriod]);

  function toggle() {
    if (playing) {
      setSession(null);
      return;
    }
    if (periods.length < 2) return;
    if (index < 0 || index >= periods.length - 1) setPeriod(periods[0] as string);
    setSession(periods);
  }

  return (
    <button
      type="button"
      className="play-button"
      onClick={toggle}
      disabled={periods.length < 2}
      aria-label={playing ? t('play.pause') : t('play.play')}
      title={`${playing ? t('play.pause') : t('play.play')}: ${t('play.label')}`}
    >
      <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
    </button>
  );
}
