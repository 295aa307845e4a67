// English words for codes, for the demo's bios and digests (fixed here so output does not depend on ICU data).
import type { MediationFormat, MediationStyle, PracticeArea } from '../../domain/registry/types.ts';

export const AREA_LABELS: Readonly<Record<PracticeArea, string>> = {
  'commercial-contracts': 'commercial contract', construction: 'construction and engineering', employment: 'employment',
  family: 'family', consumer: 'consumer', corporate: 'shareholder and partnership', 'intellectual-property': 'intellectual property',
  'real-estate': 'property and landlord-tenant', 'banking-finance': 'banking and finance', energy: 'energy',
  'wills-estates': 'wills, trusts and estates', community: 'community and neighbour', 'professional-negligence': 'professional negligence',
  'public-administrative': 'public and administrative', 'investor-state': 'investor-state', insurance: 'insurance',
  shipping: 'shipping and maritime', technology: 'technology and telecoms', healthcare: 'healthcare and life sciences',
  workplace: 'workplace', 'personal-injury': 'personal injury', defamation: 'defamation', environmental: 'environmental',
  sports: 'sports', 'cross-border-commercial': 'cross-border commercial', trade: 'commodities and trade',
};

export const STYLE_PHRASES: Readonly<Record<MediationStyle, string>> = {
  facilitative: 'facilitative, helping the parties build their own options rather than proposing answers',
  evaluative: 'evaluative, offering a candid view of likely outcomes when that helps the parties decide',
  transformative: 'transformative, giving the parties room to recognise each other and to rebuild how they talk',
  narrative: 'narrative, inviting each side to retell the story of the conflict and find a new account of it',
};

export const FORMAT_WORDS: Readonly<Record<MediationFormat, string>> = { 'in-person': 'in person', online: 'online', hybrid: 'in hybrid form' };

export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  af: 'Afrikaans', ak: 'Akan', ar: 'Arabic', bn: 'Bengali', ca: 'Catalan', cs: 'Czech', da: 'Danish', de: 'German', el: 'Greek',
  en: 'English', es: 'Spanish', et: 'Estonian', eu: 'Basque', fi: 'Finnish', fr: 'French', ga: 'Irish', ha: 'Hausa', he: 'Hebrew',
  hi: 'Hindi', hr: 'Croatian', hu: 'Hungarian', id: 'Indonesian', ig: 'Igbo', is: 'Icelandic', it: 'Italian', ja: 'Japanese',
  ko: 'Korean', lb: 'Luxembourgish', mi: 'Māori', mr: 'Marathi', ms: 'Malay', mt: 'Maltese', ne: 'Nepali', nl: 'Dutch',
  no: 'Norwegian', pa: 'Punjabi', pl: 'Polish', pt: 'Portuguese', qu: 'Quechua', ro: 'Romanian', ru: 'Russian', rw: 'Kinyarwanda',
  si: 'Sinhala', sl: 'Slovenian', sr: 'Serbian', sv: 'Swedish', sw: 'Swahili', ta: 'Tamil', te: 'Telugu', th: 'Thai', tl: 'Filipino',
  tr: 'Turkish', uk: 'Ukrainian', ur: 'Urdu', vi: 'Vietnamese', wo: 'Wolof', xh: 'Xhosa', yo: 'Yoruba', zh: 'Chinese', zu: 'Zulu',
};

/** "a, b and c" */
export function listWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
