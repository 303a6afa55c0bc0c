// Words every tool shares (the token, errors).
import type { AppHost } from '../../app/host';

export function extendShared(host: AppHost): void {
  host.i18n.extend({
    es: {
      'tools.noToken':
        'Para corregir o subir documentos hace falta la clave: abra el enlace que imprimió `enlace start` (termina en ?token=…).',
      'tools.badToken':
        'La clave fue rechazada: abra de nuevo el enlace que imprimió `enlace start` (termina en ?token=…).',
      'tools.note': 'Nota (obligatoria): por qué',
      'tools.notePlaceholder': 'Qué estaba mal y cómo lo sabe',
      'tools.noteRequired': 'Escriba una nota: explica la corrección en el historial.',
      'tools.cancel': 'Cancelar',
    },
    en: {
      'tools.noToken':
        'Corrections and uploads need the token: open the link `enlace start` printed (it ends in ?token=…).',
      'tools.badToken':
        'The token was refused: open again the link `enlace start` printed (it ends in ?token=…).',
      'tools.note': 'Note (required): why',
      'tools.notePlaceholder': 'What was wrong, and how you know',
      'tools.noteRequired': 'Write a note: it explains the correction in the history.',
      'tools.cancel': 'Cancel',
    },
  });
}
