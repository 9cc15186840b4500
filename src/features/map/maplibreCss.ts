/**
 * The part of maplibre-gl's stylesheet the app's map uses (issue #20: the default view's bytes):
 * the map, its canvas and gestures, and the zoom buttons. Its popups, markers, attribution, logo,
 * geolocation, fullscreen and compass controls are never shown. `trimMaplibreCss` keeps each rule
 * (and each selector of a rule) whose maplibre classes are all in USED; maplibre-used.generated.css is its
 * output for the installed maplibre-gl, checked by maplibreCss.test.ts.
 */
export const USED = new Set(
  [
    'map',
    'canvas',
    'canvas-container',
    'interactive',
    'track-pointer',
    'touch-zoom-rotate',
    'touch-drag-pan',
    'ctrl',
    'ctrl-group',
    'ctrl-icon',
    'ctrl-zoom-in',
    'ctrl-zoom-out',
    'ctrl-top-left',
    'ctrl-top-right',
    'ctrl-bottom-left',
    'ctrl-bottom-right',
    'crosshair',
    'boxzoom',
  ].map((name) => `maplibregl-${name}`),
);

/** Splits at top-level commas (not inside parentheses). */
function splitSelectors(selectors: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < selectors.length; i++) {
    const c = selectors[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      out.push(selectors.slice(start, i));
      start = i + 1;
    }
  }
  out.push(selectors.slice(start));
  return out;
}

const used = (selector: string) => [...selector.matchAll(/\.(maplibregl-[\w-]+)/g)].every((m) => USED.has(m[1] as string));

/** The rules of a (minified) stylesheet whose selectors name only used maplibre classes; @media blocks kept with what is left in them. */
export function trimMaplibreCss(css: string): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open === -1) break;
    const head = css.slice(i, open).trim();
    // The block's end: the matching brace.
    let depth = 1;
    let j = open + 1;
    for (; j < css.length && depth > 0; j++) {
      if (css[j] === '{') depth++;
      else if (css[j] === '}') depth--;
    }
    const body = css.slice(open + 1, j - 1);
    if (head.startsWith('@')) {
      const inner = trimMaplibreCss(body);
      if (inner) out += `${head}{${inner}}`;
    } else {
      const kept = splitSelectors(head).filter(used);
      if (kept.length > 0) out += `${kept.join(',')}{${body}}`;
    }
    i = j;
  }
  return out;
}
