import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { trimMaplibreCss } from './maplibreCss';

const packageCss = readFileSync(createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl.css'), 'utf8');

describe('the map engine’s stylesheet, trimmed to what the map uses', () => {
  it('is the installed maplibre-gl’s stylesheet trimmed (regenerate maplibre-used.generated.css after an upgrade)', () => {
    const committed = readFileSync(new URL('./maplibre-used.generated.css', import.meta.url), 'utf8');
    expect(committed).toBe(`${trimMaplibreCss(packageCss)}\n`);
  });

  it('keeps the map, its gestures and the zoom buttons with their icons; drops popups, markers, attribution and other controls', () => {
    const trimmed = trimMaplibreCss(packageCss);
    expect(trimmed).toMatch(/\.maplibregl-map\{[^}]*overflow:hidden/);
    expect(trimmed).toMatch(/\.maplibregl-ctrl-zoom-in \.maplibregl-ctrl-icon\{background-image:url\(/);
    expect(trimmed).toMatch(/\.maplibregl-ctrl-top-right\{[^}]*right:0/);
    for (const gone of ['popup', 'marker', 'ctrl-attrib', 'ctrl-logo', 'ctrl-geolocate', 'ctrl-fullscreen', 'ctrl-compass'])
      expect(trimmed).not.toContain(`.maplibregl-${gone}`);
    expect(trimmed.length).toBeLessThan(packageCss.length / 5);
  });

  it('keeps a selector of a mixed rule and the @media blocks that still hold a rule', () => {
    const css =
      '.maplibregl-ctrl button,.maplibregl-popup a{color:red}@media(forced-colors:active){.maplibregl-ctrl-icon{color:black}}@media(hover:none){.maplibregl-popup{x:y}}';
    expect(trimMaplibreCss(css)).toBe('.maplibregl-ctrl button{color:red}@media(forced-colors:active){.maplibregl-ctrl-icon{color:black}}');
  });
});
