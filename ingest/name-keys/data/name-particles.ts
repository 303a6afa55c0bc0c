// Particles inside person names ("María de la Luz", "Vélez y Álvarez") ignored when comparing
// token by token, so that "María Luz García" and "María de la Luz García" line up.

export const NAME_PARTICLES: readonly string[] = [
  'de',
  'del',
  'la',
  'las',
  'los',
  'y',
  'e',
  'van',
  'von',
  'da',
  'di',
  'do',
  'dos',
];
