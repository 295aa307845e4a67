// The interface in this locale: every catalogue of ../bundle.ts, loaded as one chunk when the locale is chosen.
import type { LocaleBundle } from '../bundle.ts';
import app from './app.ts';
import autoLock from './auto-lock.ts';
import caseFile from './case-file.ts';
import codeError from './code-error.ts';
import components from './components.ts';
import costs from './costs.ts';
import directory from './directory.ts';
import feed from './feed.ts';
import fit from './fit.ts';
import guide from './guide.ts';
import home from './home.ts';
import how from './how.ts';
import label from './label.ts';
import layout from './layout.ts';
import numberField from './number-field.ts';
import protection from './protection.ts';
import punctuation from './punctuation.ts';
import protectionStatus from './protection-status.ts';
import questions from './questions.ts';
import recovery from './recovery.ts';
import forgetPassphrase from './forget-passphrase.ts';
import report from './report.ts';
import results from './results.ts';
import search from './search.ts';
import stages from './stages.ts';
import standards from './standards.ts';
import together from './together.ts';
import votes from './votes.ts';
import whatIf from './what-if.ts';
import paths from './paths.ts';
import working from './working.ts';
import worksheet from './worksheet.ts';
import workshop from './workshop.ts';
import shortlist from './shortlist.ts';
import profile from './profile.ts';
import weighedLabel from './weighed-label.ts';

export default {
  app,
  autoLock,
  caseFile,
  codeError,
  components,
  costs,
  directory,
  feed,
  fit,
  guide,
  home,
  how,
  label,
  layout,
  numberField,
  protection,
  protectionStatus,
  punctuation,
  questions,
  recovery,
  forgetPassphrase,
  report,
  results,
  search,
  stages,
  standards,
  together,
  votes,
  whatIf,
  paths,
  working,
  worksheet,
  workshop,
  weighedLabel,
  profile,
  shortlist,
} satisfies LocaleBundle;
