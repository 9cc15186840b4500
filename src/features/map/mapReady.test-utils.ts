import { waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import { FakeMap } from './maplibreMock.test-utils';

/** Waits until the map has its sources and has applied fills for data (the fake map's "idle"). */
export async function mapReady(): Promise<FakeMap> {
  await waitFor(() => {
    const canvas = document.querySelector<HTMLElement>('.map-canvas');
    expect(canvas?.dataset.idleKey).toBeDefined();
    expect(canvas?.dataset.idleKey).toBe(canvas?.dataset.fillKey);
    expect(canvas?.dataset.idleKey?.endsWith('|data')).toBe(true);
  });
  return FakeMap.last();
}
