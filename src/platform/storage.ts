import { STORAGE_PREFIX } from '../config';

/** What a write reports: a full or disabled storage is a message, never a crash. */
export type WriteResult = { ok: true } | { ok: false; message: string };

/** The one wording for storage that the browser has switched off. */
export const STORAGE_OFF = 'This browser does not let the game save (storage is switched off, as in a private window), so your progress lasts only until this tab closes.';

/** A small key–value store for saves and settings. */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): WriteResult;
  remove(key: string): void;
  /** False where the browser refuses storage (private mode, a school policy): the page says so once. */
  readonly available: boolean;
}

/** localStorage under the game's prefix, failing soft. */
export class BrowserStore implements KeyValueStore {
  readonly available: boolean;
  private readonly storage: Storage | null;

  constructor() {
    this.storage = BrowserStore.probe();
    this.available = this.storage !== null;
  }

  get(key: string): string | null {
    try {
      return this.storage?.getItem(STORAGE_PREFIX + key) ?? null;
    } catch {
      return null;
    }
  }

  set(key: string, value: string): WriteResult {
    if (!this.storage) return { ok: false, message: STORAGE_OFF };
    try {
      this.storage.setItem(STORAGE_PREFIX + key, value);
      return { ok: true };
    } catch {
      return { ok: false, message: 'The browser’s storage is full, so the game could not save this step. Your game goes on; free some space to save again.' };
    }
  }

  remove(key: string): void {
    try {
      this.storage?.removeItem(STORAGE_PREFIX + key);
    } catch {
      // Nothing to remove from a storage we cannot reach.
    }
  }

  /** Reading `localStorage` itself throws where storage is switched off, so probe it once. */
  private static probe(): Storage | null {
    try {
      const storage = window.localStorage;
      storage.getItem(`${STORAGE_PREFIX}probe`);
      return storage;
    } catch {
      return null;
    }
  }
}

/** An in-memory store for tests, which can be told to behave as full. */
export class MemoryStore implements KeyValueStore {
  readonly available = true;
  readonly data = new Map<string, string>();
  full = false;

  get(key: string): string | null {
    return this.data.get(key) ?? null;
  }

  set(key: string, value: string): WriteResult {
    if (this.full) return { ok: false, message: 'The browser’s storage is full.' };
    this.data.set(key, value);
    return { ok: true };
  }

  remove(key: string): void {
    this.data.delete(key);
  }
}
