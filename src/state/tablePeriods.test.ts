import { describe, expect, it } from 'vitest';
import { parseView, serializeView } from './urlCodec';
import { withParam } from './viewParams';
import { DEFAULT_VIEW } from './viewState';

describe('tperiods, the Table’s period columns', () => {
  it('reads a range, every period, and months', () => {
    expect(parseView('?tperiods=2000~2020').view.tablePeriods).toEqual({ from: '2000', to: '2020' });
    expect(parseView('?tperiods=all').view.tablePeriods).toBe('all');
    expect(parseView('?tperiods=2022-03~2024-06').view.tablePeriods).toEqual({ from: '2022-03', to: '2024-06' });
    expect(parseView('?tperiods=2010~2010').view.tablePeriods).toEqual({ from: '2010', to: '2010' });
  });

  it('reads a reversed range in order, and writes it in order', () => {
    const { view, ignored } = parseView('?tperiods=2020~2000');
    expect(ignored).toEqual([]);
    expect(view.tablePeriods).toEqual({ from: '2000', to: '2020' });
    expect(serializeView(view)).toBe('?tperiods=2000~2020');
  });

  it.each(['2000', '2000~', '~2020', '2000~2020~2024', 'ALL', '1899~2000', '2000~2020-13', 'everything'])('reports %s as ignored', (text) => {
    const { view, ignored } = parseView(`?tperiods=${text}`);
    expect(view.tablePeriods).toBeNull();
    expect(ignored).toEqual([{ key: 'tperiods', value: text, reason: 'invalid-value' }]);
  });

  it('is set in order by the store, null going back to one period, junk ignored', () => {
    const set = withParam(DEFAULT_VIEW, 'tperiods', { from: '2024', to: '1990' });
    expect(set.tablePeriods).toEqual({ from: '1990', to: '2024' });
    expect(withParam(set, 'tperiods', null).tablePeriods).toBeNull();
    expect(withParam(set, 'tperiods', { from: 'soon', to: '2000' })).toBe(set);
    expect(withParam(set, 'tperiods', 'some')).toBe(set);
  });
});
