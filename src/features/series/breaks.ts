/**
 * What a series break changed, in words, from the source's caveats. Pure.
 *
 * The catalog has no field for breaks, so the caveat that explains one is found by what it
 * mentions: the year of the break and the flag's own word (a caveat such as 'In 2019 the platform
 * changed how it estimates audiences (values flagged "break")'). Caveats are read in the view's
 * language, so the flag's word comes in that language too ("break", « rupture », «ruptura»).
 * Without such a caveat the caller says a generic "method change".
 */

/** The explaining caveat, or null. keywords: the flag's word(s) in the caveats' language. */
export function breakCaveat(caveats: readonly string[], period: string, keywords: readonly string[]): string | null {
  const year = period.slice(0, 4);
  const words = keywords.map((k) => k.trim().toLocaleLowerCase()).filter((k) => k.length > 0);
  const mentionsFlag = (text: string) => words.some((word) => text.toLocaleLowerCase().includes(word));
  return caveats.find((c) => c.includes(year) && mentionsFlag(c)) ?? caveats.find((c) => mentionsFlag(c)) ?? null;
}

/**
 * A short form of a caveat for the chart itself: its first clause (up to a parenthesis, colon or
 * semicolon), at most `max` characters.
 */
export function shortCaveat(text: string, max = 60): string {
  const clause =
    text
      .split(/\s*[(:;]/)[0]
      ?.trim()
      .replace(/[.,]$/, '') ?? text;
  return clause.length <= max ? clause : `${clause.slice(0, max - 1).trimEnd()}…`;
}
