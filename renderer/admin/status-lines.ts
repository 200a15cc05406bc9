/** The admin status screen's lines, worked out apart from the component so they can be tested. */
import type { AdminStatus } from '../../app/ipc/contract';

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export interface StatusLine {
  readonly label: string;
  readonly value: string;
}

export function statusLines(status: AdminStatus, t: Translate): StatusLine[] {
  const hours = Math.floor(status.uptimeSeconds / 3600);
  const minutes = Math.floor((status.uptimeSeconds % 3600) / 60);
  const folder =
    status.content.folder === ''
      ? t('admin.status.folderNone')
      : `${status.content.folder} — ${t(status.content.validated ? 'admin.status.folderValid' : 'admin.status.folderInvalid')}`;
  return [
    { label: t('admin.status.version'), value: status.version },
    {
      label: t('admin.status.host'),
      value: t(status.host === 'electron' ? 'admin.status.hostElectron' : 'admin.status.hostWeb'),
    },
    {
      label: t('admin.status.content'),
      value: t(
        status.content.origin === 'folder' ? 'admin.status.contentFolder' : 'admin.status.contentBundled',
      ),
    },
    { label: t('admin.status.folder'), value: folder },
    { label: t('admin.status.problems'), value: String(status.content.problems) },
    { label: t('admin.status.uptime'), value: t('admin.status.uptimeValue', { hours, minutes }) },
    { label: t('admin.status.recoveries'), value: String(status.recoveries) },
    {
      label: t('admin.status.gpu'),
      value: t(status.hardwareAcceleration ? 'admin.status.on' : 'admin.status.off'),
    },
  ];
}
