/**
 * The one module that imports the WebExtension API: Chrome's `chrome.*` and Firefox's `browser.*`
 * behind one promise-based `browser`. Everything else in the extension imports from here (or, for
 * interface text, from i18n.ts beside it, which needs no promises).
 */
import browser from 'webextension-polyfill';

export { browser };
export type { I18n, Menus, Runtime, Tabs } from 'webextension-polyfill';
