import type { Connect, Plugin } from 'vite';

/**
 * A plugin that adds one middleware to `vite preview`, given the build's folder as configured:
 * both preview plugins read files from there.
 */
export function previewPlugin(
  name: string,
  middleware: (outDir: string) => Connect.NextHandleFunction,
): Plugin {
  let outDir = 'dist';
  return {
    name,
    configResolved(config) {
      outDir = config.build.outDir;
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => middleware(outDir)(req, res, next));
    },
  };
}
