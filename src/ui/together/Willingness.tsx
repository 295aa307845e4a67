import { Show } from 'solid-js';
import type { Level } from '../../domain/factors.ts';
import type { Questionnaire } from '../../domain/questions.ts';
import { VIEW_OF_OTHER, type Willingness } from '../../domain/together/willingness.ts';
import { t } from '../app/i18n.ts';
import { valueWords } from './code-text.ts';
import { togetherMessages } from './together.messages.ts';

/** Each side's view of the other's willingness, read from each side, with what a mediator would make of the two. */
export function WillingnessViews(props: { views: Willingness; questionnaire: Questionnaire }) {
  const m = () => t(togetherMessages);
  const words = (level: Level | undefined) =>
    level === undefined
      ? m().notAnswered
      : m().quoted(valueWords(props.questionnaire, VIEW_OF_OTHER, level) ?? String(level));
  return (
    <section class="willingness" aria-labelledby="willingness-title" data-reading={props.views.reading}>
      <h3 id="willingness-title">{m().willTitle}</h3>
      <p>{m().willLead}</p>
      <table class="together-table">
        <tbody>
          <tr data-view="yours">
            <th scope="row">{m().willYours}</th>
            <td>{words(props.views.youSeeThem)}</td>
          </tr>
          <tr data-view="theirs">
            <th scope="row">{m().willTheirs}</th>
            <td>{words(props.views.theySeeYou)}</td>
          </tr>
        </tbody>
      </table>
      <p class="willingness-reading">{m()[props.views.reading]}</p>
      <Show when={props.views.seenAsRefusing}>
        <p class="notice">{m().willRefusal}</p>
      </Show>
    </section>
  );
}
