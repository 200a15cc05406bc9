/**
 * Switches that open the app to inspection or weaken it, which a packaged
 * kiosk refuses to start with. Fuses cover Node's own `--inspect` only in the
 * shipped flavour, and nothing covers Chromium's `--remote-debugging-port`
 * (a full devtools protocol on a TCP port) or `--no-sandbox`. The e2e flavour
 * is exempt: Playwright starts Electron with `--inspect=0` and
 * `--remote-debugging-port=0`.
 */

/** Chromium reads `-name` like `--name` (base/command_line.cc, switch prefixes). */
const SWITCH = /^--?([a-z][a-z0-9-]*)(?:=.*)?$/s;

function refused(name: string): boolean {
  return (
    name.startsWith('inspect') ||
    name === 'remote-debugging-port' ||
    name === 'remote-debugging-pipe' ||
    name === 'remote-debugging-address' ||
    name === 'no-sandbox'
  );
}

/** The arguments in `argv` (as given) that a packaged build must not start with. */
export function inspectionSwitches(argv: readonly string[]): string[] {
  return argv.slice(1).filter((arg) => {
    const name = SWITCH.exec(arg)?.[1];
    return name !== undefined && refused(name);
  });
}
