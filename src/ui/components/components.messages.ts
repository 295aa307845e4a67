import { plural } from '../../i18n/plural.ts';
import { defineMessages } from '../../i18n/messages.ts';

export const componentsMessages = defineMessages('components', {
  caseName: 'Case name',
  saveName: 'Save name',
  cancelRename: 'Cancel',
  answersUpdated: (answers: number, updated: string) =>
    `${answers} ${plural('en', answers, { one: 'answer', other: 'answers' })} · updated ${updated}`,
  continue: 'Continue',
  results: 'Results',
  worksheet: 'Worksheet',
  report: 'Report',
  chooseTogether: 'Choose the process together',
  comparisonKept: 'Comparison with the other party',
  rename: 'Rename',
  duplicate: 'Duplicate',
  delete: 'Delete',
  confirmDelete: 'Confirm delete',
  deleteThisCase: 'Delete this case?',
  yesDelete: 'Yes, delete',
  keepIt: 'Keep it',
  loadingCase: 'Loading your case…',
  caseNotFound: 'Case not found',
  caseNotFoundText:
    'This case is not saved on this device. It may have been deleted, or it was made in another browser.',
  goToCases: 'Go to your cases',
  notSure: 'Not sure',
  partOf: (part: number, parts: number, section: string) => `Part ${part} of ${parts}: ${section}`,
  progressLabel: 'Progress through the questions',
  newVersion: 'A new version of Olé is ready.',
  reload: 'Reload',
  later: 'Later',
  upgradeBlocked:
    'Olé has been updated, and an older version is still open in another tab or window. Close or reload it there to go on: your cases are safe and nothing is lost.',
});
