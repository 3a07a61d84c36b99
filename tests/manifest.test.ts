/**
 * The manifest stays honest: the production manifest asks for no more than the extension needs,
 * and the built bundles hold no code that talks to a remote address. Reads manifest.json and the
 * production builds in dist/chrome and dist/firefox (`npm run build` writes them).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const PRODUCTION_BUILDS = ['dist/chrome', 'dist/firefox'];

/** The permissions the extension may ask for: the click's access, injecting the script, the session cache. */
const ALLOWED_PERMISSIONS = ['activeTab', 'scripting', 'storage'];
/** Allowed only if the extension adds a context menu. */
const CONTEXT_MENU_PERMISSION = 'contextMenus';

/** Manifest keys that reach beyond the tab the reader clicked on, or reach out to the network. */
const FORBIDDEN_KEYS = ['host_permissions', 'optional_host_permissions', 'content_scripts', 'externally_connectable', 'update_url'];

/** Addresses that appear in bundles as names, never as places to connect to. */
const HARMLESS_ADDRESSES = [
  'http://www.w3.org/1999/xhtml', // namespace URIs: DOMPurify and Readability compare element namespaces
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/XML/1998/namespace',
  'http://www.w3.org/2000/xmlns/',
];

/** URL match patterns (a host of `*`, as context menus use) name pages; nothing can connect to them. */
const MATCH_PATTERN = /^[a-z]+:\/\/\*(?:\/|\.)/;

