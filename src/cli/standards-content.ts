// The standards the feed publishes (levels, specialisations, criteria, conduct, complaints), in our own words.
import type { CompetenciesStandard, ConductStandard, LevelsStandard } from '../domain/registry/standards.ts';
import { DIGEST_VALID_MONTHS, GRACE_MONTHS } from '../domain/registry/certification-status.ts';

export const LEVELS: LevelsStandard = {
  levels: [
    {
      id: 'imi-qualified',
      name: 'IMI Qualified',
      summary: 'Has completed a mediation training programme that IMI has approved.',
      requirements: ['Completion of an IMI-approved training programme.'],
    },
    {
      id: 'ymi-member',
      name: 'YMI member',
      summary: 'A trained mediator still gathering experience through the Young Mediators’ Initiative.',
      requirements: [
        'At least 40 hours of mediation training.',
        'Gains experience as observer, assistant, co-mediator or interpreter in real mediations, with the parties’ consent.',
        'May be paired with a mentor, preferably in the same region, for 12 months.',
      ],
    },
    {
      id: 'imi-certified',
      name: 'IMI Certified Mediator',
      summary:
        'An experienced mediator assessed by a Qualifying Assessment Program (QAP) against IMI’s minimum standards.',
      requirements: [
        'Assessed by an approved QAP on experience, knowledge and skills.',
        'A complete profile, stating the code of conduct followed and the complaints route that applies.',
        'A current Feedback Digest attached to the profile.',
        'The annual listing paid or waived.',
      ],
    },
  ],
  specialisations: [
    {
      kind: 'intercultural',
      name: 'Intercultural Competence',
      summary: 'For mediators who work across cultures; it favours no particular mediation model.',
      requirements: [
        'Knowledge of cultural frameworks, self-awareness and several cultural perspectives.',
        'Skill in communication, preparation and managing the process across cultures.',
        'Covers six focus areas: relating and communication styles, mindset toward conflict, the mediation process, exchanging information, time orientation, and decision-making.',
      ],
    },
    {
      kind: 'mediation-advocate',
      name: 'Mediation Advocate / Advisor',
      summary: 'For lawyers and advisers who represent parties in mediation.',
      requirements: [
        'At least 5 mediations as an advocate.',
        'Skills at each stage: before the mediation, choosing the neutral and preparing, the session, closing and implementation.',
        'A Feedback Digest drawn from at least 10 feedback forms.',
      ],
    },
    {
      kind: 'online',
      name: 'Online Mediation',
      summary: 'For mediators assessed on running mediations through online platforms.',
      requirements: ['Assessed by a QAP approved for online mediation skills.'],
    },
    {
      kind: 'investor-state',
      name: 'Investor-State Mediation',
      summary: 'For mediators assessed for disputes between foreign investors and states.',
      requirements: ['Assessed by a QAP approved for investor-state mediation.'],
    },
  ],
  digestRules: {
    renewalMonths: DIGEST_VALID_MONTHS,
    graceMonths: GRACE_MONTHS,
    text:
      'A Feedback Digest is a summary of anonymised party feedback, written by an independent Reviewer the mediator chooses and named on the profile. ' +
      `It is text, not a score, and must be renewed at least every ${DIGEST_VALID_MONTHS} months. A newly certified mediator has ${GRACE_MONTHS} months to attach one; ` +
      'after that a profile without a digest is not shown as certified.',
  },
};

export const COMPETENCIES: CompetenciesStandard = {
  criteria: [
    {
      id: 'experience',
      area: 'experience',
      title: 'Experience as mediator',
      text: 'Typically at least 200 hours or 20 mediations as the mediator.',
    },
    {
      id: 'knowledge',
      area: 'knowledge',
      title: 'Knowledge',
      text: 'Tested by written tests, essays or interviews on mediation theory, process and ethics.',
    },
    {
      id: 'skills',
      area: 'skills',
      title: 'Skills shown in practice',
      text: 'Assessed by performance: role-play, video, peer review and feedback from users.',
    },
    {
      id: 'qap-bar',
      area: 'assessment',
      title: 'A QAP may ask more',
      text: 'A QAP may set a higher bar than these minimums, never a lower one.',
    },
    {
      id: 'qap-open',
      area: 'assessment',
      title: 'Open to all',
      text: 'A QAP must be open to every candidate regardless of affiliation, gender, ethnicity, age, religion and the like.',
    },
    {
      id: 'qap-approval',
      area: 'assessment',
      title: 'How a QAP is approved',
      text: 'IMI’s standards body approves each programme: explicit experience criteria, knowledge tests, skills benchmarks, published benchmarks and experienced assessors.',
    },
  ],
};

export const CONDUCT: ConductStandard = {
  codeOfConduct: {
    name: 'IMI Code of Professional Conduct (2017)',
    summary: 'Every certified mediator must tell users which code of conduct they follow; many follow IMI’s own.',
    points: [
      'Say which code of conduct you follow and which complaints route applies.',
      'Stay impartial and disclose anything that could look like a conflict of interest.',
      'Keep what is said in mediation confidential, within the limits the law sets.',
      'Make sure the parties take part willingly and understand the process and its costs.',
      'Losing certification ends the use of the title and logo, and the profile is removed from the directory.',
    ],
  },
  complaintsRoute: [
    { step: 1, title: 'Talk to the mediator', text: 'Raise the concern with the mediator directly, within a month.' },
    {
      step: 2,
      title: 'Mediation of the complaint',
      text: 'If that does not resolve it, the complaint itself can be mediated.',
    },
    { step: 3, title: 'Formal assessment', text: 'If it is still unresolved, the complaint is formally assessed.' },
    { step: 4, title: 'One appeal', text: 'Either side may appeal the assessment once.' },
  ],
};
