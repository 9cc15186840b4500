import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseView } from '../state/urlCodec';
import { resetViewStore, useViewStore } from '../state/store';
import { IgnoredParamsNotice } from './IgnoredParamsNotice';

const RLO = '\u202E';

beforeEach(() => resetViewStore());

describe('the notice of ignored link parameters', () => {
  it('isolates every name and value it quotes, so a right-to-left override in a link cannot scramble the sentence', () => {
    const { ignored } = parseView('?year=%E2%80%AE9102&%E2%80%AEbogus=1');
    useViewStore.getState().setNotices(ignored);
    render(<IgnoredParamsNotice />);

    const value = screen.getByText(`${RLO}9102`);
    expect(value.tagName).toBe('BDI');
    expect(value.closest('li')).toHaveTextContent(`year=${RLO}9102: invalid value`);
    const name = screen.getByText(`${RLO}bogus`);
    expect(name.tagName).toBe('BDI');
    // What the app says stays outside the isolated parts.
    for (const quoted of [value, name]) expect(quoted.textContent).not.toMatch(/invalid value|unknown parameter|=/);
  });
});
