// Saves every scenario's votes on this device as a file, through the browser's download: nothing is sent anywhere.
import { serializeVotesFile, votesFile, votesFileName, type VotesEntry } from '../../domain/workshop/votes-file.ts';
import type { OleDb } from '../../storage/db.ts';
import { allRoomVotes } from '../../storage/room-votes-store.ts';
import { useDb } from '../app/db.ts';
import { locale, t } from '../app/i18n.ts';
import { localizedData } from '../app/localized-data.ts';
import { rankAnswers } from './create-scenario-analysis.ts';
import { localText } from './scenario-text.ts';
import { findScenario } from './scenarios.ts';
import { workshopMessages } from './workshop.messages.ts';

/** The file's text, in the interface's language; scenarios no longer in the library are left out. */
export async function votesFileText(open: () => Promise<OleDb> = useDb, now = new Date()): Promise<string> {
  const entries = (await allRoomVotes(await open())).flatMap((record): VotesEntry[] => {
    const scenario = findScenario(record.scenarioId);
    return scenario ? [{ ...record, scenario, title: localText(scenario.title) }] : [];
  });
  const data = localizedData();
  const file = votesFile(
    entries,
    {
      language: locale(),
      questionnaire: data.questionnaire,
      rank: rankAnswers,
      optionName: (id) => data.rules.options[id].name,
      notSure: t(workshopMessages).notSure,
    },
    now,
  );
  return serializeVotesFile(file);
}

export async function downloadVotes(open: () => Promise<OleDb> = useDb, now = new Date()): Promise<void> {
  const text = await votesFileText(open, now);
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = votesFileName(now);
  link.click();
  // The download has started from the object URL by the next task; then it can go.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
