import { render, renderHook, screen, waitFor } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Steps } from '../../lib/slices';
import { useSliced } from './useSliced';

function* sum(n: number): Steps<number> {
  let total = 0;
  for (let i = 1; i <= n; i++) {
    total += i;
    yield;
  }
  return total;
}

const make100 = () => sum(100);

describe('useSliced', () => {
  it('computes during render when not sliced: no empty first render', () => {
    const { result } = renderHook(() => useSliced(make100, false));
    expect(result.current).toBe(5050);
  });

  it('when sliced, renders null first and then the same result', async () => {
    const { result } = renderHook(() => useSliced(make100, true));
    expect(result.current).toBeNull();
    await waitFor(() => expect(result.current).toBe(5050));
  });

  it('forgets a result when the computation changes', async () => {
    const { result, rerender } = renderHook(({ make }) => useSliced(make, true), { initialProps: { make: make100 } });
    await waitFor(() => expect(result.current).toBe(5050));
    rerender({ make: () => sum(10) });
    expect(result.current).toBeNull();
    await waitFor(() => expect(result.current).toBe(55));
  });

  it('throws an error of the steps from render, for the error boundary', async () => {
    class Boundary extends Component<{ children: ReactNode }, { error: unknown }> {
      override state = { error: null as unknown };
      static getDerivedStateFromError(error: unknown) {
        return { error };
      }
      override render() {
        return this.state.error ? <p>{String(this.state.error)}</p> : this.props.children;
      }
    }
    // eslint-disable-next-line require-yield
    const failing = function* (): Steps<number> {
      throw new Error('bad data');
    };
    vi.spyOn(console, 'error').mockImplementation(() => {});
    function Uses() {
      return <p>{useSliced(failing, true) ?? 'working'}</p>;
    }
    render(
      <Boundary>
        <Uses />
      </Boundary>,
    );
    expect(screen.getByText('working')).toBeInTheDocument();
    expect(await screen.findByText('Error: bad data')).toBeInTheDocument();
  });
});
