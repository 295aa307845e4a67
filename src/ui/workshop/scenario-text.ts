// A scenario's own texts in the interface's language (they ship in every language with the scenario).
import type { LocalText, WorkshopArea } from '../../domain/workshop/scenario.ts';
import { locale, t } from '../app/i18n.ts';
import { workshopMessages } from './workshop.messages.ts';

export const localText = (text: LocalText): string => text[locale()];

export const areaName = (area: WorkshopArea): string => t(workshopMessages)[`area.${area}`];
