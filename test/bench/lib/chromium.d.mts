// Types of chromium.mjs for the browser tests' config (test/browser/playwright.config.ts), which shares its flags.
export declare const QUIET_FEATURES: string;
export declare const CHROMIUM_BASE_ARGS: string[];
export declare const CHROMIUM_ARGS: string[];
