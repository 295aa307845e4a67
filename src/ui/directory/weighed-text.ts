// What users weigh, as a profile and the compare view write it: availability, fees, background, safeguarding.
import type { MediatorProfile } from '../../domain/registry/types.ts';
import { formatList, numberLocale } from '../app/format.ts';
import { locale, t } from '../app/i18n.ts';
import { backgroundLabel, feeBandLabel, feeBasisLabel, safeguardingLabel } from './labels.ts';
import { profileMessages } from './profile.messages.ts';

/** "March 2027", in the interface's language. */
export function formatMonth(month: string): string {
  return new Intl.DateTimeFormat(numberLocale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

/** `today` is an ISO date: a month that has come counts as taking new cases. */
export function availabilityText(p: MediatorProfile, today: string): string | undefined {
  const a = p.availability;
  if (!a) return undefined;
  const m = t(profileMessages);
  if (a.takingNewCases || (a.from && a.from <= today.slice(0, 7))) return m.takingNow;
  return a.from ? m.takingFrom(formatMonth(a.from)) : m.notTaking;
}

export function feesText(p: MediatorProfile): string | undefined {
  return p.fees && t(profileMessages).feesValue(feeBandLabel(p.fees.band), feeBasisLabel(p.fees.basis));
}

export function backgroundsText(p: MediatorProfile): string | undefined {
  return p.backgrounds && formatList(p.backgrounds.map(backgroundLabel));
}

export function safeguardingText(p: MediatorProfile): string | undefined {
  const m = t(profileMessages);
  const parts = [
    p.safeguardingTrained === undefined ? '' : p.safeguardingTrained ? safeguardingLabel() : m.notTrained,
    p.shuttle === undefined ? '' : p.shuttle ? m.shuttle : m.noShuttle,
  ].filter(Boolean);
  const text = parts.join(' · ');
  return text ? text.charAt(0).toLocaleUpperCase(locale()) + text.slice(1) : undefined;
}

/** The language a text is published in, when it is not the interface's (so the page can say so). */
export const otherLanguage = (code: string | undefined): string | undefined =>
  code && code !== locale() ? code : undefined;
