/**
 * The boot guard's record, kept in the app's own userData folder (never in
 * the operator's files). Written to a temporary file and renamed, so a power
 * cut mid-write leaves the old record, not a broken one.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseBootRecord, type BootRecord } from '../app/kiosk/boot-guard';

export function readBootRecord(file: string): BootRecord {
  try {
    return parseBootRecord(readFileSync(file, 'utf8'));
  } catch {
    return parseBootRecord(undefined);
  }
}

/** Returns false (and leaves the old record) when the disk refuses. */
export function writeBootRecord(file: string, record: BootRecord): boolean {
  try {
    writeFileSync(`${file}.tmp`, JSON.stringify(record));
    renameSync(`${file}.tmp`, file);
    return true;
  } catch {
    return false;
  }
}
