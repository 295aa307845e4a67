// A fit part's reason in the interface's language.
import { inSentence } from '../../i18n/locale.ts';
import type { FitReason } from '../../domain/matching/fit-reasons.ts';
import type {
  Background,
  CertificationKind,
  MediationStyle,
  PracticeArea,
  YmiRole,
} from '../../domain/registry/types.ts';
import { formatList, formatNumber } from '../app/format.ts';
import { locale, t } from '../app/i18n.ts';
import { fitMessages } from './fit.messages.ts';
import { areaLabel, backgroundLabel, countryName, languageName, styleLabel, ymiRoleLabel } from './labels.ts';
import { formatMonth } from './weighed-text.ts';

const lower = (text: string) => inSentence(locale(), text);
type Messages = typeof fitMessages.en;
type Named = { [K in keyof Messages]: Messages[K] extends (names: string) => string ? K : never }[keyof Messages];
type Fixed = { [K in keyof Messages]: Messages[K] extends string ? K : never }[keyof Messages];

function names(reason: FitReason): string {
  const codes = reason.codes ?? [];
  switch (reason.code) {
    case 'speaks-needed':
    case 'speaks-missing':
    case 'mentor-speaks':
      return formatList(codes.map(languageName)); // Intl capitalises languages as each locale does
    case 'works-in':
    case 'mentor-near':
    case 'mentor-region':
      return formatList(codes.map(countryName));
    case 'style':
      return formatList(codes.map((c) => lower(styleLabel(c as MediationStyle))));
    case 'background-technical':
    case 'background-legal':
      return formatList(codes.map((c) => lower(backgroundLabel(c as Background))));
    case 'available-from':
      return formatList(codes.map(formatMonth));
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
  const first = reason.codes?.[0];
  switch (reason.code) {
    case 'certified':
      return m[`certified.${first as CertificationKind}`] ?? reason.code;
    case 'not-certified':
      return m[`not-certified.${first as 'certified-mediator' | 'mediation-advocate'}`] ?? reason.code;
    case 'fees':
      return m[`fees.${first as 'low' | 'medium' | 'high'}`] ?? reason.code;
    case 'experience': {
      const said = [
        reason.n !== undefined ? m.experience(reason.n) : '',
        reason.count !== undefined ? m.mediations(reason.count, formatNumber(reason.count)) : '',
      ];
      return formatList(said.filter(Boolean));
    }
  }
  const message = m[reason.code as Named | Fixed] as Messages[Named] | string | undefined;
  if (message === undefined) return reason.code;
  return typeof message === 'string' ? message : message(names(reason));
}
