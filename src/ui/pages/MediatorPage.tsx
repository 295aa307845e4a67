import { A, useParams } from '@solidjs/router';
import { createResource, For, Show } from 'solid-js';
import { certificationStatus } from '../../domain/registry/certification-status.ts';
import { loadMediator } from '../../storage/registry-store.ts';
import { useDb } from '../app/db.ts';
import { CertificationBadges } from '../directory/CertificationBadges.tsx';
import { DigestView } from '../directory/DigestView.tsx';
import { FeedStatus } from '../directory/FeedStatus.tsx';
import { useFeedSync } from '../directory/create-feed-sync.ts';
import { useShortlist } from '../directory/create-shortlist.ts';
import {
  countryName, EVALUATION_LABELS, FORMAT_LABELS, languageName, PRACTICE_AREA_LABELS, STYLE_LABELS, YMI_ROLE_LABELS,
} from '../directory/labels.ts';

export default function MediatorPage() {
  const params = useParams<{ mediatorId: string }>();
  const sync = useFeedSync();
  const shortlist = useShortlist();
  const [entry] = createResource(
    () => [params.mediatorId, sync.dataVersion()] as const,
    async ([id]) => {
      const found = await loadMediator(await useDb(), id);
      if (!found.profile) return null;
      const status = certificationStatus(found.profile, found.digest, found.revocation ? [found.revocation] : [], new Date().toISOString());
      return { ...found, profile: found.profile, status };
    },
  );

  return (
    <section class="page narrow mediator-page">
      <Show when={entry() !== undefined} fallback={<p aria-busy="true">Loading…</p>}>
        <Show
          when={entry()}
          fallback={
            <>
              <h1>Mediator not found</h1>
              <p>This profile is not in the directory held on this device. The mediator may have left the register.</p>
              <FeedStatus />
              <A class="button" href="/mediators">Search the directory</A>
            </>
          }
        >
          {(found) => (
            <Show
              when={!found().status.revoked}
              fallback={
                <>
                  <h1>No longer listed</h1>
                  <p>This mediator's certification has been withdrawn, so the profile is not shown.</p>
                  <A class="button" href="/mediators">Search the directory</A>
                </>
              }
            >
              <header class="profile-head">
                <h1>{found().profile.name}</h1>
                <Show when={found().profile.demo}>
                  <span class="demo-badge">Demo profile: an invented person</span>
                </Show>
              </header>
              <CertificationBadges profile={found().profile} status={found().status} />
              <p class="profile-actions">
                <button type="button" class="button primary" aria-pressed={shortlist.has(found().profile.id)} onClick={() => void shortlist.toggle(found().profile.id)}>
                  {shortlist.has(found().profile.id) ? 'On your shortlist' : 'Add to shortlist'}
                </button>
                <A class="button" href="/mediators/shortlist">Shortlist ({shortlist.ids().length})</A>
              </p>
              <p>{found().profile.bio}</p>
              <dl class="profile-facts">
                <div>
                  <dt>Works in</dt>
                  <dd>{found().profile.locations.map((l) => (l.city ? `${l.city}, ${countryName(l.country)}` : countryName(l.country))).join(' · ')}</dd>
                </div>
                <div>
                  <dt>Languages</dt>
                  <dd>{found().profile.languages.map(languageName).join(', ')}</dd>
                </div>
                <div>
                  <dt>Practice areas</dt>
                  <dd>{found().profile.practiceAreas.map((a) => PRACTICE_AREA_LABELS[a]).join(', ')}</dd>
                </div>
                <div>
                  <dt>Style</dt>
                  <dd>{found().profile.styles.map((s) => STYLE_LABELS[s]).join(', ')} · {EVALUATION_LABELS[found().profile.givesEvaluations]}</dd>
                </div>
                <div>
                  <dt>Format</dt>
                  <dd>
                    {found().profile.formats.map((f) => FORMAT_LABELS[f]).join(', ')}
                    {found().profile.coMediation ? ' · co-mediation' : ''}
                    {found().profile.multiParty ? ' · multi-party experience' : ''}
                  </dd>
                </div>
                <Show when={found().profile.yearsPractising !== undefined || found().profile.mediationsCount !== undefined}>
                  <div>
                    <dt>Experience (self-reported)</dt>
                    <dd>
                      <Show when={found().profile.yearsPractising !== undefined}>{found().profile.yearsPractising} years</Show>
                      <Show when={found().profile.yearsPractising !== undefined && found().profile.mediationsCount !== undefined}> · </Show>
                      <Show when={found().profile.mediationsCount !== undefined}>{found().profile.mediationsCount} mediations</Show>
                    </dd>
                  </div>
                </Show>
                <Show when={found().profile.ymi.acceptsMentees}>
                  <div>
                    <dt>Young Mediators' Initiative</dt>
                    <dd>Accepts mentees to {found().profile.ymi.roles.map((r) => YMI_ROLE_LABELS[r].toLowerCase()).join(', ')}</dd>
                  </div>
                </Show>
              </dl>
              <DigestView digest={found().digest} status={found().status} />
              <h2>Conduct and complaints</h2>
              <p>
                Follows the <strong>{found().profile.codeOfConduct}</strong>. Complaints: {found().profile.complaintsRoute}.{' '}
                <A href="/standards">How complaints work</A>
              </p>
              <h2>Contact</h2>
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
                <p class="muted small">Contact details of demo profiles use reserved example domains and reach nobody.</p>
              </Show>
              <FeedStatus />
            </Show>
          )}
        </Show>
      </Show>
    </section>
  );
}
