/**
 * What adding, showing and removing one of your own sources does to the view.
 */
import { useViewStore } from '../../state/store';

/** Puts a source on screen: its indicator first, then the source (the indicator's change resets the source). */
export function showSource(indicator: string, sourceId: string): void {
  const state = useViewStore.getState();
  state.setIndicator(indicator);
  useViewStore.getState().setSource(sourceId);
}

/** Takes a source out of the view, as the view's source and as either side of the comparison. */
export function dropSourceFromView(sourceId: string): void {
  const state = useViewStore.getState();
  const { view } = state;
  if (view.source === sourceId) state.setSource(null);
  if (view.compare.a === sourceId || view.compare.b === sourceId) {
    useViewStore.getState().setCompare({
      ...(view.compare.a === sourceId ? { a: null } : {}),
      ...(view.compare.b === sourceId ? { b: null } : {}),
    });
  }
}
