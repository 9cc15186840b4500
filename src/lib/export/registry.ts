/**
 * The image-export registry: each panel that can be saved as a picture says what its picture is
 * (a live SVG chart, or a snapshot of a canvas), its title and its legend. The export menu reads
 * the registry when the user asks for a PNG or an SVG, and adds the source line and the date.
 *
 *   useRegisterExport('series', { title, legend, graphic: () => ({ kind: 'svg', svg }) });
 *
 * Several components of one panel may each register a part (the map's canvas registers its
 * snapshot, the map panel its title and legend); the parts are merged in mount order. A panel
 * is exportable as an image while some mounted part provides a graphic.
 *
 * Registering costs nothing per render: the latest part is stored without notifying anyone;
 * listeners hear only when a panel becomes exportable or stops being so; title listeners, when
 * its title or the sources it shows change (embed, presenter and the share menu title the view
 * with it: useExportTitle; the source line lists those sources' caveats: useExportSourceIds).
 */
import { createContext, useContext, useId, useLayoutEffect, useMemo, useSyncExternalStore } from 'react';
import type { Panel } from '../../state/viewState';

export interface LegendEntry {
  label: string;
  /**
   * swatch: a filled square; outline: an empty square; line: a line sample (dashed with dash);
   * gradient: a colour bar from stops with its two end labels; text: no symbol;
   * symbol: the chart's own mark, an SVG path centred on 0,0 within ±7 px (a region's triangle).
   */
  kind: 'swatch' | 'outline' | 'line' | 'gradient' | 'text' | 'symbol';
  color?: string;
  /** The mark of kind 'symbol' (SVG path data). */
  path?: string;
  dash?: boolean;
  stops?: readonly { offset: number; color: string }[];
  ends?: readonly [string, string];
}

/** What a panel draws: a live SVG element (cloned, never changed) or a canvas snapshot. width and height in CSS pixels. */
export type ExportGraphic =
  { kind: 'svg'; svg: SVGSVGElement; width: number; height: number } | { kind: 'raster'; canvas: HTMLCanvasElement; width: number; height: number };

export interface PanelExportPart {
  title?: string;
  subtitle?: string;
  legendTitle?: string;
  /** The legend, or a function that reads it when the picture is made (e.g. from the chart's DOM). */
  legend?: readonly LegendEntry[] | (() => readonly LegendEntry[]);
  /** Short notes printed under the legend (e.g. "Classes: quantiles"). */
  notes?: readonly string[];
  /** The catalog ids of the sources the picture shows, when not only the view's source (a comparison). */
  sourceIds?: readonly string[];
  graphic?: () => ExportGraphic | null | Promise<ExportGraphic | null>;
  /** "Data shown (CSV)" of what the panel draws, when it is not the view's table (the time series' lines, a comparison's pairs). */
  csv?: PanelCsv;
}

/** A file to save: its name and its text. */
export interface ExportFile {
  name: string;
  text: string;
}

/** Makes the file of the data a panel shows, given the view's link and today's date; null when nothing is drawn. */
export type PanelCsv = (context: { link: string; today: string }) => ExportFile | null;

export interface PanelExport {
  title: string;
  subtitle: string | null;
  legendTitle: string | null;
  legend: readonly LegendEntry[];
  notes: readonly string[];
  sourceIds: readonly string[] | null;
  graphic: () => ExportGraphic | null | Promise<ExportGraphic | null>;
}

export class ExportRegistry {
  private readonly parts = new Map<Panel, Map<string, PanelExportPart>>();
  private readonly listeners = new Set<() => void>();
  private readonly titleListeners = new Set<() => void>();

  set(panel: Panel, id: string, part: PanelExportPart): void {
    this.change(panel, () => {
      let forPanel = this.parts.get(panel);
      if (!forPanel) this.parts.set(panel, (forPanel = new Map()));
      forPanel.set(id, part);
    });
  }

  delete(panel: Panel, id: string): void {
    this.change(panel, () => this.parts.get(panel)?.delete(id));
  }

  private change(panel: Panel, apply: () => void): void {
    const before = this.available(panel);
    const described = this.description(panel);
    apply();
    if (this.available(panel) !== before) this.notify(this.listeners);
    if (this.description(panel) !== described) this.notify(this.titleListeners);
  }

