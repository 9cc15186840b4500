/**
 * A stand-in for maplibre-gl in jsdom (which has no WebGL): records what the map component asks of
 * the map (sources, layers, feature-state, camera moves) and lets a test fire map events.
 * Use with: vi.mock('maplibre-gl', async () => (await import('./maplibreMock.test-utils')).maplibreModule)
 */
import { vi } from 'vitest';

type Listener = (event: unknown) => void;

interface FeatureRef {
  source: string;
  id: string | number;
}

export class FakeMap {
  static instances: FakeMap[] = [];
  /** Set to make the next construction throw (as maplibre does when WebGL fails). */
  static failNext: Error | null = null;

  readonly options: Record<string, unknown>;
  readonly canvas: HTMLCanvasElement;
  readonly sources = new Map<string, unknown>();
  readonly layers: { id: string }[] = [];
  readonly images = new Set<string>();
  readonly states = new Map<string, Record<string, unknown>>();
  readonly stateCalls: { source: string; id: string | number; state: Record<string, unknown> }[] = [];
  readonly fits: { bounds: unknown; options: unknown }[] = [];
  removed = false;
  readonly touchZoomRotate = { disableRotation: vi.fn() };
  readonly keyboard = { disableRotation: vi.fn() };
  private listeners = new Map<string, Set<Listener>>();
  private layerListeners = new Map<string, Set<Listener>>();

  constructor(options: Record<string, unknown>) {
    if (FakeMap.failNext) {
      const error = FakeMap.failNext;
      FakeMap.failNext = null;
      throw error;
    }
    this.options = options;
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'maplibregl-canvas';
    (options.container as HTMLElement).appendChild(this.canvas);
    FakeMap.instances.push(this);
    setTimeout(() => {
      if (!this.removed) this.fire('load');
    }, 0);
  }

  static reset(): void {
    FakeMap.instances = [];
    FakeMap.failNext = null;
  }

  static last(): FakeMap {
    const map = FakeMap.instances.at(-1);
    if (!map) throw new Error('no map was created');
    return map;
  }

  on(type: string, layerOrListener: string | Listener, maybeListener?: Listener): this {
    if (typeof layerOrListener === 'string') {
      const key = `${type}@${layerOrListener}`;
      if (!this.layerListeners.has(key)) this.layerListeners.set(key, new Set());
      this.layerListeners.get(key)?.add(maybeListener as Listener);
    } else {
      if (!this.listeners.has(type)) this.listeners.set(type, new Set());
      this.listeners.get(type)?.add(layerOrListener);
    }
    return this;
  }

  once(type: string, listener: Listener): this {
    const wrapped: Listener = (event) => {
      this.off(type, wrapped);
      listener(event);
    };
    (wrapped as Listener & { original?: Listener }).original = listener;
    return this.on(type, wrapped);
  }

  off(type: string, layerOrListener: string | Listener, maybeListener?: Listener): this {
    if (typeof layerOrListener === 'string') {
      this.layerListeners.get(`${type}@${layerOrListener}`)?.delete(maybeListener as Listener);
      return this;
    }
    const set = this.listeners.get(type);
    if (!set) return this;
    for (const l of [...set]) if (l === layerOrListener || (l as Listener & { original?: Listener }).original === layerOrListener) set.delete(l);
    return this;
  }

  fire(type: string, event: unknown = {}): void {
    for (const listener of [...(this.listeners.get(type) ?? [])]) listener(event);
  }

  /** Fires a layer event (click, mousemove…) as if on a country of the data. */
  fireOn(type: string, layer: string, iso: string | null, point = { x: 100, y: 80 }): void {
    const features = iso ? [{ properties: { iso, name: iso, country: !iso.startsWith('~') } }] : [];
    for (const listener of [...(this.layerListeners.get(`${type}@${layer}`) ?? [])]) listener({ point, features });
  }

  addControl(): this {
    return this;
  }

  addImage(id: string): this {
    this.images.add(id);
    return this;
  }

  addSource(id: string, spec: unknown): this {
    if (this.sources.has(id)) throw new Error(`source ${id} exists`);
    this.sources.set(id, spec);
    return this;
  }

  addLayer(layer: { id: string }, beforeId?: string): this {
    const at = beforeId === undefined ? -1 : this.layers.findIndex((l) => l.id === beforeId);
    if (at >= 0) this.layers.splice(at, 0, layer);
    else this.layers.push(layer);
    return this;
  }

  getLayer(id: string): { id: string } | undefined {
    return this.layers.find((layer) => layer.id === id);
  }

  removeLayer(id: string): this {
    const at = this.layers.findIndex((layer) => layer.id === id);
    if (at >= 0) this.layers.splice(at, 1);
    return this;
  }

  removeSource(id: string): this {
    this.sources.delete(id);
    return this;
  }

  setFeatureState(ref: FeatureRef, state: Record<string, unknown>): void {
    const key = `${ref.source}:${ref.id}`;
    this.states.set(key, { ...(this.states.get(key) ?? {}), ...state });
    this.stateCalls.push({ source: ref.source, id: ref.id, state });
  }

  getFeatureState(ref: FeatureRef): Record<string, unknown> {
    return this.states.get(`${ref.source}:${ref.id}`) ?? {};
  }

  triggerRepaint(): void {
    setTimeout(() => {
      if (!this.removed) this.fire('idle');
    }, 0);
  }

  fitBounds(bounds: unknown, options: unknown): this {
    this.fits.push({ bounds, options });
    return this;
  }

  getBounds() {
    return { getWest: () => -180, getEast: () => 180, getSouth: () => -85, getNorth: () => 85 };
  }

  project([lng, lat]: [number, number]) {
    return { x: lng + 180, y: 90 - lat };
  }

  /** What queryRenderedFeatures answers (a test sets it: the country under the map's centre). */
  rendered: unknown[] = [];
  zoom = 1;

  queryRenderedFeatures(): unknown[] {
    return this.rendered;
  }

  getZoom(): number {
    return this.zoom;
  }

  getCanvas(): HTMLCanvasElement {
    return this.canvas;
  }

  remove(): void {
    this.removed = true;
    this.canvas.remove();
  }
}

export const maplibreModule = {
  Map: FakeMap,
  NavigationControl: class {},
  setWorkerUrl: vi.fn(),
};
