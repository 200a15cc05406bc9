/**
 * What the admin panel may do. With the well-known default PIN (or none set,
 * which is the same), any visitor who has read the manual could reach the
 * desktop: in kiosk and signage modes the panel then cannot quit or switch
 * mode until the operator sets `adminPin` in the config file. Reload and the
 * status stay open: they are harmless and help the operator see why.
 */
import { DEFAULT_ADMIN_PIN, type Mode } from '../config/settings';

/** Whether the default PIN keeps quit and mode switch closed in `mode`. */
export function defaultPinRestricts(mode: Mode, adminPin: string): boolean {
  return mode !== 'presentation' && adminPin === DEFAULT_ADMIN_PIN;
}
