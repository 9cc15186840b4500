/** How an advertising platform reports audience sizes: rounded, as a range, nothing under a minimum. */
export interface PlatformRange {
  value: number;
  lower: number;
  upper: number;
}

/**
 * How the platform reports an audience: rounded to thousands (hundreds under 10,000) with a range
 * around it; null when under `minimum` (the platform shows nothing).
 */
export function platformRange(raw: number, minimum = 100): PlatformRange | null {
  if (!(raw >= minimum * 0.95)) return null;
  const step = raw >= 10000 ? 1000 : 100;
  const value = Math.max(minimum, Math.round(raw / step) * step);
  return { value, lower: Math.floor((0.8 * value) / step) * step, upper: Math.ceil((1.25 * value) / step) * step };
}
