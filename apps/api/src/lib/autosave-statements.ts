// Who hears of a database's autosave statements: the metrics plugin, for assay_autosave_batch_size.
// The responses repository says, for each statement it sends, how many saves it carries; a
// listener is attached to one database handle (so two apps on two databases never mix counts).

export type AutosaveRespondent = 'user' | 'guest';
type Listener = (respondent: AutosaveRespondent, saves: number) => void;

const listeners = new WeakMap<object, Set<Listener>>();

/** Calls `listener` with the saves of each autosave statement sent on `database`; returns what stops it. */
export function onAutosaveStatement(database: object, listener: Listener): () => void {
  let set = listeners.get(database);
  if (!set) {
    set = new Set();
    listeners.set(database, set);
  }
  set.add(listener);
  return () => set.delete(listener);
}

/** An autosave statement carrying `saves` saves is being sent on `database`. */
export function autosaveStatementSent(database: object, respondent: AutosaveRespondent, saves: number): void {
  const set = listeners.get(database);
  if (set) for (const listener of set) listener(respondent, saves);
}
