// Words that alone do not name one institution: a name made only of these ("Gobierno del
// Estado", "el Instituto", "Ayuntamiento") means a different body in each document, so it is
// never used as a matching key across documents. Lower case, without accents.

export const GENERIC_INSTITUTION_WORDS: readonly string[] = [
  // head nouns
  'gobierno', 'secretaria', 'ministerio', 'instituto', 'universidad', 'facultad', 'consejo',
  'comision', 'direccion', 'coordinacion', 'departamento', 'oficina', 'programa', 'sistema',
  'ayuntamiento', 'municipio', 'cabildo', 'congreso', 'camara', 'asamblea', 'fundacion',
  'asociacion', 'organizacion', 'empresa', 'dependencia', 'organismo', 'institucion',
  'government', 'ministry', 'department', 'office', 'council', 'university', 'agency', 'city',
  // qualifiers that do not pin a body down
  'estado', 'entidad', 'estatal', 'municipal', 'nacional', 'federal', 'local', 'regional', 'general',
  'pais', 'republica', 'state', 'national',
];
