import type { Language } from '../../state/viewState';

/** How long ago a time was, in words ("3 minutes ago", "il y a 2 heures"), from seconds up to days. */
export function formatAge(then: number, now: number, lang: Language): string {
  const seconds = Math.max(0, Math.round((now - then) / 1000));
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'always' });
  if (seconds < 60) return format.format(-seconds, 'second');
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return format.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 48) return format.format(-hours, 'hour');
  return format.format(-Math.round(hours / 24), 'day');
}
