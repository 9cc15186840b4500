import { describe, expect, it } from 'vitest';
import { figureSvg, layoutFigure, watermarkBand, type FigureTexts, type Measure } from './figure';

const measure: Measure = (text, size) => text.length * size * 0.55;
const texts: FigureTexts = {
  title: 'Audience against census, 2020',
  legendTitle: null,
  legend: [
    { kind: 'symbol', path: 'M0,-5L5,5L-5,5Z', color: '#1b7837', label: 'Africa (12)' },
    { kind: 'line', color: '#545d68', dash: true, label: 'B = A' },
  ],
  notes: ['Agreement: n = 4'],
  source: 'Census (demo); Audience (demo)',
  footer: '2026-12-03 https://lens.example/',
};

describe('layoutFigure', () => {
  it("draws a legend's symbol entries with the plot's own mark", () => {
    const layout = layoutFigure(texts, { width: 500, height: 300 }, measure);
    expect(layout.items.filter((i) => i.type === 'symbol')).toEqual([expect.objectContaining({ path: 'M0,-5L5,5L-5,5Z', color: '#1b7837' })]);
    const svg = figureSvg(layout, '<svg/>', { title: 't', description: 'd' });
    expect(svg).toContain('d="M0,-5L5,5L-5,5Z" fill="#1b7837"');
  });

  it('writes a watermark on the graphic itself, inside its box, when asked, and none otherwise', () => {
    const plain = layoutFigure(texts, { width: 500, height: 300 }, measure);
    expect(plain.items.some((i) => i.type === 'watermark')).toBe(false);
    const layout = layoutFigure({ ...texts, watermark: 'DEMO DATA' }, { width: 500, height: 300 }, measure);
    const graphic = layout.items.find((i) => i.type === 'graphic');
    const mark = layout.items.find((i) => i.type === 'watermark');
    expect(mark && graphic && mark.type === 'watermark' && graphic.type === 'graphic').toBe(true);
    if (mark?.type !== 'watermark' || graphic?.type !== 'graphic') return;
    expect([mark.x, mark.y, mark.width, mark.height]).toEqual([graphic.x, graphic.y, graphic.width, graphic.height]);
    const tag = watermarkBand(mark);
    expect(tag.x).toBeGreaterThanOrEqual(graphic.x);
    expect(tag.y).toBeGreaterThanOrEqual(graphic.y);
    // In the bottom-right corner (the top-left holds the value axis's first label).
    expect(tag.x + tag.width).toBe(graphic.x + graphic.width);
    expect(tag.y + tag.height).toBe(graphic.y + graphic.height);
    // Drawn after the graphic, so it lies on top of it.
    expect(layout.items.indexOf(mark)).toBeGreaterThan(layout.items.indexOf(graphic));
    const svg = figureSvg(layout, '<svg id="chart"/>', { title: 't', description: 'd' });
    expect(svg.indexOf('DEMO DATA')).toBeGreaterThan(svg.indexOf('id="chart"'));
    expect(svg.match(/>DEMO DATA</g)).toHaveLength(2);
  });
});
