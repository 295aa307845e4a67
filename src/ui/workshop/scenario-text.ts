// A scenario's own texts in the interface's language, English where a locale has none.
import type { LocalText, WorkshopArea } from '../../domain/workshop/scenario.ts';
import { locale, t } from '../app/i18n.ts';
import { workshopMessages } from './workshop.messages.ts';

export const localText = (text: LocalText): string => text[locale()] ?? text.en;

export const areaName = (area: WorkshopArea): string => t(workshopMessages)[`area.${area}`];
