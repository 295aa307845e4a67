import { A, useParams } from '@solidjs/router';
import { createMemo, For, Show, type JSX } from 'solid-js';
import { analyse } from '../../domain/engine.ts';
import { answersToProfile, visibleQuestions } from '../../domain/questions.ts';
import { SIDES, SWOT_KEYS, emptyWorksheet, type SideKey, type Worksheet } from '../../domain/worksheet/types.ts';
import type { CaseRecord } from '../../storage/db.ts';
import { formatDay, formatNumber } from '../app/format.ts';
import { t } from '../app/i18n.ts';
import { localizedData } from '../app/localized-data.ts';
import { createCaseStore } from '../cases/create-case-store.ts';
import { resultsPath, worksheetPath } from '../cases/paths.ts';
import { CaseGate } from '../components/CaseGate.tsx';
import { ProtectionStep } from '../results/ProtectionStep.tsx';
import { ReportAnswers } from '../report/ReportAnswers.tsx';
import { ReportOptions } from '../report/ReportOptions.tsx';
import { ReportSummary } from '../report/ReportSummary.tsx';
import { reportMessages } from '../report/report.messages.ts';
import { Assessment } from '../worksheet/Assessment.tsx';
import { moneyIn } from '../worksheet/currency-picker.tsx';
import { sideName } from '../worksheet/editor.ts';
import { ESCALATION_QUESTION, EscalationSummary } from '../worksheet/EscalationPart.tsx';
import { worksheetMessages } from '../worksheet/worksheet.messages.ts';
import { createPageTitle } from '../app/page-title.ts';
import '../styles/report.css';
import { punctuationMessages } from '../components/punctuation.messages.ts';
import { TableScroll } from '../worksheet/TableScroll.tsx';
import { caseSettleRate, worksheetClaim } from '../worksheet/case-costs.ts';

export default function ReportPage() {
  const params = useParams<{ caseId: string }>();
  const store = createCaseStore(() => params.caseId);
  return <CaseGate store={store}>{(record) => <Report record={record} />}</CaseGate>;
}

/** A text the person wrote, or "Not filled in." */
function Said(props: { text: string | undefined; label?: string }) {
  const m = () => t(worksheetMessages);
  return (
    <Show
      when={props.text?.trim()}
      fallback={
        <p class="muted">
          {props.label ? `${props.label}: ` : ''}
          {m().notFilled}
        </p>
      }
    >
      <p class="ws-said">
        <Show when={props.label}>
          <strong>{props.label}:</strong>{' '}
        </Show>
        {props.text}
      </p>
    </Show>
  );
}

function Section(props: { id: string; title: string; children: JSX.Element }) {
  return (
    <section class="report-section" aria-labelledby={`${props.id}-h`} id={props.id}>
      <h2 id={`${props.id}-h`}>{props.title}</h2>
      {props.children}
    </section>
  );
}

function PerSide(props: { worksheet: Worksheet; children: (side: SideKey) => JSX.Element }) {
  return (
    <div class="ws-sides">
      <For each={SIDES}>
        {(side) => (
          <div class="ws-side">
            <h3>{sideName(props.worksheet, side)}</h3>
            {props.children(side)}
          </div>
        )}
      </For>
    </div>
  );
}

