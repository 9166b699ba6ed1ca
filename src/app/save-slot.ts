import { STORAGE_KEYS } from '../config';
import type { PlaythroughRecord } from '../narrative/record';
import { parseSave, toSave, type SaveEnvelope } from '../narrative/save';
import type { KeyValueStore, WriteResult } from '../platform/storage';

/** What the save slot holds. */
export type SlotState = { kind: 'none' } | { kind: 'ok'; save: SaveEnvelope } | { kind: 'unreadable'; raw: string; message: string };

/** A save set aside: an unreadable one, one replaced by a new game, or one another tab had written. */
export interface Backup {
  /** When it was set aside (ISO). */
  keptAt: string;
  /** Why, in the player's words. */
  why: string;
  /** The save exactly as it was stored. */
  raw: string;
}

/** What a write did. `conflict`: another tab has saved this slot since this tab last did. */
export type SaveResult = WriteResult | { ok: false; conflict: true; theirs: SaveEnvelope };

/** Enough backups to undo a morning of mistakes, few enough never to fill the storage. */
const MAX_BACKUPS = 8;

/**
 * The one owner of what is saved: the current playthrough and the list of saves set aside. It never
 * overwrites silently: a save that another tab wrote is reported as a conflict, and whatever is
 * replaced goes into the backups first. A backup that cannot be written is reported, and then the
 * save it would have replaced is left where it is.
 */
export class SaveSlot {
  /** This tab, so that a save can tell who wrote it. */
  readonly tab = Math.random().toString(36).slice(2, 10);
  /** The revision this tab last wrote or read; the next write must find no newer one from another tab. */
  private revision = 0;
  /** The save exactly as this tab last wrote it: found unchanged, it needs no second reading. */
  private written: string | null = null;

  constructor(
    private readonly store: KeyValueStore,
    private readonly storyId: string,
  ) {
    // Before the list, one unreadable save was kept under a single key: keep it in the list instead.
    const old = store.get(STORAGE_KEYS.saveBackup);
    if (old !== null && this.keep(old, 'Set aside by an earlier version of the game').ok) store.remove(STORAGE_KEYS.saveBackup);
  }

  read(): SlotState {
    const raw = this.store.get(STORAGE_KEYS.save);
    if (raw === null) return { kind: 'none' };
    const parsed = parseSave(raw);
    return parsed.ok ? { kind: 'ok', save: parsed.save } : { kind: 'unreadable', raw, message: parsed.message };
  }

  /** Takes over the stored playthrough (Continue, or loading what another tab saved). */
  adopt(save: SaveEnvelope): void {
    this.revision = save.revision;
  }

  /** Saves the playthrough, unless another tab has saved since this one last did. */
  write(record: PlaythroughRecord, force = false): SaveResult {
    // A choice saves: reading back what this tab itself wrote last would only slow the choice down.
    const stored = this.written !== null && this.store.get(STORAGE_KEYS.save) === this.written ? null : this.read();
    if (!force && stored?.kind === 'ok' && stored.save.writer !== this.tab && stored.save.revision > this.revision) {
      return { ok: false, conflict: true, theirs: stored.save };
    }
    const next = Math.max(this.revision, stored?.kind === 'ok' ? stored.save.revision : 0) + 1;
    const raw = JSON.stringify(toSave(this.storyId, record, next, this.tab));
    const written = this.store.set(STORAGE_KEYS.save, raw);
    if (written.ok) {
      this.revision = next;
      this.written = raw;
    }
    return written;
  }

  /** True when a raw value from the storage event is a save written by another tab. */
  writtenElsewhere(raw: string | null): boolean {
    if (raw === null) return false;
    const parsed = parseSave(raw);
    return parsed.ok && parsed.save.writer !== this.tab && parsed.save.revision > this.revision;
  }

  /**
   * Moves the stored save into the backups and empties the slot, so that a new game can begin. Returns
   * the failure if the backup could not be written: the save then stays where it is.
   */
  setAside(why: string): WriteResult {
    const raw = this.store.get(STORAGE_KEYS.save);
    if (raw === null) return { ok: true };
    const kept = this.keep(raw, why);
    if (!kept.ok) return kept;
    this.store.remove(STORAGE_KEYS.save);
    this.revision = 0;
    // What this tab wrote may come back (another tab restores it): read it then, for its revision.
    this.written = null;
    return kept;
  }

  /** Every save set aside, newest first. */
  backups(): Backup[] {
    try {
      const value: unknown = JSON.parse(this.store.get(STORAGE_KEYS.saveBackups) ?? '[]');
      return Array.isArray(value) ? value.filter(isBackup) : [];
    } catch {
      return [];
    }
  }

  /** Puts a backup back as the current save; the save it replaces is set aside in its turn. */
  restore(position: number): WriteResult {
    const backup = this.backups()[position];
    if (!backup) return { ok: false, message: 'That earlier game is no longer there.' };
    const aside = this.setAside('Set aside when an earlier game was restored');
    if (!aside.ok) return aside;
    const remaining = this.backups().filter((entry) => entry.raw !== backup.raw || entry.keptAt !== backup.keptAt);
    const written = this.store.set(STORAGE_KEYS.save, backup.raw);
    if (!written.ok) return written;
    this.store.set(STORAGE_KEYS.saveBackups, JSON.stringify(remaining));
    const parsed = parseSave(backup.raw);
    this.revision = parsed.ok ? parsed.save.revision : 0;
    return written;
  }

  private keep(raw: string, why: string): WriteResult {
    const backups = [{ keptAt: new Date().toISOString(), why, raw }, ...this.backups()].slice(0, MAX_BACKUPS);
    const written = this.store.set(STORAGE_KEYS.saveBackups, JSON.stringify(backups));
    return written.ok ? written : { ok: false, message: 'The browser’s storage is full, so the saved game could not be set aside; it has been left as it was.' };
  }
}

function isBackup(value: unknown): value is Backup {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return typeof entry.keptAt === 'string' && typeof entry.why === 'string' && typeof entry.raw === 'string';
}
