import { A, useParams } from '@solidjs/router';
import { createEffect, createMemo, For, on, Show } from 'solid-js';
import { answersToProfile } from '../../domain/questions.ts';
import { setWorksheetField } from '../../domain/worksheet/edit.ts';
import { WORKSHEET_LIMITS as L } from '../../domain/worksheet/limits.ts';
import { mergeWorksheet } from '../../domain/worksheet/merge.ts';
import { emptyWorksheet } from '../../domain/worksheet/types.ts';
import type { CaseRecord } from '../../storage/db.ts';
import { t } from '../app/i18n.ts';
import { createCaseStore, type CaseStore } from '../cases/create-case-store.ts';
import { reportPath, resultsPath } from '../cases/paths.ts';
import { CaseGate } from '../components/CaseGate.tsx';
import { SaveStatus } from '../components/SaveStatus.tsx';
import { ActionsPart } from '../worksheet/ActionsPart.tsx';
import { Assessment } from '../worksheet/Assessment.tsx';
import { createAutosave } from '../worksheet/create-autosave.ts';
import { CurrencyPicker, moneyIn } from '../worksheet/currency-picker.tsx';
import type { WorksheetEditor } from '../worksheet/editor.ts';
import { ESCALATION_QUESTION, EscalationPart } from '../worksheet/EscalationPart.tsx';
import { createUnsaved } from '../worksheet/create-unsaved.ts';
import { CheckField, TextField } from '../worksheet/fields.tsx';
import { NumberField } from '../worksheet/number-field.tsx';
import { goToPart, Part } from '../worksheet/Part.tsx';
import { PartiesPart } from '../worksheet/PartiesPart.tsx';
import { MoneyPart, OutcomesPart, PositionsPart, SwotPart } from '../worksheet/SideParts.tsx';
import { workingMessages } from '../worksheet/working.messages.ts';
import { caseSettleRate, worksheetClaim } from '../worksheet/case-costs.ts';
import { PathsPart } from '../worksheet/PathsPart.tsx';
import { pathsMessages } from '../worksheet/paths.messages.ts';
import { localizedData } from '../app/localized-data.ts';
import { worksheetMessages } from '../worksheet/worksheet.messages.ts';
import { createPageTitle } from '../app/page-title.ts';

export default function WorksheetPage() {
  const params = useParams<{ caseId: string }>();
  const store = createCaseStore(() => params.caseId);
  return <CaseGate store={store}>{(record) => <WorksheetForm record={record} store={store} />}</CaseGate>;
}

const PARTS = [
  'facts',
  'parties',
  'positions',
  'escalation',
  'money',
  'outcomes',
  'paths',
  'assessment',
  'swot',
  'actions',
] as const;

function WorksheetForm(props: { record: () => CaseRecord; store: CaseStore }) {
  const m = () => t(worksheetMessages);
  createPageTitle(() => m().title);
  // The draft is this page's; the case store merges it field by field into the stored case after each pause.
  // `base` is the stored worksheet the draft last agreed with, so a field this tab did not touch never overwrites another's.
  let base = props.record().worksheet ?? emptyWorksheet();
  const draft = createAutosave(base, (w) => props.store.setWorksheet(w, base), {
    saveBeforeLeaving: (w) => props.store.setWorksheetBeforeLeaving(w, base),
  });
  // A save (here, or in another tab) stored a new worksheet: take its fields into the draft, keeping edits not yet saved.
  createEffect(
    on(
      () => props.record().worksheet,
      (stored) => {
        if (!stored || stored === base) return;
        draft.absorb(mergeWorksheet(base, draft.value(), stored));
        base = stored;
      },
      { defer: true },
    ),
  );
  const unsaved = createUnsaved();
  const editor: WorksheetEditor = {
    worksheet: draft.value,
    update: draft.update,
    flush: draft.flush,
    markUnsaved: unsaved.mark,
  };
  const ws = draft.value;
  const money = (amount: number) => moneyIn(ws())(amount);
  const id = () => props.record().id;
  const profile = createMemo(() => answersToProfile(localizedData().questionnaire, props.record().answers));

  return (
    <section class="page worksheet">
      <h1>{m().title}</h1>
      <p class="lead">{m().lead}</p>
      <p class="ws-links">
        <A class="button" href={resultsPath(id())}>
          {m().toResults}
        </A>
        <A class="button primary" href={reportPath(id())}>
          {m().toReport}
        </A>
      </p>
      <SaveStatus error={props.store.saveError()} />
      <nav class="ws-nav" aria-label={m().sectionsNav}>
        <ul>
          <For each={PARTS}>
            {(part) => (
              <li>
                <a
                  href={`#ws-${part}`}
                  onClick={(e) => {
                    e.preventDefault();
                    goToPart(`ws-${part}`);
                  }}
                >
                  {m()[part]}
                </a>
              </li>
            )}
          </For>
        </ul>
      </nav>

      <Part id="ws-facts" title={m().facts}>
        <TextField
          label={m().factsLabel}
          long
          value={ws().facts}
          maxLength={L.longText}
          onBlur={draft.flush}
          onText={(v) => draft.update((w) => setWorksheetField(w, 'facts', v))}
        />
      </Part>
      <Part id="ws-parties" title={m().parties}>
        <PartiesPart editor={editor} />
      </Part>
      <Part id="ws-positions" title={m().positions}>
        <PositionsPart editor={editor} />
      </Part>
      <Part id="ws-escalation" title={m().escalation}>
        <EscalationPart
          answer={props.record().answers[ESCALATION_QUESTION]}
          onAnswer={(v) => void props.store.setAnswer(ESCALATION_QUESTION, v)}
        />
      </Part>
      <Part id="ws-money" title={m().money}>
        <MoneyPart
          editor={editor}
          currencyPicker={
            <CurrencyPicker
              worksheet={ws()}
              onPick={(c) => {
                draft.update((w) => setWorksheetField(w, 'currency', c));
                draft.flush();
              }}
            />
          }
        />
      </Part>
      <Part id="ws-outcomes" title={m().outcomes}>
        <NumberField
          label={m().discount}
          hint={m().discountHint}
          value={ws().discountRatePercent}
          unit={{ kind: 'percent' }}
          min={0}
          max={L.maxRatePercent}
          onBlur={draft.flush}
          onNumber={(v) => draft.update((w) => setWorksheetField(w, 'discountRatePercent', v))}
          onUnsaved={(u) => unsaved.mark('discountRatePercent', u)}
        />
        <OutcomesPart editor={editor} />
      </Part>
      <Part id="ws-paths" title={t(pathsMessages).part}>
        <PathsPart editor={editor} profile={profile()} claim={worksheetClaim(ws())} />
      </Part>
      <Part id="ws-assessment" title={m().assessment}>
        <Assessment
          worksheet={ws()}
          money={money}
          unsaved={unsaved.paths()}
          published={caseSettleRate(profile(), ws())}
          discountChoice={
            <Show when={ws().discountRatePercent}>
              <CheckField
                label={t(workingMessages).discountCosts}
                hint={t(workingMessages).discountCostsHint}
                checked={ws().discountCostsToCome === true}
                onCheck={(on) => {
                  draft.update((w) => setWorksheetField(w, 'discountCostsToCome', on || undefined));
                  draft.flush();
                }}
              />
            </Show>
          }
        />
      </Part>
      <Part id="ws-swot" title={m().swot}>
        <SwotPart editor={editor} />
      </Part>
      <Part id="ws-actions" title={m().actions}>
        <ActionsPart editor={editor} />
      </Part>
    </section>
  );
}
