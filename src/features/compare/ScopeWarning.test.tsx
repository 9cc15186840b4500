import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../../mocks/fixtures/dataset';
import type { Source } from '../../contract/schema';
import { SourceLine } from '../../components/SourceLine';
import { ScopeWarning } from './CompareNotes';

const census = fixtureCatalog.sources.find((s) => s.id === 'census') as Source;
const audience = fixtureCatalog.sources.find((s) => s.id === 'social-audience') as Source;

describe('who and when a source covers', () => {
  it('the comparison says so when the two sources cover different people or moments', () => {
    render(
      <ScopeWarning
        a={{ ...census, coverage: 'ages 15–64', referenceDate: '1 January' }}
        b={{ ...audience, coverage: 'Facebook users aged 13 and over', referenceDate: 'the day of collection' }}
      />,
    );
    const note = screen.getByRole('note', { name: 'These sources cover different people or moments.' });
    expect(note).toHaveTextContent(`${census.name} covers ages 15–64.`);
    expect(note).toHaveTextContent(`${census.name}: figures refer to 1 January.`);
    expect(note).toHaveTextContent(`${audience.name} covers Facebook users aged 13 and over.`);
  });

  it('names an unstated side, and says nothing when both agree', () => {
    const { rerender } = render(<ScopeWarning a={{ ...census, coverage: 'all ages' }} b={audience} />);
    expect(screen.getByRole('note')).toHaveTextContent(`${audience.name} does not say whom it covers.`);
    expect(screen.getByRole('note')).not.toHaveTextContent('figures refer to');
    rerender(
      <ScopeWarning
        a={{ ...census, coverage: 'all ages', referenceDate: 'mid-year' }}
        b={{ ...audience, coverage: 'all ages', referenceDate: 'mid-year' }}
      />,
    );
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('the source line gives the coverage and the reference date', () => {
    render(<SourceLine source={{ ...census, coverage: 'all ages', referenceDate: 'mid-year (1 July)' }} indicator={fixtureCatalog.indicators[0]!} />);
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Covers all ages. Figures refer to mid-year (1 July).');
  });
});
