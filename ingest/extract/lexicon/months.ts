// Month names in Spanish and English: they date a dateline and never name a place or an institution
// ("QUITO, June 6, 2019", "3 de Abril de 2021"). Written capitalised, as at a sentence start.
// To extend: add the month under its language.

export const MONTHS: Readonly<Record<'es' | 'en', readonly string[]>> = {
  es: [
    'Enero',
    'Febrero',
    'Marzo',
    'Abril',
    'Mayo',
    'Junio',
    'Julio',
    'Agosto',
    'Septiembre',
    'Octubre',
    'Noviembre',
    'Diciembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** Weekdays: "the Ministry of Finance on Monday" ends at "Finance". */
export const WEEKDAYS: Readonly<Record<'es' | 'en', readonly string[]>> = {
  es: ['Lunes', 'Martes', 'Miércoles', 'Jueves', 'Viernes', 'Sábado', 'Domingo'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};
