import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetViewStore } from '../state/store';
import { embedSnippet, escapeAttribute } from '../features/embed/snippet';
import { renderAppAt } from './renderAppAt.test-utils';

beforeEach(() => resetViewStore());

describe('embed mode', () => {
  it('renders the view’s panel alone with its title, source line and a link back in a new tab', async () => {
    renderAppAt('?panel=table&year=2020&countries=FRA&embed=1');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'International migrant stock — Census & registers (demo), 2020' }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Indicator' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Share' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Migration Lens' })).toBeNull();
    expect(
      screen.getByText(/^Source: Census & registers \(demo\) \(Migration Lens test fixture\), released Jan 15, 2025\. Licence: CC0 1\.0\.$/),
    ).toBeInTheDocument();
    const back = screen.getByRole('link', { name: /Open the full view in Migration Lens/ });
    expect(back).toHaveAttribute('href', 'http://localhost:3000/?year=2020&countries=FRA&panel=table');
    expect(back).toHaveAttribute('target', '_blank');
    expect(back.getAttribute('rel')?.split(' ')).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    expect(window.location.search).toBe('?year=2020&countries=FRA&panel=table&embed=1');
  });
});

describe('embedSnippet', () => {
  it('escapes what it puts in attributes and sandboxes the frame without top navigation', () => {
    const snippet = embedSnippet('https://lens.example/?year=2020&embed=1', 'A "quoted" <title> & more');
    expect(snippet).toBe(
      '<iframe src="https://lens.example/?year=2020&amp;embed=1" title="A &quot;quoted&quot; &lt;title&gt; &amp; more" width="100%" height="480" ' +
        'style="border:0;max-width:100%" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" ' +
        'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads"></iframe>',
    );
    expect(embedSnippet('javascript:alert(1)', 'x')).toContain('src="about:blank"');
    expect(escapeAttribute(`'"<>&`)).toBe('&#39;&quot;&lt;&gt;&amp;');
  });
});

describe('the panel’s options in embed mode', () => {
  it('wait behind one Options button that shows and hides them, without changing the link', async () => {
    const user = userEvent.setup();
    renderAppAt('?panel=table&year=2020&embed=1');
    await screen.findByRole('table');
    const options = screen.getByRole('button', { name: 'Options' });
    const panel = document.getElementById(options.getAttribute('aria-controls') ?? '') as HTMLElement;
    expect(panel).toContainElement(screen.getByRole('table'));
    expect(options).toHaveAttribute('aria-expanded', 'false');
    expect(panel).toHaveAttribute('data-options', 'collapsed');
    await user.click(options);
    expect(options).toHaveAttribute('aria-expanded', 'true');
    expect(panel).toHaveAttribute('data-options', 'open');
    await user.click(options);
    expect(panel).toHaveAttribute('data-options', 'collapsed');
    expect(window.location.search).toBe('?year=2020&panel=table&embed=1');
  });

  it('are not offered with About the data, which has none', async () => {
    renderAppAt('?panel=about&embed=1');
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Options' })).toBeNull();
  });
});
