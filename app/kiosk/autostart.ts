/**
 * Starting at login. Windows and macOS have a login-item API; Linux desktops
 * read a `.desktop` file from the user's autostart folder (XDG), written by
 * the host into the user's own config, never into the operator's files.
 */

export type AutostartMethod = 'login-item' | 'desktop-entry' | 'unsupported';

export function autostartMethod(platform: string): AutostartMethod {
  if (platform === 'win32' || platform === 'darwin') return 'login-item';
  if (platform === 'linux') return 'desktop-entry';
  return 'unsupported';
}

/** Quotes one argument of a desktop entry's Exec line (Desktop Entry spec, "Exec key"). */
export function quoteExecArgument(arg: string): string {
  if (/^[\w@%+=:,./-]+$/.test(arg)) return arg;
  return `"${arg.replace(/(["`$\\])/g, '\\$1')}"`;
}

/** The text of the autostart `.desktop` file. */
export function desktopEntry(name: string, exec: string, args: readonly string[]): string {
  const command = [exec, ...args].map(quoteExecArgument).join(' ').replace(/%/g, '%%');
  return [
    '[Desktop Entry]',
    'Type=Application',
    `Name=${name.replace(/[\r\n]/g, ' ')}`,
    `Exec=${command}`,
    'X-GNOME-Autostart-enabled=true',
    'Terminal=false',
    '',
  ].join('\n');
}
