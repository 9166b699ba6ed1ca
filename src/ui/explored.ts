import { STORAGE_KEYS } from '../config';
import type { KeyValueStore } from '../platform/storage';

/** Which `decision.option` pairs and which endings (`ending:<id>`) this browser has reached, across all playthroughs. */
export class ExploredOptions {
  private readonly keys: Set<string>;

  constructor(private readonly store: KeyValueStore) {
    this.keys = new Set(ExploredOptions.read(store.get(STORAGE_KEYS.explored)));
  }

  /** True if this browser has taken the choice with this stable id in a finished playthrough. */
  hasChoice(id: string): boolean {
    return this.keys.has(id);
  }

  hasEnding(id: string): boolean {
    return this.keys.has(`ending:${id}`);
  }

  /** Records a finished playthrough's choice ids and ending; returns false if the browser could not store it. */
  add(choices: readonly string[], ending: string | null): boolean {
    for (const id of choices) this.keys.add(id);
    if (ending) this.keys.add(`ending:${ending}`);
    return this.store.set(STORAGE_KEYS.explored, JSON.stringify([...this.keys])).ok;
  }

  private static read(raw: string | null): string[] {
    try {
      const value: unknown = JSON.parse(raw ?? '[]');
      return Array.isArray(value) ? value.filter((key): key is string => typeof key === 'string') : [];
    } catch {
      return [];
    }
  }
}
