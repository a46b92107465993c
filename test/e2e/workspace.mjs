// The workspace the extension's suite opens: real reports (test/fixtures/seeds) laid out as a user's
// folder would be. Written fresh into a temporary folder for every run; nothing in the repository is
// ever opened or changed by the suite.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './tools.mjs';

const SEEDS = join(ROOT, 'test', 'fixtures', 'seeds');

function seedFile(prefix) {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!name) throw new Error(`no seed ${prefix} in ${SEEDS}`);
  return join(SEEDS, name);
}

/**
 * reports/NNN.govreport.txt   the five seeds, named as reports
 * plain/report-NNN.txt        seeds as plain .txt (detected by their opening)
 * plain/notes.txt             a .txt that is no report
 * unopened/broken.txt         seed 002 with a wrong total, only ever checked by "check workspace"
 * documents/NNN.docx          seeds 001 and 002 as Word documents (002 with automatic numbering)
 * documents/broken.docx       a .docx that is no zip
 * scratch/                    copies the tests change and save
 */
export function prepareWorkspace(dir, settings = {}) {
  for (const sub of ['reports', 'plain', 'unopened', 'documents', 'scratch', '.vscode']) mkdirSync(join(dir, sub), { recursive: true });
  for (const n of ['000', '001', '002', '003', '004']) copyFileSync(seedFile(n), join(dir, 'reports', `${n}.govreport.txt`));
  for (const n of ['000', '001', '003', '004']) copyFileSync(seedFile(n), join(dir, 'plain', `report-${n}.txt`));
  writeFileSync(join(dir, 'plain', 'notes.txt'), '会议记录\n一、出席人员\n二、议题\n下周二上午九点开会。\n');
  copyFileSync(join(ROOT, 'test', 'fixtures', 'docx', '002.numbered.libreoffice.docx'), join(dir, 'documents', '002.docx'));
  copyFileSync(join(ROOT, 'test', 'fixtures', 'docx', '001.libreoffice.docx'), join(dir, 'documents', '001.docx'));
  writeFileSync(join(dir, 'documents', 'broken.docx'), 'PK\u0003\u0004 this is not a zip archive');
  const broken = readFileSync(seedFile('002'), 'utf8').replace('\t178\n', '\t180\n');
  writeFileSync(join(dir, 'unopened', 'broken.txt'), broken);
  writeFileSync(
    join(dir, '.vscode', 'settings.json'),
    JSON.stringify(
      {
        'files.autoSave': 'off',
        'workbench.startupEditor': 'none',
        'git.enabled': false,
        // Keep the workbench quiet offline: no chat panel, no tips.
        'chat.disableAIFeatures': true,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'workbench.tips.enabled': false,
        ...settings,
      },
      null,
      2,
    ),
  );
  return dir;
}
