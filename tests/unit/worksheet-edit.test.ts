import { describe, expect, it } from 'vitest';
import { defaultCurrency } from '../../src/domain/worksheet/currency.ts';
import {
  addItem,
  removeItem,
  setItemField,
  setMoney,
  setOutcome,
  setSideText,
  setSwot,
  setWorksheetField,
} from '../../src/domain/worksheet/edit.ts';
import { parseWorksheet } from '../../src/domain/worksheet/parse.ts';
import { emptyWorksheet } from '../../src/domain/worksheet/types.ts';

describe('worksheet edits', () => {
  it('build a worksheet field by field, and clearing a field removes it and its empty parents', () => {
    let ws = emptyWorksheet();
    ws = setMoney(ws, 'self', 'claim', 1000);
    ws = setOutcome(ws, 'other', 'best', 'probability', 40);
    ws = setSideText(ws, 'self', 'interests', 'Keep the supplier');
    ws = setSwot(ws, 'other', 'threats', 'Bad press');
    ws = setWorksheetField(ws, 'currency', 'EUR');
    expect(ws).toEqual({
      version: 1,
      currency: 'EUR',
      sides: {
        self: { money: { claim: 1000 }, interests: 'Keep the supplier' },
        other: { outcomes: { best: { probability: 40 } }, swot: { threats: 'Bad press' } },
      },
    });
    expect(parseWorksheet(ws)).toEqual({ ok: true, worksheet: ws });
    ws = setMoney(ws, 'self', 'claim', undefined);
    ws = setSideText(ws, 'self', 'interests', '');
    ws = setOutcome(ws, 'other', 'best', 'probability', undefined);
    ws = setSwot(ws, 'other', 'threats', '');
    expect(ws).toEqual({ version: 1, currency: 'EUR', sides: {} });
  });

  it('adds, changes and removes parties and steps by id, keeping required texts', () => {
    let ws = addItem(emptyWorksheet(), 'parties', { id: 'a', name: '', kind: 'party' });
    ws = addItem(ws, 'actions', { id: 's', step: '' });
    ws = setItemField(ws, 'parties', 'a', 'name', 'Buyer');
    ws = setItemField(ws, 'parties', 'a', 'side', 'self');
    ws = setItemField(ws, 'actions', 's', 'due', '2027-01-02');
    ws = setItemField(ws, 'actions', 's', 'step', '');
    expect(ws.parties).toEqual([{ id: 'a', name: 'Buyer', kind: 'party', side: 'self' }]);
    expect(ws.actions).toEqual([{ id: 's', step: '', due: '2027-01-02' }]);
    expect(parseWorksheet(ws).ok).toBe(true);
    ws = setItemField(ws, 'parties', 'a', 'side', undefined);
    expect(ws.parties).toEqual([{ id: 'a', name: 'Buyer', kind: 'party' }]);
    expect(removeItem(removeItem(ws, 'parties', 'a'), 'actions', 's')).toEqual({ version: 1 });
  });
});

describe('defaultCurrency', () => {
  it('takes the region first, then the language, then US dollars', () => {
    expect(defaultCurrency(['fr-CA'])).toBe('CAD');
    expect(defaultCurrency(['es-MX', 'en'])).toBe('MXN');
    expect(defaultCurrency(['es'])).toBe('EUR');
    expect(defaultCurrency(['en-GB'])).toBe('GBP');
    expect(defaultCurrency(['zh-Hant-TW', 'ja'])).toBe('USD');
    expect(defaultCurrency([])).toBe('USD');
  });
});
