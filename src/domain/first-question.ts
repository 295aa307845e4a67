// The questionnaire's first question, named apart from it so the home page can link to it without loading it.
export const FIRST_QUESTION_ID = 'q.area';
