// The demo registry: deterministic, about 600 invented mediators in 45+ countries, every digest story represented.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { certificationStatus, indexRevocations } from '../../src/domain/registry/certification-status.ts';
import {
  parseFeedbackDigests,
  parseMediatorProfiles,
  parseRevocations,
} from '../../src/domain/registry/validate-records.ts';
import { DEMO_QAPS } from '../../src/cli/demo/qaps.ts';
import { DEMO_AS_OF, DEMO_FEED_SEQUENCE, generateDemoRegistry } from '../../src/cli/demo-registry.ts';
import { COMPETENCIES, CONDUCT, LEVELS } from '../../src/cli/standards-content.ts';
import { readAsOldBuild } from './helpers/old-build.ts';

const demo = generateDemoRegistry();

describe('demo registry', () => {
  it('is the same on every run', () => {
    expect(generateDemoRegistry()).toEqual(demo);
  });

  it('is pinned: a change older apps would see comes with a new DEMO_FEED_SEQUENCE', () => {
    const hash = (registry: unknown) =>
      createHash('sha256')
        .update(JSON.stringify({ demo: registry, DEMO_QAPS, LEVELS, COMPETENCIES, CONDUCT }))
        .digest('hex');
    // If this fails because you changed the generator on purpose: bump DEMO_FEED_SEQUENCE, then update the values.
    // `asOlderAppsRead` is the demo as an app built before December 2026's additions keeps it: unchanged by them, so
    // edition 1 stayed edition 1; an app that reads the additions re-reads a feed an older reader stored (READER_VERSION).
    expect({ sequence: DEMO_FEED_SEQUENCE, asOlderAppsRead: hash(readAsOldBuild(demo)), hash: hash(demo) }).toEqual({
      sequence: 1,
      asOlderAppsRead: '7766d074a5c5d8488ef8ec95538b580c873d31d47b919707f9efbc60a3def4d8',
      hash: 'd737355a9b2aebd15606197e6d52e8cf8b4601461e5626ec45db4e6a6e354bea',
    });
  });

  it('has about 600 valid, invented profiles in at least 45 countries', () => {
    expect(demo.profiles).toHaveLength(600);
    expect(parseMediatorProfiles(demo.profiles).ok).toBe(true);
    expect(parseFeedbackDigests(demo.digests).ok).toBe(true);
    expect(parseRevocations(demo.revocations).ok).toBe(true);
    expect(demo.profiles.every((p) => p.demo)).toBe(true);
    expect(new Set(demo.profiles.flatMap((p) => p.locations.map((l) => l.country))).size).toBeGreaterThanOrEqual(45);
    expect(new Set(demo.profiles.map((p) => p.name)).size).toBe(600);
    expect(demo.profiles.every((p) => /example\.(org|com|net)$/.test(p.contact.email ?? 'x@example.org'))).toBe(true);
  });

  it('has accented names for accent-insensitive search', () => {
    const names = demo.profiles.map((p) => p.name).join(' ');
    for (const letter of ['ü', 'ñ', 'ø', 'é', 'ç']) expect(names).toContain(letter);
  });

  it('shows every certification story on its reference date, with 5 to 10 revocations', () => {
    const digests = new Map(demo.digests.map((d) => [d.mediatorId, d]));
    const revocations = indexRevocations(demo.revocations);
    const counts: Record<string, number> = {};
    for (const p of demo.profiles) {
      const status = certificationStatus(p, digests.get(p.id), revocations, DEMO_AS_OF);
      const key = status.revoked ? 'revoked' : status.digest;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    expect(counts['current']).toBeGreaterThan(400);
    expect(counts['stale']).toBeGreaterThan(20);
    expect(counts['grace']).toBeGreaterThan(10);
    expect(counts['missing']).toBeGreaterThan(10);
    expect(demo.revocations.length).toBeGreaterThanOrEqual(5);
    expect(demo.revocations.length).toBeLessThanOrEqual(10);
  });

  it('spreads styles, formats, specialisations, evaluations and mentors', () => {
    const share = (test: (p: (typeof demo.profiles)[number]) => boolean) =>
      demo.profiles.filter(test).length / demo.profiles.length;
    for (const style of ['facilitative', 'evaluative', 'transformative', 'narrative'] as const)
      expect(share((p) => p.styles.includes(style))).toBeGreaterThan(0.05);
    for (const format of ['in-person', 'online', 'hybrid'] as const)
      expect(share((p) => p.formats.includes(format))).toBeGreaterThan(0.2);
    for (const kind of ['mediation-advocate', 'intercultural', 'online', 'investor-state'] as const) {
      expect(share((p) => p.certifications.some((c) => c.kind === kind))).toBeGreaterThan(0.01);
    }
    for (const answer of ['yes', 'on-request', 'no'] as const)
      expect(share((p) => p.givesEvaluations === answer)).toBeGreaterThan(0.1);
    expect(share((p) => p.ymi.acceptsMentees)).toBeGreaterThan(0.1);
    expect(share((p) => p.ymi.acceptsMentees)).toBeLessThan(0.2);
  });

  it('says what users weigh for most profiles, and some leave each out (every field is optional)', () => {
    const share = (test: (p: (typeof demo.profiles)[number]) => boolean) =>
      demo.profiles.filter(test).length / demo.profiles.length;
    const between = (x: number, low: number, high: number) => {
      expect(x).toBeGreaterThan(low);
      expect(x).toBeLessThan(high);
    };
    between(
      share((p) => p.availability?.takingNewCases === true),
      0.45,
      0.75,
    );
    between(
      share((p) => p.availability?.from !== undefined),
      0.08,
      0.3,
    );
    between(
      share((p) => p.availability?.takingNewCases === false && !p.availability.from),
      0.02,
      0.15,
    );
    between(
      share((p) => p.availability === undefined),
      0.05,
      0.25,
    );
    for (const band of ['low', 'medium', 'high'] as const)
      between(
        share((p) => p.fees?.band === band),
        0.08,
        0.5,
      );
    between(
      share((p) => p.fees === undefined),
      0.15,
      0.45,
    );
    for (const background of ['lawyer', 'engineer', 'accountant', 'psychologist', 'architect-surveyor'] as const)
      expect(share((p) => p.backgrounds?.includes(background) === true)).toBeGreaterThan(0.02);
    between(
      share((p) => p.safeguardingTrained === true),
      0.1,
      0.5,
    );
    between(
      share((p) => p.shuttle === true),
      0.15,
      0.5,
    );
    // Months come after the demo's date, and the structured background agrees with the bio's opening words.
    for (const p of demo.profiles)
      if (p.availability?.from) expect(p.availability.from > DEMO_AS_OF.slice(0, 7)).toBe(true);
    const engineers = demo.profiles.filter((p) => p.backgrounds?.[0] === 'engineer');
    expect(engineers.every((p) => p.bio.startsWith('A chartered engineer'))).toBe(true);
    // The demo's texts are composed in English and say so.
    expect(demo.profiles.every((p) => p.bioLanguage === 'en')).toBe(true);
    expect(demo.digests.every((d) => d.language === 'en')).toBe(true);
  });

  it('writes digests as 2 to 4 sentences of text and bios of about 60 to 80 words', () => {
    for (const d of demo.digests) {
      const sentences = d.text.split(/(?<=\.) /).length;
      expect(sentences).toBeGreaterThanOrEqual(2);
      expect(sentences).toBeLessThanOrEqual(4);
      expect(d.text).not.toMatch(/\bstars?\b|\/ ?5|\/ ?10\b/);
    }
    const words = demo.profiles.map((p) => p.bio.split(/\s+/).length);
    expect(Math.min(...words)).toBeGreaterThanOrEqual(55);
    expect(Math.max(...words)).toBeLessThanOrEqual(90);
  });
});
