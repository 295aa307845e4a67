import raw from '../../data/questions.json';
import { parseQuestionnaire } from './questions.ts';

export const defaultQuestionnaire = parseQuestionnaire(raw);