/** Ways code sends a request, or arranges for one. */
const NETWORK_APIS: Array<[string, RegExp]> = [
  ['fetch()', /\bfetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['importScripts', /\bimportScripts\s*\(/],
  ['WebTransport', /\bWebTransport\b/],
  ['RTCPeerConnection', /\bRTCPeerConnection\b/],
  ['setUninstallURL()', /\bsetUninstallURL\s*\(/], // a call; the polyfill lists the name in its API table
];

/** Remote addresses written into code or markup: scheme URLs, and protocol-relative ones in HTML and CSS. */
const ADDRESS = /\b(?:https?|wss?|ftp):\/\/[^\s"'`<>()\\]+/g;
const PROTOCOL_RELATIVE = /(?:\b(?:src|href|action|data|poster)\s*=\s*["']?|url\(\s*["']?|@import\s+["'])\/\/[^\s"'`<>()]+/g;

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Whether the built background script creates a context menu (the one reason for contextMenus). */
function createsContextMenu(): boolean {
  const background = join(ROOT, 'dist/chrome/background.js');
  return existsSync(background) && /\b(?:contextMenus|menus)\.create\s*\(/.test(readFileSync(background, 'utf8'));
}

/** What a manifest asks for beyond the allowed; empty when it is honest. */
function excessOf(manifest: Record<string, unknown>, hasContextMenu = createsContextMenu()): string[] {
  const excess: string[] = [];
  const allowed = new Set(ALLOWED_PERMISSIONS);
  if (hasContextMenu) allowed.add(CONTEXT_MENU_PERMISSION);
  for (const key of ['permissions', 'optional_permissions']) {
    const asked = manifest[key];
    if (asked === undefined) continue;
    if (!Array.isArray(asked)) excess.push(`${key} is not a list`);
    else for (const p of asked) if (!allowed.has(String(p))) excess.push(`${key}: ${String(p)}`);
  }
  for (const key of FORBIDDEN_KEYS) {
    const value = manifest[key];
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) excess.push(key);
  }
  const gecko = (manifest.browser_specific_settings as { gecko?: Record<string, unknown> } | undefined)?.gecko;
  if (gecko?.update_url !== undefined) excess.push('browser_specific_settings.gecko.update_url');
  const csp = JSON.stringify(manifest.content_security_policy ?? '');
  if (/https?:|wss?:|\*|unsafe-/.test(csp)) excess.push(`content_security_policy loosened: ${csp}`);
  return excess;
}

/** Code or markup in `text` that could send a request to a remote address. */
function remoteTraffic(text: string, file: string): string[] {
  const found: string[] = [];
  if (file.endsWith('.js')) for (const [name, pattern] of NETWORK_APIS) if (pattern.test(text)) found.push(`${name} in ${file}`);
  for (const address of text.match(ADDRESS) ?? []) {
    if (!HARMLESS_ADDRESSES.includes(address) && !MATCH_PATTERN.test(address)) found.push(`${address} in ${file}`);
  }
  if (/\.(html|css)$/.test(file)) for (const m of text.match(PROTOCOL_RELATIVE) ?? []) found.push(`${m} in ${file}`);
  return found;
}

describe('the production manifest', () => {
  const manifestPath = join(ROOT, 'manifest.json');

  it('asks for activeTab, scripting and storage only, with no host access or content scripts', () => {
    expect(existsSync(manifestPath), 'manifest.json is missing').toBe(true);
    const manifest = readJson(manifestPath);
    expect(excessOf(manifest)).toEqual([]);
    expect(manifest.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting']));
  });

  it.each(PRODUCTION_BUILDS)('is what %s ships, unchanged', (build) => {
    const built = join(ROOT, build, 'manifest.json');
    expect(existsSync(built), `${build} is missing: npm run build`).toBe(true);
    expect(readJson(built)).toEqual(readJson(manifestPath));
  });

  it('check is live: it catches each kind of overreach', () => {
    const base = readJson(manifestPath);
    const overreach: Array<Record<string, unknown>> = [
      { permissions: ['activeTab', 'tabs'] },
      { permissions: ['activeTab', 'contextMenus'] }, // without a context menu in the build
      { permissions: ['activeTab', '<all_urls>'] },
      { optional_permissions: ['history'] },
      { host_permissions: ['https://*/*'] },
      { optional_host_permissions: ['*://*/*'] },
      { content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'] }] },
      { externally_connectable: { matches: ['https://example.org/*'] } },
      { content_security_policy: { extension_pages: "script-src 'self' https://cdn.example" } },
      { browser_specific_settings: { gecko: { id: 'x@y', update_url: 'https://example.org/updates.json' } } },
    ];
    for (const change of overreach) expect(excessOf({ ...base, ...change }, false), JSON.stringify(change)).not.toEqual([]);
    expect(excessOf({ ...base, permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'] }, true)).toEqual([]);
  });
});

describe('the built bundles', () => {
  it.each(PRODUCTION_BUILDS)('%s sends no request to a remote address', (build) => {
    const dir = join(ROOT, build);
    expect(existsSync(dir), `${build} is missing: npm run build`).toBe(true);
    const texts = files(dir).filter((f) => /\.(js|mjs|html|css|json)$/.test(f));
    expect(texts.some((f) => f.endsWith('.js'))).toBe(true);
    const found = texts.flatMap((f) => remoteTraffic(readFileSync(f, 'utf8'), relative(ROOT, f)));
    expect(found).toEqual([]);
  });

  it('check is live: it catches each way of reaching out', () => {
    const samples = [
      ['x.js', 'fetch("https://stats.example/p")'],
      ['x.js', 'fetch(base+path)'],
      ['x.js', 'const r=new XMLHttpRequest;r.open("POST",u)'],
      ['x.js', 'navigator.sendBeacon(u,d)'],
      ['x.js', 'new WebSocket(u)'],
      ['x.js', 'new EventSource(u)'],
      ['x.js', 'importScripts(u)'],
      ['x.js', 'chrome.runtime.setUninstallURL(u)'],
      ['x.js', 'img.src="https://pixel.example/t.gif"'],
      ['x.html', '<script src="//cdn.example/lib.js"></script>'],
      ['x.css', '@import url(//fonts.example/css);'],
      ['x.css', '@import "//fonts.example/css";'],
      ['x.json', '{"endpoint":"wss://live.example/socket"}'],
    ];
    for (const [file, text] of samples) expect(remoteTraffic(text!, file!), text).not.toEqual([]);
    expect(remoteTraffic('el.namespaceURI==="http://www.w3.org/2000/svg"', 'x.js')).toEqual([]);
    expect(remoteTraffic('documentUrlPatterns:["http://*/*","https://*.example.org/*"]', 'x.js')).toEqual([]);
    expect(remoteTraffic('img.src="https://*evil.example/x"', 'x.js')).not.toEqual([]);
  });
});
