// Record validation names the path of every problem, and accepts what the types describe.
import { describe, expect, it } from 'vitest';
import {
  parseFeedbackDigests,
  parseMediatorProfiles,
  parseRevocations,
} from '../../src/domain/registry/validate-records.ts';
import { parseStandardsFile } from '../../src/domain/registry/validate-standards.ts';
import { sampleDigest, sampleProfile, sampleRevocation } from './registry-sample.ts';
import { sha256Hex } from '../../src/feed/crypto.ts';
import { checkFeedFile } from '../../src/feed/feed-file.ts';
import { makeProfile } from './helpers/make-feed.ts';

const problemsOf = (result: { ok: boolean; problems?: string[] }) => (result.ok ? [] : (result.problems ?? []));

describe('registry records', () => {
  it('accepts valid records', () => {
    expect(parseMediatorProfiles([sampleProfile()]).ok).toBe(true);
    expect(parseFeedbackDigests([sampleDigest()]).ok).toBe(true);
    expect(parseRevocations([sampleRevocation()]).ok).toBe(true);
  });

  it('names the path of each bad field', () => {
    const bad = {
      ...sampleProfile(),
      languages: ['es', 'jp'],
      locations: [{ country: 'UK' }],
      practiceAreas: ['family', 'family'],
      certifications: [{ kind: 'certified-mediator', qapId: 'q', certifiedOn: '2026-02-30' }],
      contact: { website: 'javascript:alert(1)' },
      ymi: { acceptsMentees: true, roles: [] },
      extra: 1,
    };
    expect(problemsOf(parseMediatorProfiles([sampleProfile({ id: 'a' }), bad], 'registry/03.json'))).toEqual([
      'registry/03.json[1].extra: unknown key (allowed: id, name, locations, nationality, languages, practiceAreas, styles, formats, givesEvaluations, certifications, ymi, codeOfConduct, complaintsRoute, contact, bio, bioLanguage, yearsPractising, mediationsCount, multiParty, coMediation, availability, fees, backgrounds, safeguardingTrained, shuttle, demo)',
      'registry/03.json[1].locations[0].country: expected an ISO 3166-1 alpha-2 country code such as "FR", got "UK"',
      'registry/03.json[1].languages[1]: unknown code "jp"',
      'registry/03.json[1].practiceAreas[1]: duplicate "family"',
      'registry/03.json[1].certifications[0].certifiedOn: expected a date YYYY-MM-DD, got "2026-02-30"',
      'registry/03.json[1].ymi.roles: a mentor who accepts mentees names at least 1 role',
      'registry/03.json[1].contact.website: expected an http(s) address, got "javascript:alert(1)"',
    ]);
  });

  it('checks what users weigh (added within format 1): availability, fees, background, safeguarding, languages', () => {
    const full = sampleProfile({
      bioLanguage: 'en',
      availability: { takingNewCases: false, from: '2027-02' },
      fees: { basis: 'daily', band: 'medium' },
      backgrounds: ['lawyer', 'engineer'],
      safeguardingTrained: true,
      shuttle: false,
    });
    expect(parseMediatorProfiles([full]).ok).toBe(true);
    expect(parseFeedbackDigests([sampleDigest({ language: 'fr' })]).ok).toBe(true);
    const bad = {
      ...sampleProfile(),
      bioLanguage: 'english',
      availability: { takingNewCases: true, from: '2027-13', until: 'x' },
      fees: { basis: 'per-hour', band: 'cheap' },
      backgrounds: ['lawyer', 'wizard', 'lawyer'],
      safeguardingTrained: 'yes',
      shuttle: 1,
    };
    expect(problemsOf(parseMediatorProfiles([bad], 'r'))).toEqual([
      'r[0].bioLanguage: expected an ISO 639-1 language code such as "en", got "english"',
      'r[0].availability.until: unknown key (allowed: takingNewCases, from)',
      'r[0].availability.from: expected a month YYYY-MM, got "2027-13"',
      'r[0].fees.basis: expected one of hourly | daily | per-session | fixed | sliding-scale, got "per-hour"',
      'r[0].fees.band: expected one of low | medium | high, got "cheap"',
      'r[0].backgrounds[1]: expected one of lawyer | judge | engineer | architect-surveyor | accountant | finance | healthcare | psychologist | social-work | human-resources | business | academic, got "wizard"',
      'r[0].backgrounds[2]: duplicate "lawyer"',
      'r[0].safeguardingTrained: expected true or false, got "yes"',
      'r[0].shuttle: expected true or false, got 1',
    ]);
    const taking = sampleProfile({ availability: { takingNewCases: true, from: '2027-02' } });
    expect(problemsOf(parseMediatorProfiles([taking], 'r'))).toEqual([
      'r[0].availability.from: a month is given only when takingNewCases is false (taking from then)',
    ]);
    expect(problemsOf(parseFeedbackDigests([sampleDigest({ language: 'xx' })], 'd'))).toEqual([
      'd[0].language: expected an ISO 639-1 language code such as "en", got "xx"',
    ]);
  });

  it('refuses two profiles with one id and two digests for one mediator', () => {
    expect(problemsOf(parseMediatorProfiles([sampleProfile(), sampleProfile()]))).toEqual([
      'registry[1]: duplicate of registry[0] (demo-0001)',
    ]);
    expect(problemsOf(parseFeedbackDigests([sampleDigest(), sampleDigest()]))).toEqual([
      'digests[1]: duplicate of digests[0] (demo-0001)',
    ]);
  });

  it('says what is wrong with a digest or revocation', () => {
    expect(
      problemsOf(parseFeedbackDigests([{ ...sampleDigest(), reviewer: { name: '', role: 'x' }, rating: 5 }])),
    ).toEqual([
      'digests[0].rating: unknown key (allowed: mediatorId, text, language, reviewer, date)',
      'digests[0].reviewer.name: expected non-empty text, got ""',
    ]);
    expect(problemsOf(parseRevocations([{ mediatorId: 'x y', date: '2026-1-1', reasonCode: 'bored' }]))).toHaveLength(
      3,
    );
    expect(problemsOf(parseRevocations({}))).toEqual(['revocations: expected a list of records, got {}']);
  });

  it('refuses an unknown standards file', () => {
    expect(problemsOf(parseStandardsFile('standards/other.json', {}))[0]).toMatch(
      /^standards\/other.json: not a standards file/,
    );
    expect(
      problemsOf(
        parseStandardsFile('standards/qaps.json', { qaps: [{ id: 'q', name: 'Q', region: 'R', kinds: ['nope'] }] }),
      ),
    ).toEqual([
      'standards/qaps.json.qaps[0].kinds[0]: expected one of certified-mediator | mediation-advocate | intercultural | online | investor-state, got "nope"',
    ]);
  });
});

describe('registry text that would show wrong', () => {
  it('refuses a name of only invisible characters (zero-width, bidi marks, spaces)', () => {
    for (const name of ['\u200B', '\u200B\u200C\u200D\uFEFF', ' \u202E ', '\u3164']) {
      const result = parseMediatorProfiles([makeProfile('m1', { name })]);
      expect(result.ok, JSON.stringify(name)).toBe(false);
    }
    expect(parseMediatorProfiles([makeProfile('m1', { name: 'Ana\u200BLópez' })]).ok).toBe(true);
  });

  it('strips bidi controls from the records a feed file brings, so a name cannot display reversed', async () => {
    const bytes = new TextEncoder().encode(
      JSON.stringify([makeProfile('m1', { name: '\u202Eevil\u202C Name', bio: 'a\u2066b\u2069' })]),
    );
    const entry = {
      path: 'registry/00.json',
      sha256: await sha256Hex(bytes),
      size: bytes.length,
      kind: 'registry' as const,
      records: 1,
    };
    const result = await checkFeedFile(entry, bytes);
    expect(
      result.ok && result.file.kind === 'registry' && [result.file.records[0]!.name, result.file.records[0]!.bio],
    ).toEqual(['evil Name', 'ab']);
  });
});
