// Common given names that also appear as a second given name ("José Antonio Meade"): in a
// three-token name such a middle token is read as a given name, not a surname, so that
// "José Antonio" never counts as sharing a surname with "José Antonio Meade".
// Lower case, without accents. Extend freely: a missing name only makes matching more permissive.

export const GIVEN_NAMES: readonly string[] = [
  'adolfo', 'alberto', 'alejandra', 'alejandro', 'alfonso', 'alfredo', 'alicia', 'ana', 'andres',
  'angel', 'angeles', 'antonia', 'antonio', 'arturo', 'beatriz', 'camilo', 'carlos', 'carmen',
  'cecilia', 'cristina', 'daniel', 'david', 'eduardo', 'elena', 'elizabeth', 'emilio', 'enrique',
  'ernesto', 'eugenia', 'eugenio', 'felipe', 'fernanda', 'fernando', 'francisco', 'gabriel',
  'gabriela', 'guadalupe', 'guillermo', 'gustavo', 'ignacio', 'isabel', 'javier', 'jesus', 'joaquin',
  'jorge', 'jose', 'juan', 'julia', 'julian', 'julio', 'laura', 'leticia', 'lucia', 'luis', 'luisa',
  'luz', 'manuel', 'marcela', 'margarita', 'maria', 'mario', 'martin', 'mercedes', 'miguel',
  'octavio', 'pablo', 'patricia', 'pedro', 'rafael', 'ramon', 'raul', 'ricardo', 'roberto', 'rosa',
  'salvador', 'santiago', 'sergio', 'sofia', 'teresa', 'tomas', 'vicente', 'victor', 'victoria',
];
