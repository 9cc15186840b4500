import { beforeEach, describe, expect, it } from 'vitest';
import { resetViewStore, useViewStore } from '../../state/store';
import { dropSourceFromView, showSource } from './viewSource';

beforeEach(() => resetViewStore());
const view = () => useViewStore.getState().view;

describe('your sources in the view', () => {
  it('shows a source with its indicator', () => {
    showSource('net-migration', 'upload-mine');
    expect(view()).toMatchObject({ indicator: 'net-migration', source: 'upload-mine' });
  });

  it('takes a removed source out of the view and out of either side of the comparison, leaving the rest', () => {
    useViewStore.getState().setSource('upload-mine');
    useViewStore.getState().setCompare({ a: 'census', b: 'upload-mine' });
    dropSourceFromView('upload-mine');
    expect(view().source).toBeNull();
    expect(view().compare).toMatchObject({ a: 'census', b: null });
    useViewStore.getState().setCompare({ a: 'upload-mine', b: 'census' });
    dropSourceFromView('upload-mine');
    expect(view().compare).toMatchObject({ a: null, b: 'census' });
  });
});
