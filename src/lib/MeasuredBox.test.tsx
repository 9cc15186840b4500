import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MeasuredBox } from './MeasuredBox';

/** A ResizeObserver whose reports the test sends. */
class ManualObserver {
  static last: ManualObserver | null = null;
  constructor(private readonly callback: ResizeObserverCallback) {
    ManualObserver.last = this;
  }
  observe() {}
  unobserve() {}
  disconnect() {}
  report(width: number) {
    this.callback([{ contentRect: { width } } as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  ManualObserver.last = null;
});

describe('MeasuredBox (a chart drawn at its width)', () => {
  it('draws its content once, at the width the box has, never first at the fallback', () => {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ width: 812.4 } as DOMRect);
    vi.stubGlobal('ResizeObserver', ManualObserver);
    const drawn: number[] = [];
    render(
      <MeasuredBox className="chart" fallback={560}>
        {(width) => {
          drawn.push(width);
          return <svg data-testid="chart" width={width} />;
        }}
      </MeasuredBox>,
    );
    expect(drawn).toEqual([812]);
    expect(screen.getByTestId('chart')).toHaveAttribute('width', '812');
  });

  it('draws again when the box is resized, and at the fallback where nothing can be measured', () => {
    vi.stubGlobal('ResizeObserver', ManualObserver);
    const { container } = render(<MeasuredBox className="chart">{(width) => <svg data-testid="chart" width={width} />}</MeasuredBox>);
    expect(container.firstElementChild).toHaveClass('chart');
    // jsdom lays nothing out (width 0): the default fallback.
    expect(screen.getByTestId('chart')).toHaveAttribute('width', '640');
    act(() => ManualObserver.last?.report(400));
    expect(screen.getByTestId('chart')).toHaveAttribute('width', '400');
  });
});
