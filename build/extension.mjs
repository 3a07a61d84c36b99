// Bundles the extension: dist/chrome and dist/firefox (the same files and manifest, each loadable
// unpacked) and dist/firefox-test, the test variant Firefox needs because no test can click its
// toolbar button (host access to 127.0.0.1, the popup reachable from there, a `?target=` hook).
import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SRC = 'src/extension';

/** Pages whose scripts are ES modules, each bundled whole, so that it runs after a single fetch. */
const MODULE_PAGES = [
  [`${SRC}/popup/popup.ts`, 'popup'],
  [`${SRC}/reader/reader.ts`, 'reader'],
];
/**
 * The quotations code (mostly word lists), which the pages load with `import()` once the article is
 * shown: a module of its own, built apart. esbuild's code splitting would also move its module
 * helpers into a shared chunk that each page imports before it can run: one more fetch before the
 * popup shows anything (about 7 ms a click in the browser benchmark).
 */
const QUOTES = { entry: 'src/core/quotes/index.ts', file: 'chunks/quotes.js' };
/** Points the pages' `import()` of the quotations code at its own module. */
const quotesApart = {
  name: 'quotes-apart',
  setup(build) {
    build.onResolve({ filter: /\/core\/quotes\/index$/ }, (args) => (args.kind === 'dynamic-import' ? { path: `./${QUOTES.file}`, external: true } : undefined));
  },
};
/** Classic scripts: [entry, output name]. */
const CLASSIC_SCRIPTS = [
  [`${SRC}/background/background.ts`, 'background'],
  [`${SRC}/options/options.ts`, 'options'],
];
/**
 * Scripts injected into a tab, each a classic script whose completion value is its answer:
 * [entry, output file, global name its footer reads the report off]. content.js reads the article;
 * missing-check.js looks for paragraphs it lost, after the article is on screen.
 */
const INJECTED_SCRIPTS = [
  [`${SRC}/content/content.ts`, 'content.js', 'newsReaderContent'],
  [`${SRC}/content/missing-check.ts`, 'missing-check.js', 'newsReaderMissing'],
];

/** Must be the script's first line. */
const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad';

const FONT_DIR = 'node_modules/@fontsource/opendyslexic';

/** Static files: [source, destination]. */
const STATIC = [
  ['icons', 'icons'],
  [`${SRC}/popup/popup.html`, 'popup.html'],
  [`${SRC}/reader/reader.html`, 'reader.html'],
  [`${SRC}/ui/reader.css`, 'reader.css'],
  [`${SRC}/options/options.html`, 'options.html'],
  [`${SRC}/options/options.css`, 'options.css'],
  ['_locales', '_locales'],
  // The dyslexia-friendly font (SIL Open Font License), with its licence beside it as the licence asks.
  ...['400-normal', '400-italic', '700-normal'].map((face) => [`${FONT_DIR}/files/opendyslexic-latin-${face}.woff2`, `fonts/opendyslexic-${face}.woff2`]),
  [`${FONT_DIR}/LICENSE`, 'fonts/OpenDyslexic-LICENSE.txt'],
];

/** Where the test variant may reach: the tests' own pages on 127.0.0.1. */
const TEST_ORIGIN = 'http://127.0.0.1/*';

const TARGETS = ['chrome', 'firefox', 'firefox-test'];

export async function buildExtension() {
  const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  if (manifest.version !== version) throw new Error(`manifest.json version ${manifest.version} differs from package.json ${version}`);
  for (const target of TARGETS) await buildTarget(target, manifest);
}

async function buildTarget(target, manifest) {
  const out = join('dist', target);
  mkdirSync(out, { recursive: true });
  const testBuild = target === 'firefox-test';
  const common = {
    bundle: true,
    minify: true,
    target: ['chrome121', 'firefox142'],
    define: { TEST_BUILD: String(testBuild) },
    legalComments: 'none',
    logLevel: 'warning',
  };
  for (const [entry, name] of MODULE_PAGES) {
    await build({ ...common, entryPoints: { [name]: entry }, outdir: out, format: 'esm', plugins: [quotesApart] });
  }
  await build({ ...common, entryPoints: [QUOTES.entry], outfile: join(out, QUOTES.file), format: 'esm' });
  await build({ ...common, entryPoints: Object.fromEntries(CLASSIC_SCRIPTS.map(([entry, name]) => [name, entry])), outdir: out, format: 'iife' });
  for (const [entry, file, globalName] of INJECTED_SCRIPTS) {
    await build({
      ...common,
      entryPoints: [entry],
      outfile: join(out, file),
      format: 'iife',
      globalName,
      // The completion value of an injected file is what scripting.executeScript returns.
      footer: { js: `${globalName}.report;` },
      // V8's explicit compile hint: an injected script runs nearly all of its functions at once, so
      // compiling them up front spares parsing each twice (lazily, then when first called). Chromium
      // honours it (about 4 ms less per click in the tab); other engines read a comment.
      banner: { js: EAGER_COMPILE_HINT },
    });
  }
  for (const [from, to] of STATIC) cpSync(from, join(out, to), { recursive: true });
  writeFileSync(join(out, 'manifest.json'), JSON.stringify(testBuild ? testManifest(manifest) : manifest, null, 2) + '\n');
}

function testManifest(manifest) {
  return {
    ...manifest,
    name: `${manifest.name} (test build)`,
    host_permissions: [TEST_ORIGIN],
    web_accessible_resources: [{ resources: ['popup.html'], matches: [TEST_ORIGIN] }],
  };
}
