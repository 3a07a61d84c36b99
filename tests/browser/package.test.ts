/**
 * What the build ships: one manifest for both browsers asking for the least, icons at every size,
 * extension pages without inline script, no network code, a clean `web-ext lint`, and a zip per
 * browser. Reads dist/ as `npm run build` wrote it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, requirePath } from './harness';

const dist = (...parts: string[]) => join(ROOT, 'dist', ...parts);
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const manifest = readJson(join(ROOT, 'manifest.json'));

requirePath(dist('chrome', 'manifest.json'), 'Build the extension first: npm run build');

/** Width and height from a PNG's header. */
function pngSize(path: string): [number, number] {
  const png = readFileSync(path);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('the manifest', () => {
  it('asks for activeTab, scripting, storage and contextMenus only: no host access, no content script on every page', () => {
    expect(manifest.manifest_version).toBe(3);
    // contextMenus: "Open in reader" on pages and links (issue 7).
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions', 'content_scripts', 'web_accessible_resources']) {
      expect(manifest).not.toHaveProperty(key);
    }
  });

  it('has a background for both browsers, the shortcut and the Firefox settings, and no default popup', () => {
    // The background opens the popup at the click, having started to read the tab (reading/click-read.ts).
    expect(manifest.action).not.toHaveProperty('default_popup');
    expect(manifest.background).toEqual({ service_worker: 'background.js', scripts: ['background.js'] });
    expect(manifest.commands._execute_action.suggested_key.default).toBe('Alt+Shift+R');
    const gecko = manifest.browser_specific_settings.gecko;
    expect(gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(142);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('has icons at 16, 32, 48 and 128 px', () => {
    for (const icons of [manifest.icons, manifest.action.default_icon]) {
      expect(Object.keys(icons).sort()).toEqual(['128', '16', '32', '48']);
      for (const [size, file] of Object.entries<string>(icons)) expect(pngSize(join(ROOT, file))).toEqual([Number(size), Number(size)]);
    }
  });
});

describe('the build', () => {
  it('ships the same manifest to Chrome and Firefox, and every file it names', () => {
    for (const browser of ['chrome', 'firefox']) {
      expect(readJson(dist(browser, 'manifest.json'))).toEqual(manifest);
      const named = ['popup.html', manifest.background.service_worker, ...Object.values<string>(manifest.icons), 'content.js', 'missing-check.js', 'reader.html'];
      for (const file of named) expect(existsSync(dist(browser, file)), `${browser}/${file}`).toBe(true);
    }
  });

  it('gives only the Firefox test variant access to the tests’ own pages', () => {
    const test = readJson(dist('firefox-test', 'manifest.json'));
    expect(test.host_permissions).toEqual(['http://127.0.0.1/*']);
    expect(test.web_accessible_resources).toEqual([{ resources: ['popup.html'], matches: ['http://127.0.0.1/*'] }]);
    const { host_permissions: _h, web_accessible_resources: _w, name: _n, ...rest } = test;
    const { name: _name, ...production } = manifest;
    expect(rest).toEqual(production);
    // The popup's `?target=` hook exists only in the test variant.
    expect(readFileSync(dist('firefox-test', 'popup.js'), 'utf8')).toContain('get("target")');
    for (const browser of ['chrome', 'firefox']) expect(readFileSync(dist(browser, 'popup.js'), 'utf8')).not.toContain('get("target")');
  });

  it('has extension pages without inline script or handlers', () => {
    for (const page of ['popup.html', 'reader.html']) {
      const html = readFileSync(dist('chrome', page), 'utf8');
      const scripts = html.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) expect(script).toMatch(/^<script (?:type="module" )?src="[\w-]+\.js"[^>]*><\/script>$/);
      expect(html).not.toMatch(/\son\w+=/i);
    }
  });

  it('shows the loading state from its own markup, before any script runs', () => {
    const html = readFileSync(dist('chrome', 'popup.html'), 'utf8');
    expect(html).toMatch(/<body[^>]*data-state="loading"/);
    expect(html).toContain('Reading the page…');
  });

  it('asks V8 to compile the scripts injected into the tab up front (a comment elsewhere)', () => {
    for (const browser of ['chrome', 'firefox']) {
      for (const file of ['content.js', 'missing-check.js']) expect(readFileSync(dist(browser, file), 'utf8').split('\n', 1)[0], `${browser}/${file}`).toBe('//# allFunctionsCalledOnLoad');
    }
  });

  it('has no code that sends anything over the network', () => {
    const scripts = readdirSync(dist('chrome'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    for (const file of ['background.js', 'content.js', 'missing-check.js', 'popup.js', 'reader.js']) expect(scripts).toContain(file);
    expect(scripts).toContain('chunks/quotes.js');
    for (const file of scripts) {
      const code = readFileSync(dist('chrome', file), 'utf8');
      expect(code, file).not.toMatch(/\bfetch\(|XMLHttpRequest|sendBeacon|WebSocket|EventSource/);
    }
  });

  it('passes web-ext lint with no errors', () => {
    const bin = join(ROOT, 'node_modules/.bin/web-ext');
    let out: string;
    try {
      out = execFileSync(bin, ['lint', '--source-dir', dist('firefox'), '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
    } catch (err) {
      out = (err as { stdout: string }).stdout;
    }
    const report = JSON.parse(out);
    expect(report.errors).toEqual([]);
  });

  it('packages one zip per browser', () => {
    execFileSync('node', ['build/package.mjs'], { cwd: ROOT, stdio: 'ignore' });
    const { name, version } = readJson(join(ROOT, 'package.json'));
    const zips = ['chrome', 'firefox'].map((browser) => dist('packages', `${name}-${version}-${browser}.zip`));
    for (const zip of zips) {
      const bytes = readFileSync(zip);
      expect(bytes.readUInt32LE(0)).toBe(0x04034b50); // a zip's local file header
      for (const file of ['manifest.json', 'popup.html', 'popup.js', 'content.js', 'missing-check.js', 'background.js', 'icons/icon-16.png']) expect(bytes.includes(file), `${zip}: ${file}`).toBe(true);
    }
  });
});
