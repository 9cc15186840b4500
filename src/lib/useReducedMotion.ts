import { useMediaQuery } from './useMediaQuery';

/** Whether the user asked for reduced motion: the map then jumps instead of flying, and play steps slower. */
export function useReducedMotion(): boolean {
  return useMediaQuery('(prefers-reduced-motion: reduce)');
}
