import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LINK_PREFIX,
  MAX_LINK_VALUE_LENGTH,
  briefingFileText,
  decodeBriefingLink,
  encodeBriefingLink,
  readBriefingFile,
  takeBriefingParam,
} from './briefingTransfer';

const briefing = {
  title: 'Board meeting — “migration” in 2020 <script>',
  steps: [
    { id: 's1', title: 'Germany and France', query: '?year=2020&countries=DEU~FRA&panel=table' },
    { id: 's2', title: 'Map, Europe', query: '?region=europe' },
    { id: 's3', title: 'Default', query: '' },
  ],
};

const stepsOf = (result: ReturnType<typeof decodeBriefingLink>) =>
  result.ok ? result.briefing.steps.map(({ title, query }) => ({ title, query })) : null;

describe('briefing links', () => {
  it('round-trips title and steps', () => {
    const value = encodeBriefingLink(briefing);
    expect(value).not.toBeNull();
    expect(value?.startsWith(LINK_PREFIX)).toBe(true);
    expect(value).toMatch(/^b1\.[A-Za-z0-9_-]+$/);
    const result = decodeBriefingLink(value);
    expect(result.ok && result.briefing.title).toBe(briefing.title);
    expect(stepsOf(result)).toEqual(briefing.steps.map(({ title, query }) => ({ title, query })));
  });

  it('refuses to make a link that would be too long', () => {
    const long = { title: 'x', steps: Array.from({ length: 60 }, (_, i) => ({ id: `${i}`, title: 'A'.repeat(150), query: '?year=2020' })) };
    expect(encodeBriefingLink(long)).toBeNull();
  });

  it('re-reads step queries through the URL codec, dropping what it does not understand and lang/embed', () => {
    const crafted = `${LINK_PREFIX}${btoa(JSON.stringify({ t: 'T', s: [['A', 'year=2020&evil=<img>&lang=fr&embed=1']] }))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '')}`;
    const result = decodeBriefingLink(crafted);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.briefing.steps[0]?.query).toBe('?year=2020');
      expect(result.dropped).toBe(1);
    }
  });

  it('reports what it cannot read', () => {
    expect(decodeBriefingLink('hello')).toEqual({ ok: false, error: 'not-a-briefing' });
    expect(decodeBriefingLink('b2.abc')).toEqual({ ok: false, error: 'newer-version' });
    expect(decodeBriefingLink(`${LINK_PREFIX}${'A'.repeat(MAX_LINK_VALUE_LENGTH)}`)).toEqual({ ok: false, error: 'too-long' });
    expect(decodeBriefingLink(`${LINK_PREFIX}e30`)).toEqual({ ok: false, error: 'not-a-briefing' }); // {}
    expect(decodeBriefingLink(`${LINK_PREFIX}eyJ0IjoiVCIsInMiOltdfQ`)).toEqual({ ok: false, error: 'not-a-briefing' }); // no steps
    expect(decodeBriefingLink(`${LINK_PREFIX}/+==`)).toEqual({ ok: false, error: 'not-a-briefing' });
    expect(decodeBriefingLink(undefined)).toEqual({ ok: false, error: 'not-a-briefing' });
  });

  it('never throws, whatever the link says', () => {
    const base64url = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          base64url.map((s) => LINK_PREFIX + s),
          fc.json().map((json) => encodeBriefingLinkRaw(json)),
          fc.anything().map((value) => encodeBriefingLinkRaw(JSON.stringify(value) ?? 'null')),
        ),
        (value) => {
          const result = decodeBriefingLink(value);
          expect(typeof result.ok).toBe('boolean');
          if (result.ok) {
            expect(result.briefing.steps.length).toBeGreaterThan(0);
            for (const step of result.briefing.steps) expect(step.query === '' || step.query.startsWith('?')).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('round-trips any briefing that fits in a link', () => {
    const stepArb = fc.record({
      id: fc.constant('s'),
      title: fc.string({ maxLength: 40 }),
      query: fc.constantFrom('', '?year=2020', '?countries=DEU~FRA&panel=series', '?indicator=refugees&lang=es'.replace('&lang=es', '')),
    });
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.array(stepArb, { minLength: 1, maxLength: 10 }), (title, steps) => {
        const value = encodeBriefingLink({ title, steps });
        if (value === null) return;
        const result = decodeBriefingLink(value);
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.briefing.steps.map((s) => s.query)).toEqual(steps.map((s) => s.query));
      }),
      { numRuns: 200 },
    );
  });
});

function encodeBriefingLinkRaw(json: string): string {
  const bytes = new TextEncoder().encode(json);
  return (
    LINK_PREFIX +
    btoa(String.fromCharCode(...bytes))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '')
  );
}

describe('takeBriefingParam', () => {
  it('takes the briefing out of the query string and keeps the rest', () => {
    expect(takeBriefingParam('?year=2020&briefing=b1.abc%2D&panel=table')).toEqual({ value: 'b1.abc-', rest: '?year=2020&panel=table' });
    expect(takeBriefingParam('?briefing=b1.x')).toEqual({ value: 'b1.x', rest: '' });
    expect(takeBriefingParam('?year=2020')).toEqual({ value: null, rest: '?year=2020' });
    expect(takeBriefingParam('?briefing=%E0%A4%A')).toEqual({ value: '%E0%A4%A', rest: '' });
  });
});

describe('briefing files', () => {
  it('round-trips a briefing', () => {
    const text = briefingFileText(briefing, new Date('2026-11-02T09:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({ format: 'migration-lens/briefing', version: 1, exported: '2026-11-02T09:00:00.000Z' });
    const result = readBriefingFile(text);
    expect(result.ok && result.briefing.title).toBe(briefing.title);
    expect(stepsOf(result)).toEqual(briefing.steps.map(({ title, query }) => ({ title, query })));
  });

  it('ignores unknown fields, leaves damaged steps out and counts them', () => {
    const text = JSON.stringify({
      format: 'migration-lens/briefing',
      version: 2,
      title: 'T',
      theme: 'dark',
      steps: [{ title: 'A', query: '?year=2020', note: 'x' }, { title: 5 }, 'nope'],
    });
    const result = readBriefingFile(text);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.briefing.steps).toHaveLength(1);
      expect(result.dropped).toBe(2);
    }
  });

  it('rejects what is not a briefing file, without throwing', () => {
    for (const text of [
      '',
      'not json',
      '[]',
      '{"format":"migration-lens/saved","version":1}',
      '{"format":"migration-lens/briefing","version":1,"title":"T","steps":[]}',
    ]) {
      expect(readBriefingFile(text).ok).toBe(false);
    }
    expect(readBriefingFile('x'.repeat(1_000_001))).toEqual({ ok: false, error: 'too-long' });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(typeof readBriefingFile(text).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
