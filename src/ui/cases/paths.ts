import { FIRST_QUESTION_ID } from '../../domain/first-question.ts';

// Case URLs carry only the random case id and a question id: never a name or free text.
export const questionPath = (caseId: string, questionId: string) => `/case/${caseId}/q/${questionId}`;
export const reviewPath = (caseId: string) => `/case/${caseId}/review`;
export const resultsPath = (caseId: string) => `/case/${caseId}/results`;
export const firstQuestionPath = (caseId: string) => questionPath(caseId, FIRST_QUESTION_ID);
export const worksheetPath = (caseId: string) => `/case/${caseId}/worksheet`;
export const reportPath = (caseId: string) => `/case/${caseId}/report`;
export const togetherPath = (caseId: string) => `/case/${caseId}/together`;
