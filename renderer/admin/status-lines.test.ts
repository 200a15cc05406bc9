import { describe, expect, it } from 'vitest';
import type { AdminStatus } from '../../app/ipc/contract';
import { statusLines, type Translate } from './status-lines';

const t: Translate = (key, values) => (values ? `${key}${JSON.stringify(values)}` : key);

const status: AdminStatus = {
  version: '0.1.0',
  host: 'electron',
  mode: 'kiosk',
  content: { origin: 'bundled', folder: '/media/usb/c', validated: false, problems: 3 },
  uptimeSeconds: 3 * 3600 + 25 * 60 + 10,
  recoveries: 2,
  hardwareAcceleration: false,
  lastErrors: [],
};

describe('statusLines', () => {
  it('shows version, content source and validation, uptime, recoveries and the GPU state', () => {
    expect(statusLines(status, t).map((l) => `${l.label}: ${l.value}`)).toEqual([
      'admin.status.version: 0.1.0',
      'admin.status.host: admin.status.hostElectron',
      'admin.status.content: admin.status.contentBundled',
      'admin.status.folder: /media/usb/c — admin.status.folderInvalid',
      'admin.status.problems: 3',
      'admin.status.uptime: admin.status.uptimeValue{"hours":3,"minutes":25}',
      'admin.status.recoveries: 2',
      'admin.status.gpu: admin.status.off',
    ]);
  });

  it('says when no folder is configured', () => {
    const lines = statusLines(
      { ...status, content: { origin: 'bundled', folder: '', validated: true, problems: 0 } },
      t,
    );
    expect(lines[3]!.value).toBe('admin.status.folderNone');
  });
});
