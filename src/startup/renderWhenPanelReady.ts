/**
 * The first render of a link to a lazily loaded panel (Compare, the time series, the table) waits for
 * that panel's code, which the entry has started loading, for at most `capMs`. Rendered sooner, the
 * panel's Suspense fallback would show, and React reveals what replaces a shown fallback no sooner
 * than 300 ms after it (its throttle): on a return visit the code is in within tens of milliseconds,
 * and the figures waited those 300 ms (issue #20). A failed load renders at once (the panel says so).
 */
export function renderWhenPanelReady(panelCode: Promise<unknown> | undefined, render: () => void, capMs: number): void {
  if (!panelCode) return render();
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    render();
  };
  const timer = setTimeout(once, capMs);
  panelCode.then(once, once);
}
