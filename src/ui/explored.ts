import { STORAGE_KEYS } from '../config';
import type { DecisionTaken } from '../narrative/beat';
import type { KeyValueStore } from '../platform/storage';

/** Which `decision.option` pairs this browser has taken, across all playthroughs. */
export class ExploredOptions {
  private readonly keys: Set<string>;

  constructor(private readonly store: KeyValueStore) {
    this.keys = new Set(ExploredOptions.read(store.get(STORAGE_KEYS.explored)));
  }

  has(decision: string, option: string): boolean {
    return this.keys.has(`${decision}.${option}`);
  }

  /** Records the decisions taken; returns false if the browser could not store them. */
  add(decisions: readonly DecisionTaken[]): boolean {
    for (const taken of decisions) this.keys.add(`${taken.decision}.${taken.option}`);
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
