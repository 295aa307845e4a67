import { A, useParams } from '@solidjs/router';
import { createResource, Show } from 'solid-js';
import { certificationStatus } from '../../domain/registry/certification-status.ts';
import { loadMediator } from '../../storage/registry-store.ts';
import { useDb } from '../app/db.ts';
import { CertificationBadges } from '../directory/CertificationBadges.tsx';
import { DigestView } from '../directory/DigestView.tsx';
import { FeedStatus } from '../directory/FeedStatus.tsx';
import { useFeedSync } from '../directory/create-feed-sync.ts';
import { useShortlist } from '../directory/create-shortlist.ts';
import {
  countryName,
  evaluationLabel,
  formatLabel,
  languageName,
  areaLabel,
  styleLabel,
  ymiRoleLabel,
} from '../directory/labels.ts';
import { locale, t } from '../app/i18n.ts';
import { formatList, formatNumber } from '../app/format.ts';
import { directoryMessages } from '../directory/directory.messages.ts';
import { profileMessages } from '../directory/profile.messages.ts';
import { WeighedFacts } from '../directory/WeighedFacts.tsx';
import { otherLanguage } from '../directory/weighed-text.ts';
import { ConflictsOfInterest } from '../directory/ConflictsOfInterest.tsx';
import { createPageTitle } from '../app/page-title.ts';

export default function MediatorPage() {
  const params = useParams<{ mediatorId: string }>();
  const sync = useFeedSync();
  const shortlist = useShortlist();
  const m = () => t(directoryMessages);
  const [entry] = createResource(
    () => [params.mediatorId, sync.dataVersion()] as const,
    async ([id]) => {
      const found = await loadMediator(await useDb(), id);
      if (!found.profile) return null;
      const status = certificationStatus(
        found.profile,
        found.digest,
        found.revocation ? [found.revocation] : [],
        new Date().toISOString(),
      );
      return { ...found, profile: found.profile, status };
    },
  );

  createPageTitle(() => {
    const found = entry();
    if (found === undefined) return m().loading;
    if (found === null) return m().mediatorNotFound;
    return found.status.revoked ? m().noLongerListed : found.profile.name;
  });

  return (
    <section class="page narrow mediator-page">
      <Show when={entry() !== undefined} fallback={<p aria-busy="true">{m().loading}</p>}>
        <Show
          when={entry()}
          fallback={
            <>
              <h1>{m().mediatorNotFound}</h1>
              <p>{m().mediatorNotFoundText}</p>
              <FeedStatus />
              <A class="button" href="/mediators">
                {m().searchDirectory}
              </A>
            </>
          }
        >
          {(found) => (
            <Show
              when={!found().status.revoked}
              fallback={
                <>
                  <h1>{m().noLongerListed}</h1>
                  <p>{m().withdrawnText}</p>
                  <A class="button" href="/mediators">
                    {m().searchDirectory}
                  </A>
                </>
              }
            >
              <header class="profile-head">
                <h1>
                  <bdi>{found().profile.name}</bdi>
                </h1>
                <Show when={found().profile.demo}>
                  <span class="demo-badge">{m().demoProfile}</span>
                </Show>
              </header>
              <CertificationBadges profile={found().profile} status={found().status} />
              <p class="profile-actions">
                <button
                  type="button"
                  class="button primary"
                  aria-pressed={shortlist.has(found().profile.id)}
                  onClick={() => void shortlist.toggle(found().profile.id)}
                >
                  {shortlist.has(found().profile.id) ? m().onYourShortlist : m().addToShortlist}
                </button>
                <A class="button" href="/mediators/shortlist">
                  {m().shortlistCount(shortlist.ids().length)}
                </A>
              </p>
              <p lang={found().profile.bioLanguage} dir="auto">
                {found().profile.bio}
              </p>
              <Show when={otherLanguage(found().profile.bioLanguage)}>
                {(language) => <p class="muted small">{t(profileMessages).bioIn(languageName(language()))}</p>}
              </Show>
              <dl class="profile-facts">
                <div>
                  <dt>{m().worksIn}</dt>
                  <dd>
                    {found()
                      .profile.locations.map((l) =>
                        l.city ? `${l.city}, ${countryName(l.country)}` : countryName(l.country),
                      )
                      .join(' · ')}
                  </dd>
                </div>
                <div>
                  <dt>{m().languages}</dt>
                  <dd>{found().profile.languages.map(languageName).join(', ')}</dd>
                </div>
                <div>
                  <dt>{m().practiceAreas}</dt>
                  <dd>
                    {found()
                      .profile.practiceAreas.map((a) => areaLabel(a))
                      .join(', ')}
                  </dd>
                </div>
                <div>
                  <dt>{m().style}</dt>
                  <dd>
                    {found()
                      .profile.styles.map((s) => styleLabel(s))
                      .join(', ')}{' '}
                    · {evaluationLabel(found().profile.givesEvaluations)}
                  </dd>
                </div>
                <div>
                  <dt>{m().format}</dt>
                  <dd>
                    {found()
                      .profile.formats.map((f) => formatLabel(f))
                      .join(', ')}
                    {found().profile.coMediation ? m().coMediation : ''}
                    {found().profile.multiParty ? m().multiParty : ''}
                  </dd>
                </div>
                <Show
                  when={found().profile.yearsPractising !== undefined || found().profile.mediationsCount !== undefined}
                >
                  <div>
                    <dt>{m().experienceSelf}</dt>
                    <dd>
                      <Show when={found().profile.yearsPractising !== undefined}>
                        {m().years(found().profile.yearsPractising!)}
                      </Show>
                      <Show
                        when={
                          found().profile.yearsPractising !== undefined && found().profile.mediationsCount !== undefined
                        }
                      >
                        {' '}
                        ·{' '}
                      </Show>
                      <Show when={found().profile.mediationsCount !== undefined}>
                        {m().mediations(
                          found().profile.mediationsCount!,
                          formatNumber(found().profile.mediationsCount!),
                        )}
                      </Show>
                    </dd>
                  </div>
                </Show>
                <WeighedFacts profile={found().profile} />
                <Show when={found().profile.ymi.acceptsMentees}>
                  <div>
                    <dt>{m().ymi}</dt>
                    <dd>
                      {m().acceptsMenteesTo(
                        formatList(found().profile.ymi.roles.map((r) => ymiRoleLabel(r).toLocaleLowerCase(locale()))),
                      )}
                    </dd>
                  </div>
                </Show>
              </dl>
              <DigestView digest={found().digest} status={found().status} />
              <h2>{m().conduct}</h2>
              <p>
                {m().follows} <strong>{found().profile.codeOfConduct}</strong>
                {m().complaints(found().profile.complaintsRoute)} <A href="/standards">{m().howComplaintsWork}</A>
              </p>
              <ConflictsOfInterest />
              <h2>{m().contact}</h2>
              <ul class="contact">
                <Show when={found().profile.contact.email}>
                  {(email) => (
                    <li>
                      <a href={`mailto:${email()}`}>{email()}</a>
                    </li>
                  )}
                </Show>
                <Show when={found().profile.contact.website}>
                  {(site) => (
                    <li>
                      <a href={site()} rel="noopener noreferrer external" target="_blank">
                        {site()}
                      </a>
                    </li>
                  )}
                </Show>
              </ul>
              <Show when={found().profile.demo}>
                <p class="muted small">{m().demoContact}</p>
              </Show>
              <FeedStatus />
            </Show>
          )}
        </Show>
      </Show>
    </section>
  );
}
