// The rules across a feed's files, shared by feed:build and the app's sync.
import { describe, expect, it } from 'vitest';
import { buildFeedFiles, type FeedSource } from '../../src/cli/feed-files.ts';
import type { CheckedFile } from '../../src/feed/feed-file.ts';
import { crossFileProblems } from '../../src/feed/feed-rules.ts';
import { makeDigest, makeProfile } from './helpers/make-feed.ts';

const qaps: CheckedFile = {
  path: 'standards/qaps.json',
  kind: 'standards',
  records: { qaps: [{ id: 'qap-demo', name: 'Q', region: 'R', kinds: ['certified-mediator'] }] },
};

describe('crossFileProblems', () => {
  it('passes a consistent feed', () => {
    const files: CheckedFile[] = [
      { path: 'registry/00.json', kind: 'registry', records: [makeProfile('m1')] },
      { path: 'registry/01.json', kind: 'registry', records: [makeProfile('m2')] },
      { path: 'digests/00.json', kind: 'digests', records: [makeDigest('m1')] },
      qaps,
    ];
    expect(crossFileProblems(files)).toEqual([]);
  });

  it('names an id held by two files of one kind, a digest of nobody and an unknown QAP', () => {
    const files: CheckedFile[] = [
      { path: 'registry/00.json', kind: 'registry', records: [makeProfile('m1')] },
      {
        path: 'registry/01.json',
        kind: 'registry',
        records: [
          makeProfile('m1'),
          makeProfile('m2', {
            certifications: [{ kind: 'certified-mediator', qapId: 'nope', certifiedOn: '2020-01-01' }],
          }),
        ],
      },
      { path: 'digests/00.json', kind: 'digests', records: [makeDigest('m1')] },
      { path: 'digests/01.json', kind: 'digests', records: [makeDigest('m1'), makeDigest('ghost')] },
      qaps,
    ];
    expect(crossFileProblems(files)).toEqual([
      'registry/01.json: mediator m1 is also in registry/00.json',
      'digests/01.json: digest for m1 is also in digests/00.json',
      'mediator m2: certifications[0].qapId: "nope" is not in the QAP list',
      'digest for ghost: no mediator with that id in the registry',
    ]);
  });

  it('is what feed:build runs: the publisher refuses what the app would refuse', async () => {
    const source: FeedSource = {
      profiles: [makeProfile('m1')],
      digests: [makeDigest('ghost')],
      revocations: [],
      qaps: [{ id: 'qap-demo', name: 'Q', region: 'R', kinds: ['certified-mediator'] }],
      demo: true,
    };
    await expect(
      buildFeedFiles(source, { sequence: 1, publishedAt: '2026-11-01T00:00:00Z', keyId: 'k' }),
    ).rejects.toThrow(/digest for ghost: no mediator/);
  });
});
