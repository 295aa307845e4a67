import type { TranslationOf } from '../../../i18n/messages.ts';
import type { caseFileMessages } from '../../cases/case-file.messages.ts';

export default {
  export: 'Exporter',
  exportHint:
    'Enregistre ce dossier dans un fichier sur votre appareil. Le fichier contient le nom du dossier et vos réponses : ne le partagez qu’avec des personnes de confiance.',
  importTitle: 'Importer un dossier',
  importHint:
    'Choisissez un fichier de dossier exporté depuis Olé, ou déposez-le ici. L’import ajoute un dossier et ne modifie jamais vos dossiers existants.',
  chooseFile: 'Fichier de dossier',
  dropHere: 'Déposez le fichier de dossier ici',
  importing: 'Import en cours…',
  imported: (title: string) => `« ${title} » a été importé.`,
  openImported: 'Ouvrir le dossier importé',
  importedNewId:
    'Un dossier avec le même identifiant existait déjà sur cet appareil : le fichier a été ajouté comme dossier distinct. Votre dossier existant n’a pas changé.',
  readFailed: 'Le fichier n’a pas pu être lu. Rien n’a été modifié.',
  'refused-not-json':
    'Ce fichier n’est pas un fichier de dossier Olé (il n’est pas lisible comme tel). Rien n’a été modifié.',
  'refused-foreign': 'Ce fichier n’est pas un fichier de dossier Olé. Rien n’a été modifié.',
  'refused-newer':
    'Ce fichier de dossier a été créé par une version plus récente d’Olé. Mettez Olé à jour (rechargez-le en ligne) et réessayez. Rien n’a été modifié.',
  'refused-invalid': 'Ce fichier de dossier comporte des erreurs : il n’a pas été importé. Rien n’a été modifié.',
  problemsMore: (count: number) => `et ${count} de plus`,
  problemsTitle: 'Ce qui ne va pas dans le fichier',
  'too-large': 'le fichier est trop volumineux pour être un dossier',
  'not-json': 'illisible',
  'not-case-file': 'pas un fichier de dossier Olé',
  'newer-version': 'créé par une version plus récente d’Olé',
  'bad-version': 'version inconnue d’Olé',
  missing: 'manquant',
  'unknown-key': 'ne fait pas partie d’un fichier de dossier',
  'not-object': 'un groupe de valeurs est attendu',
  'not-array': 'une liste est attendue',
  'not-text': 'un texte est attendu',
  'not-boolean': 'oui ou non (true ou false) attendu',
  empty: 'vide',
  'too-long': 'trop long',
  'too-many': 'trop d’éléments',
  'control-character': 'contient des caractères de contrôle invisibles',
  'bad-id': 'identifiant non valide',
  'bad-date': 'pas une date et une heure',
  'bad-code': 'code inconnu',
  'bad-choice': 'pas une des valeurs permises',
  'unknown-question': 'pas une question posée par Olé',
  'not-a-choice': 'pas une des réponses à cette question',
  'wrong-type': 'type de valeur incorrect pour cette question',
  'not-number': 'un nombre est attendu',
  'out-of-range': 'hors de la plage permise',
  'bad-currency': 'devise inconnue',
  'duplicate-id': 'le même identifiant apparaît deux fois',
} satisfies TranslationOf<typeof caseFileMessages>;
