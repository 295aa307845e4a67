// A small valid profile, digest and revocation for registry and feed tests to vary.
import type { FeedbackDigest, MediatorProfile, Revocation } from '../../src/domain/registry/types.ts';

export function sampleProfile(overrides: Partial<MediatorProfile> = {}): MediatorProfile {
  return {
    id: 'demo-0001',
    name: 'Amélie Núñez-Øberg',
    locations: [{ country: 'ES', city: 'Sevilla' }, { country: 'SE' }],
    nationality: 'ES',
    languages: ['es', 'sv', 'en'],
    practiceAreas: ['family', 'commercial-contracts'],
    styles: ['facilitative'],
    formats: ['in-person', 'online'],
    givesEvaluations: 'on-request',
    certifications: [{ kind: 'certified-mediator', qapId: 'demo-qap-s-europe', certifiedOn: '2020-03-15' }],
    ymi: { acceptsMentees: true, roles: ['observe', 'assist'] },
    codeOfConduct: 'IMI Code of Professional Conduct (2017)',
    complaintsRoute: 'IMI complaints process',
    contact: { email: 'amelie@example.org', website: 'https://mediation.example.org/amelie' },
    bio: 'A fictional mediator.',
    yearsPractising: 12,
    demo: true,
    ...overrides,
  };
}

export function sampleDigest(overrides: Partial<FeedbackDigest> = {}): FeedbackDigest {
  return {
    mediatorId: 'demo-0001',
    text: 'Parties described careful preparation. Several valued the calm pace of joint sessions.',
    reviewer: { name: 'Reviewer Example', role: 'Practising mediator' },
    date: '2025-06-01',
    ...overrides,
  };
}

export function sampleRevocation(overrides: Partial<Revocation> = {}): Revocation {
  return { mediatorId: 'demo-0001', date: '2026-01-10', reasonCode: 'complaint-upheld', ...overrides };
}
