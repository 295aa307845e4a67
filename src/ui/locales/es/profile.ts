import type { TranslationOf } from '../../../i18n/messages.ts';
import type { profileMessages } from '../../directory/profile.messages.ts';

export default {
  takingNow: 'Acepta casos nuevos',
  takingFrom: (month: string) => `Acepta casos nuevos a partir de ${month}`,
  notTaking: 'No acepta casos nuevos',
  notSaid: 'El perfil no lo indica',
  feesValue: (band: string, basis: string) => `${band}, ${basis}`,
  feesNote:
    'Las franjas son las del registro, en relación con los honorarios habituales donde ejerce este mediador: pregunte el importe.',
  notTrained: 'Sin formación en protección de las partes',
  shuttle: 'ofrece mediación en salas separadas',
  noShuttle: 'no ofrece mediación en salas separadas',
  conflicts: 'Conflictos de intereses',
  conflictsAsk:
    'Antes de aceptar a este mediador, pregúntele por escrito si tiene algún vínculo con alguna de las partes, sus asesores o el conflicto.',
  conflictsDuty:
    'Los códigos de conducta lo exigen. El Código de Conducta Profesional del IMI (revisado en 2017) pide al mediador que sea independiente, neutral e imparcial, y que revele, antes de aceptar un encargo, todo lo que pueda afectar a ello o parecerlo; el código que sigue este mediador figura más arriba.',
  conflictsRaise:
    'Si conoce un vínculo más tarde, comuníqueselo enseguida al mediador y decida con la otra parte si continúan. En el procedimiento de quejas del IMI, la queja se dirige primero al mediador, dentro del mes siguiente a saberlo.',
  conflictsEnforce:
    'En un acuerdo de transacción comercial internacional, un tribunal puede denegar su ejecución si el mediador incumplió gravemente las normas que le son aplicables, o no reveló circunstancias que susciten dudas justificadas sobre su imparcialidad o independencia, y sin ello una parte no habría llegado al acuerdo (Convención de Singapur sobre la Mediación, 2019, art.\u00a05(1)(e)\u2060–\u2060(f)).',
  bioIn: (language: string) => `Presentación publicada en ${language}.`,
  digestIn: (language: string) => `Resumen publicado en ${language}.`,
} satisfies TranslationOf<typeof profileMessages>;
