import { plural } from '../../../i18n/plural.ts';
import type { TranslationOf } from '../../../i18n/messages.ts';
import type { fitMessages } from '../../directory/fit.messages.ts';

export default {
  'area-match': 'ist im Bereich Ihrer Streitigkeit tätig',
  'area-missing': 'nennt den Bereich Ihrer Streitigkeit nicht',
  'speaks-needed': (names: string) => `spricht ${names}, wie von Ihnen benötigt`,
  'speaks-none': 'spricht keine der Sprachen, die Sie benötigen',
  'works-in': (names: string) => `ist tätig in: ${names}`,
  'online-distance': 'führt Mediationen online durch, daher spielt die Entfernung keine Rolle',
  'not-where': 'ist nicht dort tätig, wo Sie sich befinden',
  'certified.certified-mediator': 'ist IMI Certified Mediator',
  'certified.intercultural':
    'ist für interkulturelle Kompetenz zertifiziert, hilfreich über Grenzen und Kulturen hinweg',
  'certified.investor-state': 'ist für Investor-Staat-Mediation zertifiziert',
  'certified.online': 'ist für Online-Mediation zertifiziert',
  'certified.mediation-advocate': 'ist als Parteivertreter in der Mediation zertifiziert',
  'not-investor-state': 'ist nicht für Investor-Staat-Mediation zertifiziert',
  style: (names: string) => `arbeitet ${names}, wie es Ihr Fall erfordert`,
  evaluation: 'gibt auf Wunsch eine Einschätzung in der Sache ab',
  'multi-party': 'hat Erfahrung mit Mehrparteienverfahren',
  'experience-unknown': 'nennt keine Berufsjahre (wird nicht nachteilig gewertet)',
  experience: (n: number) => plural('de', n, { one: `ist seit ${n} Jahr tätig`, other: `ist seit ${n} Jahren tätig` }),
  mediations: (n: number, count: string) =>
    plural('de', n, { one: `hat ${count} Mediation durchgeführt`, other: `hat ${count} Mediationen durchgeführt` }),
  'digest-current': 'hat eine aktuelle Feedback-Übersicht',
  'digest-grace': 'ist neu zertifiziert; eine Feedback-Übersicht ist noch nicht fällig',
  'digest-missing': 'hat keine aktuelle Feedback-Übersicht',
  'nationality-shared': 'hat dieselbe Staatsangehörigkeit wie eine der Parteien',
  'nationality-neither': 'hat die Staatsangehörigkeit keiner der Parteien',
  'mentor-near': (names: string) => `ist dort tätig, wo Sie sich befinden (${names})`,
  'mentor-region': (names: string) => `ist in Ihrer Region tätig (${names})`,
  'mentor-online': 'führt Mediationen online durch, sodass Sie aus der Ferne teilnehmen könnten',
  'mentor-speaks': (names: string) => `spricht ${names}`,
  'mentor-no-language': 'spricht keine Ihrer Sprachen',
  'mentor-area': (names: string) => `ist in einem Bereich tätig, der Sie interessiert: ${names}`,
  'mentor-role': (names: string) => `lässt Mentees ${names}`,
  'mentor-no-role': 'bietet nicht an, was Sie suchen',
  'mentor-digest-stale': 'hat eine veraltete Feedback-Übersicht',
} satisfies TranslationOf<typeof fitMessages>;
