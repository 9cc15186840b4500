import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../mocks/fixtures/dataset';
import type { Source } from '../contract/schema';
import { caveatsOf } from './caveats';

const base = fixtureCatalog.sources[0]!;
const census: Source = { ...base, id: 'census', name: 'Census', caveats: ['Counts residents.'] };
const audience: Source = { ...base, id: 'audience', name: 'Audience', caveats: ['Users, not people.', 'A break in 2018.'] };
const quiet: Source = { ...base, id: 'quiet', name: 'Quiet', caveats: [] };
const all = [census, audience, quiet];

describe('the caveats listed under a panel', () => {
  it('are the view’s source’s alone when the panel shows no other', () => {
    expect(caveatsOf(census, [], all)).toEqual(['Counts residents.']);
    expect(caveatsOf(census, ['census'], all)).toEqual(['Counts residents.']);
    expect(caveatsOf(census, ['census', 'quiet'], all)).toEqual(['Counts residents.']);
  });

  it('are every shown source’s, each named, the view’s source first, none twice', () => {
    expect(caveatsOf(census, ['audience', 'census'], all)).toEqual([
      'Census: Counts residents.',
      'Audience: Users, not people.',
      'Audience: A break in 2018.',
    ]);
    // A comparison of two sources other than the view's: the view's source is still described by the line.
    expect(caveatsOf(quiet, ['census', 'audience'], all)).toEqual([
      'Census: Counts residents.',
      'Audience: Users, not people.',
      'Audience: A break in 2018.',
    ]);
    // An id the indicator does not have is ignored.
    expect(caveatsOf(census, ['elsewhere'], all)).toEqual(['Counts residents.']);
  });
});
