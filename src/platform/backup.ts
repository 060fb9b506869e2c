// Export of everything the extension keeps in storage.local. Import: import-plan.ts (reading a
// file) and import-apply.ts (writing it, in the background); delete-all: erasure.ts.
import { localArea } from './cached-storage';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupFile } from './import-plan';

const local = localArea;

export { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupFile, type ImportPlan, parseBackup } from './import-plan';

/** Every key in storage.local, exactly as stored (versioned values keep their envelope). */
export const readAllData = async (): Promise<Record<string, unknown>> => local().get(null);

export async function exportBackup(now: Date): Promise<BackupFile> {
  return { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, exportedAt: now.toISOString(), data: await readAllData() };
}

/** cramp-check-YYYY-MM-DD.json, dated in the runner's own time zone. */
export function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `cramp-check-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

