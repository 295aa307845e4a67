import { formatShortList } from '../app/format.ts';
import { Index, Show, type JSX } from 'solid-js';
import type { DirectoryEntry } from '../../domain/matching/filters.ts';
import { useShortlist } from './create-shortlist.ts';
import { certificationLabel, countryName, languageName, areaLabel } from './labels.ts';
import { t } from '../app/i18n.ts';
import { directoryMessages } from './directory.messages.ts';

/** A directory result: who, where, which languages, certification and digest state at a glance. */
export function MediatorCard(props: { entry: DirectoryEntry; children?: JSX.Element }) {
  const shortlist = useShortlist();
  const m = () => t(directoryMessages);
  const p = () => props.entry.profile;
  return (
    <article class="mediator-card" aria-labelledby={`m-${p().id}`}>
      <h3 id={`m-${p().id}`}>
        {/* A plain link (the router still handles it): its <A> was a third of a card's making. */}
        <a href={`/mediators/${p().id}`}>
          <bdi>{p().name}</bdi>
        </a>
      </h3>
      <p class="small">
        <Show when={p().demo}>
          <span class="demo-badge">{m().demo}</span>{' '}
        </Show>
        <Show when={props.entry.status.certified} fallback={<span class="warn-text">{m().notCurrentlyCertified}</span>}>
          {p()
            .certifications.map((c) => certificationLabel(c.kind))
            .join(' · ')}
        </Show>
        <Show when={props.entry.status.digest === 'stale'}>
          {' '}
          · <span class="warn-text">{m().digestOutOfDate}</span>
        </Show>
      </p>
      <p class="small muted">
        {formatShortList(p().locations.map((l) => countryName(l.country)))} ·{' '}
        {formatShortList(p().languages.map(languageName))}
      </p>
      <p class="small">{formatShortList(p().practiceAreas.map((a) => areaLabel(a)))}</p>
      {props.children}
      <button
        type="button"
        class="button small"
        aria-pressed={shortlist.has(p().id)}
        onClick={() => void shortlist.toggle(p().id)}
      >
        {shortlist.has(p().id) ? m().onShortlist : m().shortlist}
        <span class="visually-hidden"> {p().name}</span>
      </button>
    </article>
  );
}

export function MediatorList(props: { entries: readonly DirectoryEntry[] }) {
  return (
    <ul class="mediator-list">
      {/* By position: a new answer fills the cards already there instead of making twelve new ones per keystroke. */}
      <Index each={props.entries}>
        {(entry) => (
          <li>
            <MediatorCard entry={entry()} />
          </li>
        )}
      </Index>
    </ul>
  );
}
