import { describe, expect, it } from 'vitest';
import { restrictedByError, restrictedByUrl } from '../../../src/extension/popup/restricted';

describe('restrictedByUrl', () => {
  it.each([
    ['chrome://version/', 'browser-page'],
    ['chrome://extensions/?id=abc', 'browser-page'],
    ['edge://settings', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['chrome-extension://abcdefghijklmnop/popup.html', 'browser-page'],
    ['moz-extension://5b0f3c1e-7a2d-4e8b-9c61-2f4a8d3e7b10/reader.html', 'browser-page'],
    ['view-source:https://news.example/a', 'source-view'],
    ['https://chromewebstore.google.com/detail/x/abc', 'web-store'],
    ['https://chrome.google.com/webstore/detail/abc', 'web-store'],
    ['https://addons.mozilla.org/en-US/firefox/addon/x/', 'web-store'],
    ['https://microsoftedge.microsoft.com/addons/detail/x', 'web-store'],
    ['https://news.example/report.PDF', 'pdf-viewer'],
  ])('%s is %s', (url, kind) => {
    expect(restrictedByUrl(url)).toBe(kind);
  });

  it.each([
    'https://news.example/2025/01/24/putin-ready-to-talk',
    'http://127.0.0.1:8080/news.html',
    'https://chrome.google.com/search', // Google, not its store
    'https://news.example/pdf-explained.html',
    'file:///home/reader/saved-article.html', // tried; refused only without file access
  ])('%s may be read', (url) => {
    expect(restrictedByUrl(url)).toBeNull();
  });

  it('leaves an unknown address to the browser to decide', () => {
    expect(restrictedByUrl(undefined)).toBeNull();
    expect(restrictedByUrl('not a url')).toBeNull();
  });
});

describe('restrictedByError', () => {
  it('recognises the browsers’ refusals', () => {
    expect(restrictedByError('Cannot access a chrome:// URL', 'chrome://settings')).toBe('browser-page');
    expect(restrictedByError('The extensions gallery cannot be scripted.', undefined)).toBe('web-store');
    expect(restrictedByError('Cannot access contents of the page. Extension manifest must request permission to access the respective host.', undefined)).toBe('no-access');
    expect(restrictedByError('Missing host permission for the tab', 'https://news.example/a')).toBe('no-access');
  });

  it('tells a local file refused for want of file access', () => {
    const refusal = 'Cannot access contents of url "file:///tmp/a.html". Extension manifest must request permission to access this host.';
    expect(restrictedByError(refusal, 'file:///tmp/a.html')).toBe('local-file');
  });

  it('leaves other errors as errors', () => {
    expect(restrictedByError('Frame with ID 0 was removed.', 'https://news.example/a')).toBeNull();
    expect(restrictedByError('The page did not answer within 20 seconds.', 'https://news.example/a')).toBeNull();
  });
});
