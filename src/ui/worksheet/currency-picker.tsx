import { For } from 'solid-js';
import { OFFERED_CURRENCIES, defaultCurrency } from '../../domain/worksheet/currency.ts';
import type { Worksheet } from '../../domain/worksheet/types.ts';
import { formatMoney } from '../app/format.ts';
import { locale, t } from '../app/i18n.ts';
import { worksheetMessages } from './worksheet.messages.ts';

/** The worksheet's currency: the one picked, else one guessed from the browser's language and region. */
export function worksheetCurrency(worksheet: Worksheet): string {
  return worksheet.currency ?? defaultCurrency(navigator.languages ?? [navigator.language]);
}

export const moneyIn = (worksheet: Worksheet) => (amount: number) => formatMoney(amount, worksheetCurrency(worksheet));

export function CurrencyPicker(props: { worksheet: Worksheet; onPick: (currency: string) => void }) {
  const names = () => new Intl.DisplayNames(locale(), { type: 'currency' });
  const codes = () => [...new Set([worksheetCurrency(props.worksheet), ...OFFERED_CURRENCIES])];
  return (
    <div class="field">
      <label for="ws-currency">{t(worksheetMessages).currency}</label>
      <select
        id="ws-currency"
        value={worksheetCurrency(props.worksheet)}
        onChange={(e) => props.onPick(e.currentTarget.value)}
      >
        <For each={codes()}>{(code) => <option value={code}>{`${code} – ${names().of(code) ?? code}`}</option>}</For>
      </select>
    </div>
  );
}
