import type { BrowserContext, Worker } from '@playwright/test';

export declare const CHROMIUM_ARGS: string[];
export declare function findChromium(env?: Record<string, string | undefined>): string;
export declare function builtExtensionDir(env?: Record<string, string | undefined>): string;
export declare function launchWithExtension(options: {
  extensionDir: string;
  headless: boolean;
  userDataDir?: string;
  viewport?: { width: number; height: number };
  /** The browser's language (`--lang` and `navigator.language`), e.g. `de-DE`; French by default. */
  locale?: string;
}): Promise<BrowserContext>;
export declare function serviceWorkerOf(context: BrowserContext): Promise<Worker>;
export declare function extensionIdOf(serviceWorker: Worker): string;
export declare function serveSellerCentral(
  context: BrowserContext,
  pages: Record<string, string>,
): Promise<void>;
