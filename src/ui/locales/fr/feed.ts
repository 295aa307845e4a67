import type { TranslationOf } from '../../../i18n/messages.ts';
import type { feedMessages } from '../../directory/feed.messages.ts';

export default {
  notDownloaded:
    'L’annuaire n’a pas encore été téléchargé. Il arrive à la première connexion et fonctionne ensuite hors ligne.',
  asOf: 'Annuaire à jour au',
  edition: (n: number) => `(édition ${n})`,
  demoData: 'Données de démonstration',
  demoText:
    'Les médiateurs, évaluateurs et synthèses présentés ici sont inventés pour la démonstration ; aucun n’est une personne réelle.',
  technicalDetail: 'Détail technique',
  checking: 'Vérification…',
  waitingForOther:
    'Une autre fenêtre d’Olé met l’annuaire à jour ; celle-ci attend qu’elle ait fini, puis vérifie à nouveau.',
  superseded: (n: number) =>
    `Entre-temps, une autre fenêtre d’Olé a mis l’annuaire à jour vers l’édition ${n} ; cette édition plus récente est conservée.`,
  checkForUpdates: 'Rechercher des mises à jour',
  lastChecked: (when: string) => `Dernière vérification le ${when}`,
  'failure.offline':
    'Olé n’a pas pu joindre le serveur de l’annuaire. Vous êtes sans doute hors ligne ; l’annuaire dont vous disposez est toujours là.',
  'failure.http': 'Le serveur de l’annuaire a répondu par une erreur.',
  'failure.timeout':
    'Le serveur de l’annuaire a cessé de répondre : la vérification a été abandonnée. Olé réessaiera à la prochaine vérification ; l’annuaire dont vous disposez est inchangé.',
  'failure.too-large':
    'Un fichier de l’annuaire dépasse sa taille signée : son téléchargement a été arrêté et la mise à jour refusée. L’annuaire dont vous disposez est inchangé.',
  'failure.bad-signature':
    'La mise à jour de l’annuaire n’est pas correctement signée : elle a peut-être été altérée. Elle a été refusée.',
  'failure.unknown-key':
    'La mise à jour de l’annuaire est signée avec une clé à laquelle cette application ne fait pas confiance. Elle a été refusée.',
  'failure.bad-manifest':
    'La mise à jour de l’annuaire est endommagée (sa liste de fichiers est illisible). Elle a été refusée.',
  'failure.unknown-format':
    'La mise à jour de l’annuaire utilise un format plus récent que celui que comprend cette version d’Olé. Mettez l’application à jour.',
  'failure.rollback':
    'La mise à jour de l’annuaire est plus ancienne que celle que vous avez, ce qui pourrait être un rejeu de données périmées. Elle a été refusée.',
  'failure.sequence-jump':
    'La mise à jour de l’annuaire annonce un numéro d’édition très au-delà du vôtre, ce qui bloquerait toutes les mises à jour suivantes. Elle a été refusée.',
  'failure.hash-mismatch':
    'Un fichier de l’annuaire ne correspond pas à son empreinte signée : il est tronqué ou a été modifié. La mise à jour a été refusée.',
  'failure.bad-records': 'La mise à jour de l’annuaire contient des fiches invalides. Elle a été refusée.',
  'failure.storage-full':
    'Votre appareil n’a plus d’espace de stockage : la mise à jour de l’annuaire n’a pas pu être enregistrée. L’annuaire que vous aviez est inchangé.',
  'failure.storage':
    'Votre navigateur a refusé d’enregistrer la mise à jour de l’annuaire. L’annuaire que vous aviez est inchangé.',
  failureUnknown: 'L’annuaire n’a pas pu être mis à jour. L’annuaire que vous aviez est inchangé.',
  notCertified: 'Certification non valide actuellement.',
  certifications: 'Certifications',
  'reason.revoked': (date: string, reasonCode: string) => `certification retirée le ${date} (${reasonCode})`,
  'reason.grace-digest-stale': (digestDate: string, certifiedOn: string, until: string) =>
    `la synthèse d’évaluations du ${digestDate} est périmée ; certifié récemment, le ${certifiedOn}, délai de grâce jusqu’au ${until}`,
  'reason.grace-no-digest': (certifiedOn: string, until: string) =>
    `certifié récemment, le ${certifiedOn} : pas encore de synthèse d’évaluations, délai de grâce jusqu’au ${until}`,
  'reason.digest-stale': (digestDate: string, months: number, dueBy: string) =>
    `la synthèse d’évaluations du ${digestDate} date de plus de ${months} mois (le renouvellement était dû le ${dueBy})`,
  'reason.grace-ended': (months: number, certifiedOn: string, ended: string) =>
    `aucune synthèse d’évaluations, et le délai de grâce de ${months} mois après la certification du ${certifiedOn} a pris fin le ${ended}`,
  'reason.no-certification': 'aucune certification sur le profil',
  feedbackDigest: 'Synthèse d’évaluations (Feedback Digest)',
  noDigestYet: 'Pas encore de synthèse d’évaluations.',
  digestDueBy: (date: string) => ` Certification récente : une synthèse est attendue d’ici le ${date}.`,
  digestStale:
    'Cette synthèse date de plus de deux ans et n’a pas été renouvelée : elle peut ne pas refléter le travail récent.',
  reviewer: 'Évaluateur :',
  currentUntil: (date: string) => ` · valide jusqu’au ${date}`,
} satisfies TranslationOf<typeof feedMessages>;
