import raw from '../../data/questions.json' with { type: 'json' };
import { parseQuestionnaire } from './questions.ts';

export const defaultQuestionnaire = parseQuestionnaire(raw);
