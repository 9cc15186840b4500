import { describe, expect, it } from 'vitest';
import { charsFitting, frameOf, labelMargin, textWidth, truncateText } from './frame';

describe('frameOf', () => {
  it('places the plot inside the margins', () => {
    expect(frameOf(560, 300, { top: 30, right: 18, bottom: 28, left: 58 })).toEqual({
      width: 560,
      height: 300,
      top: 30,
      right: 18,
      bottom: 28,
      left: 58,
      x0: 58,
      x1: 542,
      y0: 30,
      y1: 272,
    });
  });
});

describe('label widths', () => {
  it('holds the longest label and the pad, in whole px', () => {
    // 5 characters of 7.68 px (0.6 of 12.8 px) and 12 px of pad: 50.4 → 50.
    expect(labelMargin(['1', '10K', '100K', '1.5M', '10.5M'], { charPx: 7.68, pad: 12 })).toBe(50);
  });

  it('keeps its minimum and maximum widths', () => {
    expect(labelMargin(['0'], { charPx: 7.68, pad: 12, minChars: 2 })).toBe(27);
    expect(labelMargin([], { charPx: 7.68, pad: 12, minChars: 2 })).toBe(27);
    expect(labelMargin(['Democratic Republic of the Congo'], { charPx: 8.4, pad: 20, max: 200 })).toBe(200);
    expect(labelMargin(['France'], { charPx: 8.4, pad: 20, max: 200 })).toBe(70);
  });

  it('says how wide a text is and how much of one fits', () => {
    expect(textWidth(10, 6.5)).toBe(65);
    expect(charsFitting(65, 6.5)).toBe(10);
    expect(charsFitting(64.9, 6.5)).toBe(9);
  });
});

describe('truncateText', () => {
  it('cuts a text longer than its room, an ellipsis last, and leaves a short one whole', () => {
    expect(truncateText('Facebook advertising audience', 12)).toBe('Facebook ad…');
    expect(truncateText('Facebook ad…', 12)).toHaveLength(12);
    expect(truncateText('UN DESA', 12)).toBe('UN DESA');
    expect(truncateText('Germany', 7)).toBe('Germany');
    expect(truncateText('Germany', 1)).toBe('G…');
  });
});