function Report(props: { record: () => CaseRecord }) {
  const m = () => t(worksheetMessages);
  // Also the name a browser suggests for the PDF when the report is printed.
  createPageTitle(() => `${m().reportTitle}: ${props.record().title}`);
  const ws = () => props.record().worksheet ?? emptyWorksheet();
  const money = (amount: number) => moneyIn(ws())(amount);
  const amount = (value: number | undefined) => (value === undefined ? '–' : money(value));
  // The rules and questionnaire in the interface's language, as on the results page.
  const rules = () => localizedData().rules;
  const questionnaire = () => localizedData().questionnaire;
  const profile = createMemo(() => answersToProfile(questionnaire(), props.record().answers));
  // With sensitivity: the summary says what would change the top result.
  const analysis = createMemo(() => analyse(profile(), rules()));
  const available = () => analysis().options.filter((o) => o.available);
  const asked = createMemo(() => visibleQuestions(questionnaire(), props.record().answers));

  return (
    <article class="page report">
      <h1>
        {m().reportTitle}
        {t(punctuationMessages).colon}
        {props.record().title}
      </h1>
      <p class="lead no-print">{m().reportLead}</p>
      <p class="muted no-print">{m().preparedOn(formatDay(new Date().toISOString()))}</p>
      <p class="ws-links no-print">
        <button type="button" class="button primary" onClick={() => window.print()}>
          {m().print}
        </button>
        <A class="button" href={worksheetPath(props.record().id)}>
          {m().toWorksheet}
        </A>
        <A class="button" href={resultsPath(props.record().id)}>
          {m().toResults}
        </A>
      </p>

      <Show when={analysis().protection}>{(step) => <ProtectionStep step={step()} rules={rules()} />}</Show>
      <ReportSummary
        answers={props.record().answers}
        questionnaire={questionnaire()}
        rules={rules()}
        analysis={analysis()}
        worksheet={ws()}
        money={money}
      />
      <ReportAnswers questions={asked()} answers={props.record().answers} />

      <h2 class="report-detail">{t(reportMessages).detail}</h2>
      <Section id="report-facts" title={m().facts}>
        <Said text={ws().facts} />
      </Section>
      <Section id="report-parties" title={m().parties}>
        <Show when={ws().parties?.length} fallback={<p class="muted">{m().notFilled}</p>}>
          <ul>
            <For each={ws().parties}>
              {(p) => (
                <li>
                  <strong>{p.name || '–'}</strong> ({p.kind === 'party' ? m().kindParty : m().kindStakeholder}
                  {p.side ? `, ${m().standsWith(sideName(ws(), p.side, 'inSentence'))}` : ''})
                  {p.stake ? `: ${p.stake}` : ''}
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Section>
      <Section id="report-positions" title={m().positions}>
        <PerSide worksheet={ws()}>
          {(side) => (
            <>
              <Said label={m().positionsLabel} text={ws().sides?.[side]?.positions} />
              <Said label={m().interestsLabel} text={ws().sides?.[side]?.interests} />
            </>
          )}
        </PerSide>
      </Section>
      <Section id="report-escalation" title={m().escalation}>
        <EscalationSummary answer={props.record().answers[ESCALATION_QUESTION]} />
      </Section>
      <Section id="report-money" title={m().money}>
        <TableScroll label={m().moneyBySide}>
          <table class="ws-table">
            <thead>
              <tr>
                <th scope="col">{m().side}</th>
                <th scope="col">{m().claim}</th>
                <th scope="col">{m().costsSoFar}</th>
                <th scope="col">{m().costsToCome}</th>
                <th scope="col">{m().months}</th>
              </tr>
            </thead>
            <tbody>
              <For each={SIDES}>
                {(side) => {
                  const money = () => ws().sides?.[side]?.money;
                  return (
                    <tr>
                      <th scope="row">{sideName(ws(), side)}</th>
                      <td>{amount(money()?.claim)}</td>
                      <td>{amount(money()?.costsSoFar)}</td>
                      <td>{amount(money()?.costsToCome)}</td>
                      <td>
                        {money()?.monthsToDecision === undefined ? '–' : formatNumber(money()!.monthsToDecision!)}
                      </td>
                    </tr>
                  );
                }}
              </For>
            </tbody>
          </table>
        </TableScroll>
        <p class="small muted">{m().sunkNote}</p>
      </Section>
      <Section id="report-outcomes" title={m().outcomes}>
        <Show when={ws().discountRatePercent !== undefined}>
          <p>
            {m().discount}
            {t(punctuationMessages).colon}
            {formatNumber(ws().discountRatePercent!)}
          </p>
        </Show>
        <Assessment worksheet={ws()} money={money} published={caseSettleRate(profile(), props.record().worksheet)} />
      </Section>
      <Section id="report-swot" title={m().swot}>
        <PerSide worksheet={ws()}>
          {(side) => (
            <For each={SWOT_KEYS}>{(key) => <Said label={m()[key]} text={ws().sides?.[side]?.swot?.[key]} />}</For>
          )}
        </PerSide>
      </Section>
      <Section id="report-actions" title={m().actions}>
        <Show when={ws().actions?.length} fallback={<p class="muted">{m().notFilled}</p>}>
          <table class="ws-table">
            <thead>
              <tr>
                <th scope="col">{m().step}</th>
                <th scope="col">{m().owner}</th>
                <th scope="col">{m().due}</th>
                <th scope="col">{m().done}</th>
              </tr>
            </thead>
            <tbody>
              <For each={ws().actions}>
                {(a) => (
                  <tr>
                    <td>{a.step || '–'}</td>
                    <td>{a.owner ?? '–'}</td>
                    <td>{a.due ? formatDay(a.due) : '–'}</td>
                    <td>{a.done ? m().yes : m().no}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </Show>
      </Section>
      <Section id="report-options" title={m().ranked}>
        <p class="muted">
          {m().rankedLead} {rules().ratingsLabel}
        </p>
        <ReportOptions
          options={available()}
          rules={rules()}
          profile={profile()}
          claim={worksheetClaim(props.record().worksheet)}
        />
      </Section>
    </article>
  );
}
