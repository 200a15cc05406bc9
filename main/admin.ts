/**
 * The admin panel's side in main: the PIN check (rate-limited, see
 * app/kiosk/pin-guard.ts), the session it opens, and the actions it allows.
 * Every action checks the session here, so a page that skipped the PIN pad
 * still cannot quit, reload or switch mode. Each action is logged.
 */
import type { Mode } from '../app/config/settings';
import type { AdminReply, AdminStatus, HandoutExport } from '../app/ipc/contract';
import { defaultPinRestricts } from '../app/kiosk/admin-rights';
import {
  checkPin,
  endAdminSession,
  FRESH_PIN_STATE,
  useAdminSession,
  type PinResult,
  type PinState,
} from '../app/kiosk/pin-guard';
import type { Logger } from './log';
import type { PinStore } from './pin-store';

export interface AdminActions {
  readonly quit: () => void;
  readonly reload: () => void;
  readonly setMode: (mode: Mode) => void;
  readonly status: () => AdminStatus;
  /** Writes the PDF handout to a folder the operator picks (main/handout-export.ts). */
  readonly exportHandout: () => Promise<HandoutExport>;
}

export interface AdminOptions {
  /** The mode now (it can change from the panel); decides what the default PIN allows. */
  readonly mode: () => Mode;
  /** Where the wrong-PIN back-off survives a restart (userData). */
  readonly store?: PinStore;
}

export class AdminService {
  #state: PinState;

  constructor(
    private readonly expectedPin: string,
    private readonly actions: AdminActions,
    private readonly log: Logger,
    private readonly now: () => number,
    private readonly options: AdminOptions = { mode: () => 'presentation' },
  ) {
    this.#state = options.store?.load() ?? FRESH_PIN_STATE;
  }

  #restricted(): boolean {
    return defaultPinRestricts(this.options.mode(), this.expectedPin);
  }

  verifyPin(pin: string): PinResult {
    const before = this.#state;
    const { state, result } = checkPin(this.#state, pin, this.expectedPin, this.now());
    this.#state = state;
    if (state.failures !== before.failures || state.lockedUntil !== before.lockedUntil) {
      this.options.store?.save(state);
    }
    if (result.outcome === 'accepted' && this.#restricted()) {
      this.log.warn('admin: PIN accepted, but it is the default one: quit and mode switch stay closed');
      return { outcome: 'accepted', restricted: true };
    }
    // The PIN itself is never logged.
    if (result.outcome === 'accepted') this.log.info('admin: PIN accepted, admin panel opened');
    else if (result.outcome === 'rejected')
      this.log.warn(`admin: wrong PIN (${result.attemptsLeft} tries left before a lockout)`);
    else this.log.warn(`admin: PIN pad locked for ${result.retryInSeconds} s`);
    return result;
  }

  endSession(): void {
    if (this.#state.sessionUntil > 0) this.log.info('admin: panel closed');
    this.#state = endAdminSession(this.#state);
  }

  /** Runs an admin action if a session is open. */
  #guarded<T>(what: string, action: () => T): { ok: true; value: T } | { ok: false; reason: 'locked' } {
    const { state, allowed } = useAdminSession(this.#state, this.now());
    this.#state = state;
    if (!allowed) {
      this.log.warn(`admin: ${what} refused, no admin session`);
      return { ok: false, reason: 'locked' };
    }
    if (what !== 'status') this.log.info(`admin: ${what}`);
    return { ok: true, value: action() };
  }

  /** Runs an action defined elsewhere (such as the insight export) only within an admin session. */
  guard<T>(what: string, action: () => T): { ok: true; value: T } | { ok: false; reason: 'locked' } {
    return this.#guarded(what, action);
  }

  /**
   * Like `guard`, for actions that open an OS file dialog (a way to the file system): also refused
   * while the default PIN guards a kiosk or signage screen.
   */
  guardFileDialog<T>(
    what: string,
    action: () => T,
  ): { ok: true; value: T } | { ok: false; reason: 'locked' | 'default-pin' } {
    return this.#unlessDefaultPin(what, () => this.#guarded(what, action));
  }

  status(): AdminReply<AdminStatus> {
    return this.#guarded('status', this.actions.status);
  }

  quit(): AdminReply {
    return this.#unlessDefaultPin('quit', () => this.#plain(this.#guarded('quit', this.actions.quit)));
  }

  reload(): AdminReply {
    return this.#plain(this.#guarded('reload', this.actions.reload));
  }

  setMode(mode: Mode): AdminReply {
    return this.#unlessDefaultPin(`switch to ${mode} mode`, () =>
      this.#plain(this.#guarded(`switch to ${mode} mode`, () => this.actions.setMode(mode))),
    );
  }

  /**
   * Quit, mode switch and the PDF export are refused while the default PIN guards a kiosk or
   * signage screen: the export opens the OS folder dialog, which is a way to the file system.
   */
  #unlessDefaultPin<T>(what: string, action: () => T): T | { ok: false; reason: 'default-pin' } {
    if (!this.#restricted()) return action();
    this.log.warn(
      `admin: ${what} refused: the admin PIN is the default one; set "adminPin" in the config file`,
    );
    return { ok: false, reason: 'default-pin' };
  }

  async exportHandout(): Promise<AdminReply<HandoutExport>> {
    return this.#unlessDefaultPin('export the PDF handout', async () => {
      const reply = this.#guarded('export the PDF handout', this.actions.exportHandout);
      return reply.ok ? { ok: true as const, value: await reply.value } : reply;
    });
  }

  #plain(reply: { ok: true } | { ok: false; reason: 'locked' }): AdminReply {
    return reply.ok ? { ok: true } : reply;
  }
}