  private description(panel: Panel): string {
    return `${this.title(panel) ?? ''}\u0000${this.sourceIds(panel)}`;
  }

  /** The title the panel gives what it draws now (the last part that has one), or null. */
  title(panel: Panel): string | null {
    let title: string | null = null;
    for (const part of this.parts.get(panel)?.values() ?? []) if (part.title) title = part.title;
    return title;
  }

  /** The ids of the sources the panel says it shows, joined by commas ('' when it does not say). */
  sourceIds(panel: Panel): string {
    let ids = '';
    for (const part of this.parts.get(panel)?.values() ?? []) if (part.sourceIds) ids = part.sourceIds.join(',');
    return ids;
  }

  available(panel: Panel): boolean {
    for (const part of this.parts.get(panel)?.values() ?? []) if (part.graphic) return true;
    return false;
  }

  /** The merged export of a panel, or null when nothing mounted draws it. */
  get(panel: Panel): PanelExport | null {
    const merged: PanelExportPart = {};
    for (const part of this.parts.get(panel)?.values() ?? []) {
      for (const [key, value] of Object.entries(part)) if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
    }
    if (!merged.graphic) return null;
    return {
      title: merged.title ?? '',
      subtitle: merged.subtitle ?? null,
      legendTitle: merged.legendTitle ?? null,
      legend: typeof merged.legend === 'function' ? merged.legend() : (merged.legend ?? []),
      notes: merged.notes ?? [],
      sourceIds: merged.sourceIds ?? null,
      graphic: merged.graphic,
    };
  }

  /** The panel's own "data shown" CSV (the last part that gives one), or null: the view's table then. */
  csv(panel: Panel): PanelCsv | null {
    let csv: PanelCsv | null = null;
    for (const part of this.parts.get(panel)?.values() ?? []) if (part.csv) csv = part.csv;
    return csv;
  }

  /** The panels that can be exported as an image now. */
  panels(): Panel[] {
    return [...this.parts.keys()].filter((panel) => this.available(panel));
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Listeners of titles and of the sources shown (they change with what the panel draws, not at each render). */
  subscribeTitles = (listener: () => void): (() => void) => {
    this.titleListeners.add(listener);
    return () => this.titleListeners.delete(listener);
  };

  private notify(listeners: Set<() => void>): void {
    for (const listener of [...listeners]) listener();
  }
}

/** The app's registry; tests may provide their own through ExportRegistryContext. */
export const exportRegistry = new ExportRegistry();
export const ExportRegistryContext = createContext<ExportRegistry>(exportRegistry);

export function useExportRegistry(): ExportRegistry {
  return useContext(ExportRegistryContext);
}

/** Registers (and keeps up to date) this component's part of a panel's image export; null registers nothing. */
export function useRegisterExport(panel: Panel, part: PanelExportPart | null): void {
  const registry = useContext(ExportRegistryContext);
  const id = useId();
  useLayoutEffect(() => {
    if (part) registry.set(panel, id, part);
    else registry.delete(panel, id);
  });
  useLayoutEffect(() => () => registry.delete(panel, id), [registry, panel, id]);
}

/** The title a mounted panel gives what it draws (re-renders when it changes); null when none is registered. */
export function useExportTitle(panel: Panel): string | null {
  const registry = useContext(ExportRegistryContext);
  return useSyncExternalStore(
    registry.subscribeTitles,
    () => registry.title(panel),
    () => null,
  );
}

/** The ids of the sources a mounted panel says it shows (a comparison's two, the time series' lines'); [] when it does not say. */
export function useExportSourceIds(panel: Panel): readonly string[] {
  const registry = useContext(ExportRegistryContext);
  const ids = useSyncExternalStore(
    registry.subscribeTitles,
    () => registry.sourceIds(panel),
    () => '',
  );
  return useMemo(() => (ids === '' ? [] : ids.split(',')), [ids]);
}

/** Whether the panel can be exported as an image now (re-renders when that changes). */
export function useExportAvailable(panel: Panel): boolean {
  const registry = useContext(ExportRegistryContext);
  return useSyncExternalStore(
    registry.subscribe,
    () => registry.available(panel),
    () => false,
  );
}
