/** Reading settings in `storage.sync`, so they follow the reader to their other browsers. */
import { browser } from '../platform/browser';
import { parseSettings, type ReaderSettings } from './settings';

const KEY = 'readerSettings';

export async function loadSettings(): Promise<ReaderSettings> {
  try {
    return parseSettings((await browser.storage.sync.get(KEY))[KEY]);
  } catch {
    return parseSettings(undefined); // sync storage can be turned off by policy: read with the defaults
  }
}

export async function saveSettings(settings: ReaderSettings): Promise<void> {
  await browser.storage.sync.set({ [KEY]: settings });
}

/** Calls `listener` when the settings change in another extension page (or another browser). */
export function onSettingsChanged(listener: (settings: ReaderSettings) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && KEY in changes) listener(parseSettings(changes[KEY]!.newValue));
  });
}
