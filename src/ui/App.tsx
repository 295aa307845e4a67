import { Router, Route } from '@solidjs/router';
import { lazy } from 'solid-js';
import { Layout } from './components/Layout.tsx';
import { HomePage } from './pages/HomePage.tsx';

// The first screen needs no engine; each case screen loads with its own chunk.
const QuestionPage = lazy(() => import('./pages/QuestionPage.tsx'));
const ReviewPage = lazy(() => import('./pages/ReviewPage.tsx'));
const ResultsPage = lazy(() => import('./pages/ResultsPage.tsx'));
const StandardsPage = lazy(() => import('./pages/StandardsPage.tsx'));
const CaseMediatorsPage = lazy(() => import('./pages/CaseMediatorsPage.tsx'));
const DirectoryPage = lazy(() => import('./pages/DirectoryPage.tsx'));
const MentorsPage = lazy(() => import('./pages/MentorsPage.tsx'));
const MediatorPage = lazy(() => import('./pages/MediatorPage.tsx'));
const ShortlistPage = lazy(() => import('./pages/ShortlistPage.tsx'));
const WorksheetPage = lazy(() => import('./pages/WorksheetPage.tsx'));
const ReportPage = lazy(() => import('./pages/ReportPage.tsx'));
const ProtectPage = lazy(() => import('./pages/ProtectPage.tsx'));
const WorkshopPage = lazy(() => import('./pages/WorkshopPage.tsx'));
const WorkshopComparePage = lazy(() => import('./pages/WorkshopComparePage.tsx'));
const GuidePage = lazy(() => import('./pages/GuidePage.tsx'));
const ScenarioPage = lazy(() => import('./pages/ScenarioPage.tsx'));
const PresenterPage = lazy(() => import('./pages/PresenterPage.tsx'));
const HandoutPage = lazy(() => import('./pages/HandoutPage.tsx'));
const SpeakerNotesPage = lazy(() => import('./pages/SpeakerNotesPage.tsx'));
const TogetherPage = lazy(() => import('./pages/TogetherPage.tsx'));
const TogetherLinkPage = lazy(() => import('./pages/TogetherLinkPage.tsx'));
const HowPage = lazy(() => import('./pages/HowPage.tsx'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage.tsx'));

export function App() {
  return (
    <Router root={Layout}>
      <Route path="/" component={HomePage} />
      <Route path="/case/:caseId/q/:questionId" component={QuestionPage} />
      <Route path="/case/:caseId/review" component={ReviewPage} />
      <Route path="/case/:caseId/results" component={ResultsPage} />
      <Route path="/case/:caseId/mediators" component={CaseMediatorsPage} />
      <Route path="/case/:caseId/worksheet" component={WorksheetPage} />
      <Route path="/case/:caseId/report" component={ReportPage} />
      <Route path="/case/:caseId/together" component={TogetherPage} />
      <Route path="/together" component={TogetherLinkPage} />
      <Route path="/how" component={HowPage} />
      <Route path="/protect" component={ProtectPage} />
      <Route path="/standards" component={StandardsPage} />
      <Route path="/mediators" component={DirectoryPage} />
      <Route path="/mediators/shortlist" component={ShortlistPage} />
      <Route path="/mediators/mentors" component={MentorsPage} />
      <Route path="/mediators/:mediatorId" component={MediatorPage} />
      <Route path="/workshop" component={WorkshopPage} />
      <Route path="/workshop/compare" component={WorkshopComparePage} />
      <Route path="/workshop/guide" component={GuidePage} />
      <Route path="/workshop/:scenarioId" component={ScenarioPage} />
      <Route path="/workshop/:scenarioId/present" component={PresenterPage} />
      <Route path="/workshop/:scenarioId/handout" component={HandoutPage} />
      <Route path="/workshop/:scenarioId/notes" component={SpeakerNotesPage} />
      <Route path="*404" component={NotFoundPage} />
    </Router>
  );
}
