/**
 * The admin panel's side in main: the PIN check (rate-limited, see
 * app/kiosk/pin-guard.ts), the session it opens, and the actions it allows.
 * Every action checks the session here, so a page that skipped the PIN pad
 * still cannot quit, reload or switch mode. Each action is logged.
 */
import type { Mode } from '../app/config/settings';
import type { AdminReply, AdminStatus } from '../app/ipc/contract';
import {
  checkPin,
  endAdminSession,
  FRESH_PIN_STATE,
  useAdminSession,
  type PinResult,
  type PinState,
} from '../app/kiosk/pin-guard';
import type { Logger } from './log';

export interface AdminActions {
  readonly quit: () => void;
  readonly reload: () => void;
  readonly setMode: (mode: Mode) => void;
  readonly status: () => AdminStatus;
}

export class AdminService {
  #state: PinState = FRESH_PIN_STATE;

  constructor(
    private readonly expectedPin: string,
    private readonly actions: AdminActions,
    private readonly log: Logger,
    private readonly now: () => number,
  ) {}

  verifyPin(pin: string): PinResult {
    const { state, result } = checkPin(this.#state, pin, this.expectedPin, this.now());
    this.#state = state;
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

  status(): AdminReply<AdminStatus> {
    return this.#guarded('status', this.actions.status);
  }

  quit(): AdminReply {
    return this.#plain(this.#guarded('quit', this.actions.quit));
  }

  reload(): AdminReply {
    return this.#plain(this.#guarded('reload', this.actions.reload));
  }

  setMode(mode: Mode): AdminReply {
    return this.#plain(this.#guarded(`switch to ${mode} mode`, () => this.actions.setMode(mode)));
  }

  #plain(reply: { ok: true } | { ok: false; reason: 'locked' }): AdminReply {
    return reply.ok ? { ok: true } : reply;
  }
}
