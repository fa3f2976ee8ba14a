// Types for prerender.mjs, for vite.config.ts and the script's test; the script itself is plain JS.
export declare const PRERENDERED_PATHS: readonly string[];
export declare const BOOT_SCRIPT: string;
export declare function pageHtml(
  template: string,
  path: string,
  shot: { html: string; styles: readonly (string | null)[] },
): string;
export declare function prerender(outDir: string, options?: { executablePath?: string }): Promise<void>;
