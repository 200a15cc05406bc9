/**
 * `npm run check -- --config F [--content-folder=DIR] [--screen=N] ...`: the
 * exhibitor's preflight in Node, without Electron, so it runs on any machine
 * with the repository (CI, SSH, no display). The packaged app runs the same
 * check with `--check`. Exit 0, 1 or 2 as app/config/preflight.ts says.
 */
import { fileURLToPath } from 'node:url';
import { runPreflight, userDataDir } from '../../main/preflight';

const root = fileURLToPath(new URL('../../', import.meta.url));
// npm runs scripts from the package root; INIT_CWD is where the operator typed the command.
const cwd = process.env.INIT_CWD ?? process.cwd();
const args = process.argv.slice(2).filter((arg) => arg !== '--check');

const report = await runPreflight({
  args,
  cwd,
  exeDir: root,
  userData: userDataDir('bergamo-manifattura-kiosk', process.platform, process.env),
  dataDir: `${root}data`,
});
for (const line of report.lines) console.log(line);
process.exitCode = report.exitCode;
