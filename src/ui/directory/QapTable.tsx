import { For } from 'solid-js';
import type { QapsStandard } from '../../domain/registry/standards.ts';
import { locale, t } from '../app/i18n.ts';
import { standardsMessages } from '../pages/standards.messages.ts';
import { certificationLabel } from './labels.ts';

/** "IMI Certified Mediator and Mediation advocate", in the interface's language. */
const listOf = (words: readonly string[]) => new Intl.ListFormat(locale(), { type: 'conjunction' }).format(words);

/** The Qualifying Assessment Programs: each programme's name and region, and the certifications it assesses by name. */
export function QapTable(props: { qaps: QapsStandard }) {
  const m = () => t(standardsMessages);
  return (
    <section class="table-scroll" tabindex="0" aria-label={m().qaps}>
      <table>
        <thead>
          <tr>
            <th scope="col">{m().program}</th>
            <th scope="col">{m().region}</th>
            <th scope="col">{m().assesses}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.qaps.qaps}>
            {(qap) => (
              <tr data-qap={qap.id}>
                <td>{qap.name}</td>
                <td>{qap.region}</td>
                <td>{listOf(qap.kinds.map(certificationLabel))}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}
