import type { Beat, DecisionTaken } from './narrative/beat';

/** What the page announces; the stage and the audio layer listen. */
export interface GameEvents {
  /**
   * A new beat is on screen. `decision` is the historical decision that led straight to it, if any;
   * `decisions` are all taken so far in this playthrough and `beats` all beats shown, oldest first
   * (the last is `beat`); `restored` is true when the page redrew a saved or rewound playthrough.
   */
  beat: { beat: Beat; decision: DecisionTaken | null; decisions: readonly DecisionTaken[]; beats: readonly Beat[]; restored: boolean };
  /** A new playthrough begins. */
  restart: Record<string, never>;
  /** Reduced motion was switched on or off (from the system setting or the page). */
  motion: { reduced: boolean };
}

type Handler<T> = (payload: T) => void;

/** A small typed event bus: the page emits, scenes and services subscribe. */
export class EventBus<E extends object> {
  private readonly handlers = new Map<keyof E, Set<Handler<never>>>();
  /** The last payload of each event, so a late subscriber (the lazily loaded stage) can catch up. */
  private readonly last = new Map<keyof E, unknown>();

  on<K extends keyof E>(type: K, handler: Handler<E[K]>): () => void {
    let set = this.handlers.get(type);
    if (!set) this.handlers.set(type, (set = new Set()));
    set.add(handler as Handler<never>);
    return () => set.delete(handler as Handler<never>);
  }

  emit<K extends keyof E>(type: K, payload: E[K]): void {
    this.last.set(type, payload);
    // One failing listener (the stage, the caption, the audio) must not stop the others or the story.
    for (const handler of this.handlers.get(type) ?? []) {
      try {
        (handler as Handler<E[K]>)(payload);
      } catch (error) {
        reportError(error);
      }
    }
  }

  /** The most recent payload of an event, if it has been emitted. */
  latest<K extends keyof E>(type: K): E[K] | undefined {
    return this.last.get(type) as E[K] | undefined;
  }
}
