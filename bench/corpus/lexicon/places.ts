// Places of Spanish-speaking countries: each country with some of its first-level divisions and their cities.

export interface Region {
  name: string;
  cities: readonly string[];
}

export interface Country {
  name: string;
  /** English name, when it differs. */
  en?: string;
  /** What a first-level division is called there ("Estado", "Departamento", ...). */
  regionWord: string;
  /** Demonym used in prose ("mexicanas"): feminine plural, to agree with "instituciones". */
  demonym: string;
  regions: readonly Region[];
}

export const COUNTRIES: readonly Country[] = [
  {
    name: 'México',
    en: 'Mexico',
    regionWord: 'Estado',
    demonym: 'mexicanas',
    regions: [
      { name: 'Coahuila', cities: ['Saltillo', 'Torreón', 'Monclova'] },
      { name: 'Jalisco', cities: ['Guadalajara', 'Zapopan', 'Puerto Vallarta'] },
      { name: 'Nuevo León', cities: ['Monterrey', 'San Nicolás de los Garza', 'Apodaca'] },
      { name: 'Puebla', cities: ['Cholula', 'Tehuacán', 'Atlixco'] },
      { name: 'Oaxaca', cities: ['Juchitán', 'Salina Cruz', 'Tuxtepec'] },
      { name: 'Chiapas', cities: ['Tuxtla Gutiérrez', 'Tapachula', 'Comitán'] },
      { name: 'Yucatán', cities: ['Mérida', 'Valladolid', 'Progreso'] },
      { name: 'Sonora', cities: ['Hermosillo', 'Ciudad Obregón', 'Nogales'] },
      { name: 'Veracruz', cities: ['Xalapa', 'Coatzacoalcos', 'Orizaba'] },
      { name: 'Guanajuato', cities: ['León', 'Irapuato', 'Celaya'] },
      { name: 'Querétaro', cities: ['San Juan del Río', 'Corregidora'] },
      { name: 'Zacatecas', cities: ['Fresnillo', 'Jerez'] },
      { name: 'Baja California', cities: ['Mexicali', 'Tijuana', 'Ensenada'] },
      { name: 'Sinaloa', cities: ['Culiacán', 'Mazatlán', 'Los Mochis'] },
      { name: 'Tabasco', cities: ['Villahermosa', 'Comalcalco'] },
      { name: 'Michoacán', cities: ['Morelia', 'Uruapan', 'Pátzcuaro'] },
      { name: 'Hidalgo', cities: ['Pachuca', 'Tulancingo'] },
    ],
  },
  {
    name: 'Colombia',
    regionWord: 'Departamento',
    demonym: 'colombianas',
    regions: [
      { name: 'Antioquia', cities: ['Medellín', 'Envigado', 'Rionegro'] },
      { name: 'Valle del Cauca', cities: ['Cali', 'Palmira', 'Buenaventura'] },
      { name: 'Santander', cities: ['Bucaramanga', 'Floridablanca'] },
      { name: 'Boyacá', cities: ['Tunja', 'Duitama', 'Sogamoso'] },
      { name: 'Casanare', cities: ['Yopal', 'Aguazul'] },
      { name: 'Atlántico', cities: ['Barranquilla', 'Soledad'] },
    ],
  },
  {
    name: 'Argentina',
    regionWord: 'Provincia',
    demonym: 'argentinas',
    regions: [
      { name: 'Mendoza', cities: ['Maipú', 'Godoy Cruz', 'San Rafael'] },
      { name: 'Córdoba', cities: ['Villa María', 'Río Cuarto'] },
      { name: 'Santa Fe', cities: ['Rosario', 'Rafaela', 'Venado Tuerto'] },
      { name: 'Salta', cities: ['Orán', 'Tartagal'] },
      { name: 'Tucumán', cities: ['San Miguel de Tucumán', 'Tafí Viejo'] },
    ],
  },
  {
    name: 'Chile',
    regionWord: 'Región',
    demonym: 'chilenas',
    regions: [
      { name: 'Valparaíso', cities: ['Viña del Mar', 'Quilpué', 'San Antonio'] },
      { name: 'Biobío', cities: ['Concepción', 'Talcahuano', 'Los Ángeles'] },
      { name: 'Antofagasta', cities: ['Calama', 'Tocopilla'] },
      { name: 'Araucanía', cities: ['Temuco', 'Villarrica'] },
    ],
  },
  {
    name: 'Perú',
    en: 'Peru',
    regionWord: 'Región',
    demonym: 'peruanas',
    regions: [
      { name: 'Arequipa', cities: ['Camaná', 'Mollendo'] },
      { name: 'Cusco', cities: ['Urubamba', 'Sicuani'] },
      { name: 'La Libertad', cities: ['Pacasmayo', 'Chepén'] },
      { name: 'Piura', cities: ['Sullana', 'Talara', 'Paita'] },
    ],
  },
  {
    name: 'Ecuador',
    regionWord: 'Provincia',
    demonym: 'ecuatorianas',
    regions: [
      { name: 'Pichincha', cities: ['Quito', 'Cayambe'] },
      { name: 'Guayas', cities: ['Guayaquil', 'Durán', 'Milagro'] },
      { name: 'Azuay', cities: ['Cuenca', 'Gualaceo'] },
    ],
  },
  {
    name: 'Guatemala',
    regionWord: 'Departamento',
    demonym: 'guatemaltecas',
    regions: [
      { name: 'Quetzaltenango', cities: ['Coatepeque', 'Olintepeque'] },
      { name: 'Sacatepéquez', cities: ['Antigua Guatemala', 'Jocotenango'] },
      { name: 'Escuintla', cities: ['Santa Lucía Cotzumalguapa', 'Puerto San José'] },
    ],
  },
  {
    name: 'Costa Rica',
    regionWord: 'Provincia',
    demonym: 'costarricenses',
    regions: [
      { name: 'Alajuela', cities: ['San Carlos', 'Grecia'] },
      { name: 'Heredia', cities: ['Barva', 'Santo Domingo'] },
      { name: 'Guanacaste', cities: ['Liberia', 'Nicoya'] },
    ],
  },
  {
    name: 'Honduras',
    regionWord: 'Departamento',
    demonym: 'hondureñas',
    regions: [
      { name: 'Cortés', cities: ['San Pedro Sula', 'Puerto Cortés'] },
      { name: 'Atlántida', cities: ['La Ceiba', 'Tela'] },
    ],
  },
  {
    name: 'República Dominicana',
    en: 'Dominican Republic',
    regionWord: 'Provincia',
    demonym: 'dominicanas',
    regions: [
      { name: 'La Vega', cities: ['Jarabacoa', 'Constanza'] },
      { name: 'Puerto Plata', cities: ['Sosúa', 'Imbert'] },
    ],
  },
  {
    name: 'Uruguay',
    regionWord: 'Departamento',
    demonym: 'uruguayas',
    regions: [
      { name: 'Canelones', cities: ['Las Piedras', 'Pando'] },
      { name: 'Paysandú', cities: ['Guichón', 'Quebracho'] },
    ],
  },
  {
    name: 'Paraguay',
    regionWord: 'Departamento',
    demonym: 'paraguayas',
    regions: [
      { name: 'Itapúa', cities: ['Encarnación', 'Hohenau'] },
      { name: 'Alto Paraná', cities: ['Ciudad del Este', 'Hernandarias'] },
    ],
  },
  {
    name: 'Bolivia',
    regionWord: 'Departamento',
    demonym: 'bolivianas',
    regions: [
      { name: 'Cochabamba', cities: ['Quillacollo', 'Sacaba'] },
      { name: 'Santa Cruz', cities: ['Montero', 'Warnes'] },
    ],
  },
  {
    name: 'España',
    en: 'Spain',
    regionWord: 'Comunidad',
    demonym: 'españolas',
    regions: [
      { name: 'Andalucía', cities: ['Sevilla', 'Málaga', 'Granada'] },
      { name: 'Galicia', cities: ['Vigo', 'Lugo', 'Ourense'] },
      { name: 'Castilla y León', cities: ['Salamanca', 'Valladolid', 'Burgos'] },
      { name: 'Aragón', cities: ['Zaragoza', 'Huesca'] },
    ],
  },
];

/** Venue names (Place, kind venue): self-contained, so a venue never embeds another entity's name. */
export const VENUES_ES: readonly string[] = [
  'Salón Presidentes',
  'Salón Independencia',
  'Salón Bicentenario',
  'Salón de Cabildo',
  'Salón Juárez',
  'Salón Constituyentes',
  'Salón de Usos Múltiples',
  'Auditorio Central',
  'Auditorio Magno',
  'Aula Magna',
  'Casa de Gobierno',
  'Palacio de Gobierno',
  'Palacio Municipal',
  'Sala de Juntas de Rectoría',
  'Sala de Consejo',
  'Centro Cultural Universitario',
  'Patio Central del Edificio Histórico',
];

export const VENUES_EN: readonly string[] = [
  'Bolívar Hall',
  'Independence Room',
  'Main Auditorium',
  'Council Chamber',
  'Government House',
  'Convention Center',
  'Heritage Hall',
];
