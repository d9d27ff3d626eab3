import BackupPanel from './backup-panel';
import { ImportCases } from './import-cases';

/**
 * The case list's panels below the list: keeping the cases safe, and importing a case file. One
 * chunk, loaded once the first page is painted and taken over (cases-page.tsx); both draw
 * first-page strings only, and load what they do when asked.
 */
export default function CaseListPanels() {
  return (
    <>
      <BackupPanel />
      <ImportCases />
    </>
  );
}

export { readPersistence } from './backup-panel';
