/**
 * Entering and leaving presenter mode. Full screen needs a user gesture, so the Present buttons
 * and the F key call these directly; where the Fullscreen API is missing or refused, presenter
 * mode still fills the window (the fallback).
 */
import { useBriefingStore } from './briefingStore';
import type { Briefing } from './model';

export function fullscreenSupported(): boolean {
  return typeof document !== 'undefined' && typeof document.documentElement.requestFullscreen === 'function' && document.fullscreenEnabled !== false;
}

export function isFullscreen(): boolean {
  return typeof document !== 'undefined' && Boolean(document.fullscreenElement);
}

export function enterFullscreen(): void {
  if (!fullscreenSupported() || isFullscreen()) return;
  try {
    void document.documentElement.requestFullscreen().catch(() => undefined);
  } catch {
    // Refused (no user gesture, a sandboxed iframe without allowfullscreen): the window is used instead.
  }
}

export function exitFullscreen(): void {
  if (!isFullscreen()) return;
  try {
    void document.exitFullscreen().catch(() => undefined);
  } catch {
    // Already left.
  }
}

/** Starts presenting a briefing (from a click or a key press, so that full screen is allowed). */
export function presentBriefing(briefing: Briefing, index = 0): void {
  if (briefing.steps.length === 0) return;
  enterFullscreen();
  useBriefingStore.getState().startPresenting(briefing, index);
}
