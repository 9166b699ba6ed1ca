import { describe, expect, it } from 'vitest';
import { SaveSlot } from '../../src/app/save-slot';
import { STORAGE_KEYS } from '../../src/config';
import type { PlaythroughRecord } from '../../src/narrative/record';
import { MemoryStore } from '../../src/platform/storage';

const record = (choices: string[]): PlaythroughRecord => ({ route: 'full', fortune: 1, choices, ending: null, reasons: {}, reflection: '' });

describe('the save slot', () => {
  it('saves, and reads back what it saved', () => {
    const slot = new SaveSlot(new MemoryStore(), 'story-a');
    expect(slot.write(record(['ban.for'])).ok).toBe(true);
    const read = slot.read();
    expect(read.kind === 'ok' && read.save.record.choices).toEqual(['ban.for']);
  });

  it('never overwrites a game another tab has saved since, and reports the conflict', () => {
    const store = new MemoryStore();
    const a = new SaveSlot(store, 'story-a');
    const b = new SaveSlot(store, 'story-a');
    a.write(record(['ban.for']));
    const shared = b.read();
    if (shared.kind !== 'ok') throw new Error('no save');
    b.adopt(shared.save);
    b.write(record(['ban.for', 'gensec.limit', 'georgia.union']));
    expect(b.writtenElsewhere(store.get(STORAGE_KEYS.save))).toBe(false);
    expect(a.writtenElsewhere(store.get(STORAGE_KEYS.save))).toBe(true);
    const result = a.write(record(['ban.against']));
    expect(result.ok).toBe(false);
    expect('conflict' in result && result.theirs.record.choices).toHaveLength(3);
    const kept = a.read();
    expect(kept.kind === 'ok' && kept.save.record.choices).toHaveLength(3);
  });

  it('sets a game aside before a new one, and restores it, keeping the one it replaces', () => {
    const slot = new SaveSlot(new MemoryStore(), 'story-a');
    slot.write(record(['ban.for', 'gensec.limit']));
    expect(slot.setAside('Set aside when a new game began').ok).toBe(true);
    expect(slot.read().kind).toBe('none');
    slot.write(record(['ban.against']));
    expect(slot.backups()).toHaveLength(1);
    expect(slot.restore(0).ok).toBe(true);
    const now = slot.read();
    expect(now.kind === 'ok' && now.save.record.choices).toEqual(['ban.for', 'gensec.limit']);
    expect(slot.backups().map((backup) => backup.why)).toEqual(['Set aside when an earlier game was restored']);
  });

  it('notices another tab’s game after its own was set aside and put back there', () => {
    const store = new MemoryStore();
    const a = new SaveSlot(store, 'story-a');
    const b = new SaveSlot(store, 'story-a');
    a.write(record(['ban.for']));
    a.write(record(['ban.for', 'gensec.limit']));
    a.setAside('Set aside when a new game began');
    // The other tab restores that very save, exactly as this tab last wrote it.
    expect(b.restore(0).ok).toBe(true);
    a.write(record(['ban.against']));
    expect(b.writtenElsewhere(store.get(STORAGE_KEYS.save))).toBe(true);
    expect('conflict' in b.write(record(['ban.for', 'gensec.limit', 'georgia.union']))).toBe(true);
  });

  it('keeps many backups, never one in place of another', () => {
    const store = new MemoryStore();
    store.set(STORAGE_KEYS.save, '{"broken');
    const slot = new SaveSlot(store, 'story-a');
    slot.setAside('Could not be read');
    store.set(STORAGE_KEYS.save, '{"broken too');
    slot.setAside('Could not be read');
    expect(slot.backups().map((backup) => backup.raw)).toEqual(['{"broken too', '{"broken']);
  });

  it('leaves the save where it is, and says so, when the backup cannot be written', () => {
    const store = new MemoryStore();
    store.set(STORAGE_KEYS.save, '{"unreadable');
    const slot = new SaveSlot(store, 'story-a');
    store.full = true;
    const aside = slot.setAside('Could not be read');
    expect(aside.ok).toBe(false);
    expect(!aside.ok && aside.message).toMatch(/could not be set aside/);
    expect(store.get(STORAGE_KEYS.save)).toBe('{"unreadable');
  });

  it('moves the old single backup into the list', () => {
    const store = new MemoryStore();
    store.set(STORAGE_KEYS.saveBackup, '{"old backup');
    const slot = new SaveSlot(store, 'story-a');
    expect(slot.backups().map((backup) => backup.raw)).toEqual(['{"old backup']);
    expect(store.get(STORAGE_KEYS.saveBackup)).toBeNull();
  });
});
