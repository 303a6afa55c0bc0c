// English sentence templates of the synthetic press releases (about one document in ten). Slots as in prose-es.ts.

export const PURPOSES: readonly string[] = [
  'strengthen cooperation on {topic}',
  'develop joint projects on {topic}',
  'coordinate actions that benefit the population',
  'promote the exchange of experience and good practice',
  'share technical capacity on {topic}',
];

export const LEADS_TWO: readonly string[] = [
  '{A} and {B} signed a {agr} to {purpose}.',
  '{A} signed a {agr} with {B}, aiming to {purpose}.',
  'In a ceremony held today, {A} and {B} formalized a {agr} to {purpose}.',
];

export const LEADS_THREE: readonly string[] = ['{A}, {B} and {C} signed a {agr} to {purpose}.'];

export const SIGNATORIES: readonly string[] = [
  'The {agrShort} was signed by {sigs}.',
  '{sigsPostCap}, signed the document.',
  'Signing on behalf of the institutions were {sigsPost}.',
  '{sigsTitled} signed the {agrShort}.',
];

export const SETTINGS: readonly { text: string; event: boolean; venue: boolean; eventCity: boolean }[] = [
  {
    text: 'The signing took place during the {event}, held in {city}.',
    event: true,
    venue: false,
    eventCity: true,
  },
  {
    text: 'The agreement was signed on the sidelines of the {event}.',
    event: true,
    venue: false,
    eventCity: false,
  },
  {
    text: 'The ceremony was held at the {venue} during the {event}.',
    event: true,
    venue: true,
    eventCity: false,
  },
  { text: 'The ceremony was held at the {venue}.', event: false, venue: true, eventCity: false },
];

export const WITNESS_ONE: readonly string[] = [
  '{witCap}, attended as witness of honor.',
  'The signing was witnessed by {wit}.',
];
export const WITNESS_MANY: readonly string[] = ['The signing was witnessed by {wits}.'];
export const ATTENDEES: readonly string[] = ['Also present were {atts}.'];

export const QUOTE_FRAMES: readonly string[] = [
  '“{quote},” said {who}.',
  '{who} said that {indirect}.',
  'Speaking at the event, {whoShort} noted that {indirect}.',
];

export const QUOTES: readonly string[] = [
  'Today we take a firm step to address the challenges of {topic} together',
  'Public institutions must join forces rather than duplicate them',
  'This is the beginning of a long-term relationship between our institutions',
  'Our students and staff will be the first to benefit from this partnership',
  'Cooperation is the way to build lasting solutions',
];

export const INDIRECT: readonly string[] = [
  'the agreement will make better use of both institutions’ facilities',
  'a technical committee will follow up on the commitments made',
  'results will be evaluated regularly and made public',
  'cooperation between institutions is essential to meet the challenges of {topic}',
];

export const FILLERS: readonly string[] = [
  'The document sets out the mechanisms for coordination, follow-up and evaluation of joint activities.',
  'The commitments include courses, workshops and seminars for specialized staff.',
  'The agreement will remain in force for {years} years and may be renewed by mutual consent.',
  'A technical committee with representatives of each institution will oversee its implementation.',
  'According to official figures, more than {n} thousand people could benefit directly from these actions.',
  'Each institution will fund its activities from its own budget.',
  'Joint research projects are expected, with results to be published in specialized journals.',
  'The work plan includes quarterly targets and an annual report of results.',
  'Students will be able to complete internships and community service in the areas agreed.',
  'In {year}, the institutions had already cooperated on training that reached hundreds of workers.',
  'The parties agreed to publicize the scope of the agreement within their communities.',
  'Indicators will be set to measure the impact of the actions on people’s quality of life.',
  'Priority will be given to rural communities and to vulnerable groups.',
  'Each party will appoint a liaison to coordinate activities and report on progress.',
  'The actions will be aligned with the sustainable development goals.',
  'Women and young people will be encouraged to take part in every stage of the projects.',
  'A call for the first joint project will be published in the coming months.',
  'The pilot program will start in {n} municipalities and expand gradually.',
  'The event ended with a tour of the facilities and an official photo session.',
  'Other agencies and organizations will be invited to join the planned actions.',
  'Progress reviews will take place every six months.',
  'The exchange of experience will allow successful models to be replicated in other regions.',
  'Online courses will be offered to reach a larger number of participants.',
  'Specialists agreed that coordination is key to making the most of available resources.',
  '{A} has more than {n} years of experience in {topic}.',
  '{B} will contribute specialized staff and the use of its facilities.',
];

export const NEGATIVE_LEADS: readonly string[] = [
  '{A} and {B} held a working meeting during the {event} to {purpose}.',
  'During the {event}, representatives of {A} and {B} discussed strategies to {purpose}.',
];

export const NEGATIVE_PARTICIPANTS: readonly string[] = [
  'Participants included {parts}.',
  'The meeting brought together {parts}.',
];
export const NEGATIVE_SETTINGS: readonly string[] = ['The meeting was held at the {venue}.'];
export const FUTURE_AGREEMENT: readonly string[] = [
  'The parties agreed to draft a cooperation agreement to be reviewed by their legal teams.',
  'A memorandum of understanding may be signed in the coming months.',
];

export const HEADLINES: readonly string[] = [
  '{a} and {b} Sign {agrFirst}',
  '{a} and {b} Join Forces on {topic}',
];
export const NEGATIVE_HEADLINES: readonly string[] = ['{a} and {b} Hold Working Meeting'];
