import { A, useParams } from '@solidjs/router';
import { createMemo, createSignal, Show } from 'solid-js';
import { answersToProfile } from '../../domain/questions.ts';
import { combine, compareFacts } from '../../domain/together/combine.ts';
import { encodePriorities, sharedPart } from '../../domain/together/priorities-code.ts';
import { readCode } from '../../domain/together/together-link.ts';
import { compareWillingness } from '../../domain/together/willingness.ts';
import type { CaseRecord } from '../../storage/db.ts';
import { t } from '../app/i18n.ts';
import { localizedData } from '../app/localized-data.ts';
import { createCaseStore, type CaseStore } from '../cases/create-case-store.ts';
import { resultsPath } from '../cases/paths.ts';
import { componentsMessages } from '../components/components.messages.ts';
import { CaseGate } from '../components/CaseGate.tsx';
import { SaveStatus } from '../components/SaveStatus.tsx';
import { JointRanking } from '../together/JointRanking.tsx';
import { MyCode } from '../together/MyCode.tsx';
import { SideBySide } from '../together/SideBySide.tsx';
import { TheirCodeForm } from '../together/TheirCodeForm.tsx';
import { WillingnessViews } from '../together/Willingness.tsx';
import { togetherMessages } from '../together/together.messages.ts';
import { codeErrorText, groupCode } from '../together/code-text.ts';
import { createPageTitle } from '../app/page-title.ts';
import '../styles/together.css';

export default function TogetherPage() {
  const params = useParams<{ caseId: string }>();
  const store = createCaseStore(() => params.caseId);
  return <CaseGate store={store}>{(record) => <Together record={record} store={store} />}</CaseGate>;
}

function Together(props: { record: () => CaseRecord; store: CaseStore }) {
  const m = () => t(togetherMessages);
  createPageTitle(() => t(componentsMessages).chooseTogether);
  const rules = () => localizedData().rules;
  const questionnaire = () => localizedData().questionnaire;
  // My whole profile counts on my screen (the safety answer included); only its shared part goes into my code.
  const mine = createMemo(() => answersToProfile(questionnaire(), props.record().answers));
  const myCode = createMemo(() => encodePriorities(mine()));
  const theirs = createMemo(() =>
    props.record().otherPartyCode === undefined ? undefined : readCode(props.record().otherPartyCode!),
  );
  const storedError = () => {
    const read = theirs();
    return read && !read.ok ? read : undefined;
  };
  const theirProfile = () => {
    const read = theirs();
    return read?.ok ? read.profile : undefined;
  };
  const together = createMemo(() => {
    const other = theirProfile();
    return other && combine(mine(), other, rules());
  });
  const facts = createMemo(() => {
    const other = theirProfile();
    return other ? compareFacts(sharedPart(mine()), other) : [];
  });
  const willingness = createMemo(() => {
    const other = theirProfile();
    return other && compareWillingness(mine(), other);
  });
  const [status, setStatus] = createSignal<string>();
  const keep = (code: string) => {
    setStatus(undefined);
    void props.store.setOtherPartyCode(code);
  };
  // Said only once the write is stored: a reload straight after "forgotten" must not bring their answers back.
  const forget = () => {
    setStatus(undefined);
    void props.store.setOtherPartyCode(undefined).then(() => {
      if (!props.store.saveError()) setStatus(m().forgotten);
    });
  };

  return (
    <section class="page together">
      <h1>{t(componentsMessages).chooseTogether}</h1>
      <p class="lead">{m().lead}</p>
      <SaveStatus error={props.store.saveError()} />
      <MyCode code={myCode()} answered={Object.keys(sharedPart(mine())).length > 0} />

      <section class="their-side" aria-labelledby="their-title">
        <h2 id="their-title">{m().linkTitle}</h2>
        <Show when={theirs()?.ok}>
          <p class="muted small kept-code-label">{m().theirKeptCode}</p>
          <p class="code-text small-code">{groupCode(props.record().otherPartyCode!)}</p>
          <p class="muted small">{m().storedNote}</p>
        </Show>
        <Show when={storedError()}>
          {(error) => (
            <p class="notice error">
              {m().storedBroken} {codeErrorText(error())}
            </p>
          )}
        </Show>
        <Show when={theirs()}>
          <p>
            <button type="button" class="button danger" onClick={forget}>
              {m().forget}
            </button>
          </p>
        </Show>
        <p role="status">{status()}</p>
        <TheirCodeForm onCode={keep} buttonLabel={theirs() ? m().replaceCode : m().compare} />
      </section>

      <Show when={together()}>
        {(joint) => (
          <>
            <h2>{m().prioritiesTitle}</h2>
            <Show when={mine()['ctx.safety-risk'] === true}>
              <p class="notice">{m().safetyNote}</p>
            </Show>
            <SideBySide
              title={m().goalsTitle}
              rows={joint().priorities}
              rules={rules()}
              questionnaire={questionnaire()}
            />
            <SideBySide title={m().factsTitle} rows={facts()} rules={rules()} questionnaire={questionnaire()} />
            <Show when={willingness()}>
              {(views) => <WillingnessViews views={views()} questionnaire={questionnaire()} />}
            </Show>
            <JointRanking together={joint()} rules={rules()} />
          </>
        )}
      </Show>
      <p>
        <A href={resultsPath(props.record().id)}>{m().backToResults}</A>
      </p>
    </section>
  );
}
