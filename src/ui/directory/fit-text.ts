// A fit part's reason in the interface's language.
import type { FitReason } from '../../domain/matching/fit.ts';
import type { CertificationKind, MediationStyle, PracticeArea, YmiRole } from '../../domain/registry/types.ts';
import { formatList, formatNumber } from '../app/format.ts';
import { locale, t } from '../app/i18n.ts';
import { fitMessages } from './fit.messages.ts';
import { areaLabel, countryName, languageName, styleLabel, ymiRoleLabel } from './labels.ts';

const lower = (text: string) => text.toLocaleLowerCase(locale());

function names(reason: FitReason): string {
  const codes = reason.codes ?? [];
  switch (reason.code) {
    case 'speaks-needed':
    case 'mentor-speaks':
      return formatList(codes.map(languageName)); // Intl capitalises languages as each locale does
    case 'works-in':
    case 'mentor-near':
    case 'mentor-region':
      return formatList(codes.map(countryName));
    case 'style':
      return formatList(codes.map((c) => lower(styleLabel(c as MediationStyle))));
    case 'mentor-area':
      return formatList(codes.map((c) => lower(areaLabel(c as PracticeArea))));
    case 'mentor-role':
      return formatList(codes.map((c) => lower(ymiRoleLabel(c as YmiRole))));
    default:
      return formatList(codes);
  }
}

export function fitText(reason: FitReason): string {
  const m = t(fitMessages);
  if (reason.code === 'certified') return m[`certified.${reason.codes?.[0] as CertificationKind}`] ?? reason.code;
  const message = m[reason.code as Exclude<FitReason['code'], 'certified'>];
  if (typeof message === 'string') return message;
  if (reason.code === 'experience') return m.experience(reason.n ?? 0);
  if (reason.code === 'mediations') return m.mediations(reason.n ?? 0, formatNumber(reason.n ?? 0));
  return (message as (names: string) => string)(names(reason));
}
