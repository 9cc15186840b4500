// Types of what the browser tests' config (test/browser/playwright.config.ts) takes from chromium.mjs: the same flags.
export declare const CHROMIUM_BASE_ARGS: string[];
