// How a code is shown, how a bad one is explained and how a level is said in words.
import type { FactorId, FactorValue } from '../../domain/factors.ts';
import { choiceLabel, questionForFactor, type Questionnaire } from '../../domain/questions.ts';
import { isV1Code } from '../../domain/together/code-v1.ts';
import type { CodeFailure } from '../../domain/together/priorities-code.ts';
import { formatList, formatNumber } from '../app/format.ts';
import { t } from '../app/i18n.ts';
import { codeErrorMessages, togetherMessages } from './together.messages.ts';

/** A v1 code in groups of four ("AbCd EfGh …"); a v2 code is already printed in its dashed groups of five. */
export function groupCode(code: string): string {
  return isV1Code(code) ? code.replace(/(.{4})(?=.)/g, '$1 ') : code;
}

/** What is wrong with a code, naming the group and quoting it back when the reader knows which. */
export function codeErrorText(failure: CodeFailure): string {
  const m = t(togetherMessages);
  const groups = failure.groups ?? [];
  const typed = formatList((failure.typed ?? []).map((text) => m.quoted(text)));
  const numbers = formatList(groups.map((g) => formatNumber(g)));
  if (failure.error === 'checksum' && groups.length) return m.typoIn(numbers, groups.length, typed);
  if (failure.error === 'wrong-length' && groups.length === 1) return m.lengthIn(numbers, typed);
  return t(codeErrorMessages)[failure.error];
}

/** A factor's value in the words of its question's choice, e.g. "Very important"; undefined when there is no such choice. */
export function valueWords(
  questionnaire: Questionnaire,
  factor: FactorId,
  value: FactorValue | undefined,
): string | undefined {
  if (value === undefined) return undefined;
  const question = questionForFactor(questionnaire, factor);
  return question ? choiceLabel(question, value) : undefined;
}
