import { defineMessages } from '../../i18n/messages.ts';

// The directory's state: the feed held, sync failures, certification and Feedback Digests.
export const feedMessages = defineMessages('feed', {
  notDownloaded:
    'The directory has not been downloaded yet. It comes with the first connection and then works offline.',
  asOf: 'Directory as of',
  edition: (n: number) => `(edition ${n})`,
  demoData: 'Demo data',
  demoText: 'The mediators, reviewers and digests here are invented for demonstration; none is a real person.',
  technicalDetail: 'Technical detail',
  checking: 'Checking…',
  waitingForOther: 'Another window of Olé is updating the directory; this one waits for it, then checks again.',
  superseded: (n: number) =>
    `Another window of Olé updated the directory to edition ${n} meanwhile; that newer edition is kept.`,
  checkForUpdates: 'Check for updates',
  lastChecked: (when: string) => `Last checked ${when}`,
  'failure.offline':
    'Olé could not reach the directory server. You are probably offline; the directory you have is still here.',
  'failure.http': 'The directory server answered with an error.',
  'failure.timeout':
    'The directory server stopped answering, so the check was given up. Olé tries again at the next check; the directory you have is unchanged.',
  'failure.too-large':
    'A directory file is larger than its signed size, so its download was stopped and the update refused. The directory you have is unchanged.',
  'failure.bad-signature':
    'The directory update is not signed correctly, so it may have been tampered with. It was refused.',
  'failure.unknown-key': 'The directory update is signed with a key this app does not trust. It was refused.',
  'failure.bad-manifest': 'The directory update is damaged (its list of files could not be read). It was refused.',
  'failure.unknown-format':
    'The directory update uses a newer format than this version of Olé understands. Update the app.',
  'failure.rollback':
    'The directory update is older than the one you have, which could be a replay of outdated data. It was refused.',
  'failure.sequence-jump':
    'The directory update claims an edition number far beyond the one you have, which would block every later update. It was refused.',
  'failure.hash-mismatch':
    'A directory file does not match its signed fingerprint: it is truncated or has been changed. The update was refused.',
  'failure.bad-records': 'The directory update contains invalid records. It was refused.',
  'failure.storage-full':
    'Your device is out of storage, so the directory update could not be saved. The directory you had is unchanged.',
  'failure.storage': 'Your browser refused to save the directory update. The directory you had is unchanged.',
  failureUnknown: 'The directory could not be updated. The directory you had is unchanged.',
  notCertified: 'Not currently certified.',
  certifications: 'Certifications',
  'reason.revoked': (date: string, reasonCode: string) => `certification revoked on ${date} (${reasonCode})`,
  'reason.grace-digest-stale': (digestDate: string, certifiedOn: string, until: string) =>
    `Feedback Digest of ${digestDate} is out of date; newly certified on ${certifiedOn}, grace period until ${until}`,
  'reason.grace-no-digest': (certifiedOn: string, until: string) =>
    `newly certified on ${certifiedOn}: no Feedback Digest yet, grace period until ${until}`,
  'reason.digest-stale': (digestDate: string, months: number, dueBy: string) =>
    `Feedback Digest of ${digestDate} is older than ${months} months (renewal was due by ${dueBy})`,
  'reason.grace-ended': (months: number, certifiedOn: string, ended: string) =>
    `no Feedback Digest, and the ${months}-month grace period after certification on ${certifiedOn} ended on ${ended}`,
  'reason.no-certification': 'no certification on the profile',
  feedbackDigest: 'Feedback Digest',
  noDigestYet: 'No Feedback Digest yet.',
  digestDueBy: (date: string) => ` Newly certified: a digest is due by ${date}.`,
  digestStale: 'This digest is more than two years old and has not been renewed, so it may not reflect recent work.',
  reviewer: 'Reviewer:',
  currentUntil: (date: string) => ` · current until ${date}`,
});
