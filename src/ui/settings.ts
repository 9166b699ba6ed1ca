import { STORAGE_KEYS, defaults, type Settings } from '../config';
import type { KeyValueStore } from '../platform/storage';

/** The smallest and largest text scale the A−/A+ buttons reach. */
export const TEXT_SCALE = { min: 0.85, max: 1.6, step: 0.15 } as const;

/** Reads the player's settings, falling back to the defaults for anything missing or malformed. */
export function loadSettings(store: KeyValueStore): Settings {
  const settings = defaults();
  try {
    const saved: unknown = JSON.parse(store.get(STORAGE_KEYS.settings) ?? '{}');
    if (typeof saved === 'object' && saved !== null) {
      const { muted, textScale, teacherMode } = saved as Partial<Record<keyof Settings, unknown>>;
      if (typeof muted === 'boolean') settings.muted = muted;
      if (typeof teacherMode === 'boolean') settings.teacherMode = teacherMode;
      if (typeof textScale === 'number' && textScale >= TEXT_SCALE.min && textScale <= TEXT_SCALE.max) settings.textScale = textScale;
    }
  } catch {
    // Unreadable settings are replaced by the defaults the next time they are saved.
  }
  return settings;
}

export function saveSettings(store: KeyValueStore, settings: Settings): void {
  store.set(STORAGE_KEYS.settings, JSON.stringify(settings));
}
