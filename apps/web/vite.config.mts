import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The design system's React packages set `Component.displayName = '...'` at the top level of
 * one big module. A property write counts as a side effect, so every component would stay in the
 * bundle, used or not. `displayName` only names components in React's developer tools: the
 * production build drops those lines there, and unused components go with them. (Turning off
 * property-write side effects for the whole bundle is not an option: react-dom sets `input.type`
 * that way.)
 */
function dropDesignSystemDisplayNames(): Plugin {
  const designSystem = /node_modules\/(@rijkshuisstijl-community\/components-react|@utrecht\/[^/]+-react|@utrecht\/component-library-react|@nl-design-system-candidate\/[^/]+-react)\/dist\/.*\.m?js$/;
  return {
    name: 'leerkring:drop-design-system-display-names',
    apply: 'build',
    transform(code, id) {
      if (!designSystem.test(id)) return null;
      return { code: code.replace(/^[ \t]*[\w$.]+\.displayName = (['"`])[^'"`\n]*\1;?[ \t]*$/gm, ''), map: null };
    },
  };
}

/**
 * The web app. No React plugin: Vite 8 transforms TSX with oxc, told here to use React's
 * automatic JSX runtime. The API serves the output (dist/web) at `/`.
 */
export default defineConfig({
  root: here,
  base: '/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  plugins: [dropDesignSystemDisplayNames()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 1000,
  },
  server: {
    proxy: Object.fromEntries(
      ['/graphql', '/auth', '/reports', '/health'].map((path) => [path, 'http://localhost:3000']),
    ),
  },
});
