import { build } from 'vite';

/**
 * Bundles `entry` for a page (Vite lib build, IIFE exposing its exports as `globalThis[name]`),
 * minified as in the extension, so that a benchmark can inject it with `addScriptTag`.
 */
export async function bundleForPage(entry: string, name: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      lib: { entry, formats: ['iife'], name, fileName: name },
      write: false,
      minify: true,
      emptyOutDir: false,
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if (!('output' in output)) continue;
    const chunk = output.output.find((o) => o.type === 'chunk');
    if (chunk && chunk.type === 'chunk') return chunk.code;
  }
  throw new Error(`Vite returned no chunk for ${entry}`);
}
