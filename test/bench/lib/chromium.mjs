// Debian's Chromium, headless, as every part of the bench launches it (WebGL through SwiftShader).
import { chromium } from '@playwright/test';

/**
 * Chromium 156 loads its WebUI omnibox popup (about 180 files of its own script) in every new
 * window, headless too; on 2 cores that competes with the page being measured or tested. Playwright
 * passes a --disable-features list of its own, and Chromium keeps only the last value of a switch,
 * so its list (playwright-core 1.65's chromiumSwitches) is repeated here.
 */
export const QUIET_FEATURES = `--disable-features=${[
  ...['AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades', 'HttpsFirstBalancedModeAutoEnable'],
  ...['LensOverlay', 'MediaRouter', 'PaintHolding', 'ThirdPartyStoragePartitioning', 'AvoidCorsURLLoaderRestartOnRedirect'],
  ...['TcpPortRandomizationWin', 'OptimizationHints', 'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch'],
  ...['msForceBrowserSignIn', 'msEdgeUpdateLaunchServicesPreferredVersion'],
  ...['WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup'],
].join(',')}`;

/** As the browser tests launch it (test/browser/playwright.config.ts). */
export const CHROMIUM_BASE_ARGS = [
  QUIET_FEATURES,
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const CHROMIUM_ARGS = [
  ...CHROMIUM_BASE_ARGS,
  // performance.memory with exact (not bucketed) figures.
  '--enable-precise-memory-info',
];

/**
 * How the page's frames reach the screen. 'software' (the default, as the browser tests run):
 * software compositing, so each frame of a WebGL canvas is read back from SwiftShader on the main
 * thread (ReadPixels in the frame's commit), a cost a browser with a GPU never pays. 'gpu':
 * SwiftShader as the GPU, GPU compositing, so drawing happens in the GPU process as with a real
 * GPU (slowly: on the CPU) and the main thread pays only for the page's own work.
 */
export const GL_MODES = {
  software: [],
  gpu: ['--ignore-gpu-blocklist', '--enable-unsafe-swiftshader', '--use-angle=swiftshader'],
};

export function launchChromium(mode = 'software') {
  const extra = GL_MODES[mode];
  if (!extra) throw new Error(`unknown GL mode ${mode} (software or gpu)`);
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...extra] });
}

/** JS heap in use after a full garbage collection (CDP), in bytes. */
export async function usedHeapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
  } finally {
    await cdp.detach();
  }
}
