import { act, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ExportRegistry, ExportRegistryContext, useExportAvailable, useExportTitle, useRegisterExport, type PanelExportPart } from './registry';

function Part({ panel, part }: { panel: 'map' | 'series'; part: PanelExportPart | null }) {
  useRegisterExport(panel, part);
  return null;
}

function Available({ onValue }: { onValue: (value: boolean) => void }) {
  onValue(useExportAvailable('map'));
  return null;
}

describe('the export registry', () => {
  it('merges the parts a panel registers, and says when it can make a picture', () => {
    const registry = new ExportRegistry();
    const seen: boolean[] = [];
    const graphic = vi.fn(() => null);
    const tree = (withCanvas: boolean, title: string) => (
      <ExportRegistryContext.Provider value={registry}>
        <Available onValue={(v) => seen.push(v)} />
        <Part panel="map" part={{ title, legend: [{ kind: 'swatch', color: '#fff', label: 'No data' }] }} />
        {withCanvas && <Part panel="map" part={{ graphic }} />}
      </ExportRegistryContext.Provider>
    );
    const { rerender, unmount } = render(tree(false, 'Map, 2020'));
    expect(registry.get('map')).toBeNull();
    expect(seen.at(-1)).toBe(false);

    rerender(tree(true, 'Map, 2020'));
    expect(seen.at(-1)).toBe(true);
    expect(registry.get('map')).toMatchObject({ title: 'Map, 2020', legend: [{ label: 'No data' }], graphic });
    expect(registry.panels()).toEqual(['map']);

    // A new title is picked up without telling anyone (nothing re-renders for it).
    const renders = seen.length;
    rerender(tree(true, 'Map, 2021'));
    expect(registry.get('map')?.title).toBe('Map, 2021');
    expect(seen.length).toBe(renders + 1);

    rerender(tree(false, 'Map, 2021'));
    expect(registry.get('map')).toBeNull();
    unmount();
    expect(registry.available('map')).toBe(false);
  });

  it('notifies subscribers only when availability changes', () => {
    const registry = new ExportRegistry();
    const listener = vi.fn();
    registry.subscribe(listener);
    act(() => registry.set('series', 'a', { title: 'x' }));
    expect(listener).not.toHaveBeenCalled();
    registry.set('series', 'b', { graphic: () => null });
    registry.set('series', 'b', { graphic: () => null });
    expect(listener).toHaveBeenCalledTimes(1);
    registry.delete('series', 'b');
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it("gives a panel's own CSV while the part that provides it is mounted", () => {
    const registry = new ExportRegistry();
    const file = { name: 'pairs.csv', text: 'iso3\r\n' };
    expect(registry.csv('series')).toBeNull();
    registry.set('series', 'a', { title: 'x' });
    expect(registry.csv('series')).toBeNull();
    registry.set('series', 'b', { csv: () => file });
    expect(registry.csv('series')?.({ link: 'https://example.org/?panel=series', today: '2026-12-03' })).toBe(file);
    expect(registry.csv('map')).toBeNull();
    registry.delete('series', 'b');
    expect(registry.csv('series')).toBeNull();
  });
});

describe('the title a panel registers', () => {
  function Title({ onValue }: { onValue: (value: string | null) => void }) {
    onValue(useExportTitle('series'));
    return null;
  }

  it('is read by useExportTitle, which re-renders when it changes and only then', () => {
    const registry = new ExportRegistry();
    const seen: (string | null)[] = [];
    const tree = (title: string | null) => (
      <ExportRegistryContext.Provider value={registry}>
        <Title onValue={(v) => seen.push(v)} />
        {title !== null && <Part panel="series" part={{ title }} />}
      </ExportRegistryContext.Provider>
    );
    const { rerender } = render(tree(null));
    expect(seen.at(-1)).toBeNull();
    rerender(tree('Stock, 2000–2024'));
    expect(seen.at(-1)).toBe('Stock, 2000–2024');
    const titleListener = vi.fn();
    registry.subscribeTitles(titleListener);
    rerender(tree('Stock, 2000–2024'));
    expect(titleListener).not.toHaveBeenCalled();
    rerender(tree('Stock, 2010–2024'));
    expect(titleListener).toHaveBeenCalledTimes(1);
    expect(seen.at(-1)).toBe('Stock, 2010–2024');
    rerender(tree(null));
    expect(seen.at(-1)).toBeNull();
  });
});
