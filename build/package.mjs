// `npm run package`: one zip per browser from the built extension (run `npm run build` first),
// written to dist/packages/. The Firefox test variant is never packaged.
import { existsSync, readFileSync } from 'node:fs';
import webExt from 'web-ext';

const BROWSERS = ['chrome', 'firefox'];
const OUT = 'dist/packages';

const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
for (const browser of BROWSERS) {
  const sourceDir = `dist/${browser}`;
  if (!existsSync(`${sourceDir}/manifest.json`)) throw new Error(`${sourceDir} is not built; run npm run build first`);
  const { extensionPath } = await webExt.cmd.build(
    { sourceDir, artifactsDir: OUT, filename: `${name}-${version}-${browser}.zip`, overwriteDest: true },
    { shouldExitProgram: false, showReadyMessage: false },
  );
  console.log(extensionPath);
}
