/**
 * Who the keyboard belongs to: the show, unless an operator's screen has
 * claimed it. App.svelte puts one owner in the context of both the show and
 * the admin layer; the admin layer claims it while its PIN pad or panel is
 * open, and the show asks it before acting on a key, so the coupling is
 * named in code rather than hidden in a marker attribute in the DOM.
 */
import { getContext, setContext } from 'svelte';

const KEY = Symbol('keyboard-owner');

export class KeyboardOwner {
  #claims = 0;

  /** An operator's screen holds the keys: the show leaves them alone. */
  get claimed(): boolean {
    return this.#claims > 0;
  }

  /** Takes the keys until the returned release is called (once; later calls do nothing). */
  claim(): () => void {
    this.#claims += 1;
    let held = true;
    return () => {
      if (held) this.#claims -= 1;
      held = false;
    };
  }
}

/** Makes `owner` the page's keyboard owner for the components below. */
export function setKeyboardOwner(owner: KeyboardOwner): KeyboardOwner {
  return setContext(KEY, owner);
}

/** The page's keyboard owner; a show mounted without one (no admin layer) owns its keys. */
export function getKeyboardOwner(): KeyboardOwner {
  return getContext<KeyboardOwner | undefined>(KEY) ?? new KeyboardOwner();
}
