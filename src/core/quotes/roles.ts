/**
 * Words that describe who someone is: titles written before a name ("Sen.", "President"), nouns
 * for roles ("spokesman", "the US president"), words that give away gender, and words that mark a
 * name as an organisation. Roles tie descriptions to names: an article that writes "Kremlin
 * spokesman Dmitry Peskov" lets "the Kremlin spokesman said" stand for him.
 */

/** Titles that stand capitalised before a name and are not part of it. */
export const TITLES = new Set([
  // Honorifics.
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'madam',
  // Offices of state and government.
  'president', 'vice', 'president-elect', 'sen', 'senator', 'rep', 'representative', 'congressman', 'congresswoman', 'gov',
  'governor', 'lt', 'mayor', 'secretary', 'minister', 'prime', 'premier', 'chancellor', 'speaker', 'leader', 'ambassador',
  'commissioner', 'attorney', 'general', 'judge', 'justice', 'sheriff', 'assemblyman', 'assemblywoman', 'councilman',
  'councilwoman', 'delegate', 'state', 'chief', 'director', 'chairman', 'chairwoman', 'chair', 'former', 'candidate',
  'nominee', 'deputy', 'acting', 'democrat', 'republican',
  // Military, police and church ranks.
  'gen', 'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'sgt', 'sergeant', 'adm', 'admiral', 'cmdr', 'commander',
  'officer', 'detective', 'rev', 'reverend', 'pastor', 'bishop', 'cardinal', 'rabbi', 'imam', 'pope', 'father',
  // Royalty.
  'king', 'queen', 'prince', 'princess',
]);

/** Nouns for what a person is, used in descriptions that stand for a name ("the spokesman said"). */
const BARE_ROLE_NOUNS = [
  ...TITLES,
  // Politics and government.
  'spokesman', 'spokeswoman', 'spokesperson', 'nominee', 'front-runner', 'frontrunner', 'rival', 'challenger', 'opponent',
  'counterpart', 'lawmaker', 'legislator', 'politician', 'official', 'aide', 'adviser', 'advisor', 'strategist', 'consultant',
  'pollster', 'manager', 'head', 'incumbent', 'diplomat', 'envoy', 'whip', 'congressmember', 'councilmember', 'operative',
  'secretary-general', 'vice-president', 'president-elect', 'governor-elect', 'democrat', 'republican', 'libertarian',
  // Business and media.
  'founder', 'co-founder', 'cofounder', 'ceo', 'executive', 'businessman', 'businesswoman', 'billionaire', 'mogul', 'tycoon',
  'developer', 'investor', 'donor', 'owner', 'reporter', 'journalist', 'correspondent', 'anchor', 'host', 'commentator',
  'columnist', 'editor', 'writer', 'author', 'analyst', 'economist', 'pundit', 'blogger', 'broker', 'banker',
  // Professions and public life.
  'lawyer', 'attorney', 'prosecutor', 'scholar', 'expert', 'researcher', 'scientist', 'historian', 'teacher', 'student',
  'doctor', 'physician', 'nurse', 'agent', 'soldier', 'veteran', 'actor', 'actress', 'singer', 'star', 'comedian', 'rapper',
  'musician', 'player', 'coach', 'athlete', 'activist', 'organizer', 'organiser', 'preacher', 'priest', 'worker', 'employee',
  'farmer', 'voter', 'resident', 'supporter', 'critic', 'protester', 'demonstrator', 'attendee', 'member', 'partner',
  'lobbyist', 'staffer', 'volunteer', 'insider', 'observer', 'ally', 'colleague', 'source', 'sources', 'fan', 'leader',
  // Family and people in general.
  'man', 'woman', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'mom', 'dad', 'grandmother',
  'grandfather', 'widow', 'friend', 'victim', 'survivor', 'witness', 'neighbor', 'neighbour',
];
/** Prefixes a role noun takes with a hyphen: "said co-host Ruth Abernathy", "the ex-minister". */
const ROLE_PREFIXES = ['co-', 'ex-', 'vice-', 'deputy-'];

export const ROLE_NOUNS = new Set([...BARE_ROLE_NOUNS, ...ROLE_PREFIXES.flatMap((prefix) => BARE_ROLE_NOUNS.map((noun) => prefix + noun))]);

/**
 * Offices one person holds at a time in a story: someone the article made "President" is not "the
 * spokesman". Standings such as "candidate" or "billionaire" go with any office.
 */
export const EXCLUSIVE_OFFICES = new Set([
  'president', 'senator', 'governor', 'congressman', 'congresswoman', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary',
  'minister', 'mayor', 'speaker', 'chancellor', 'premier', 'judge', 'justice', 'ambassador', 'general', 'pope', 'king', 'queen',
]);

/**
 * Words for the same office: a judge the article titled "Justice" is "the judge". Not "Sen." for "the
 * senator": a story names many senators and gives the title to few of them.
 */
const SAME_OFFICES: readonly (readonly string[])[] = [
  ['judge', 'justice'],
  ['spokesman', 'spokeswoman', 'spokesperson'],
];
const OFFICE_OF = new Map(SAME_OFFICES.flatMap((words) => words.map((w) => [w, words[0]!] as const)));

/** The office a lower-case role word names, one word for all its forms ("justice" → "judge"). */
export const officeOf = (word: string): string => OFFICE_OF.get(word) ?? word;

/**
 * Offices and standings that one named person in a story usually holds: "the senator" or "the
 * billionaire" stands for the last person named, where "the witness" or "a friend" may be anyone.
 */
export const OFFICES = new Set([
  'president', 'president-elect', 'vice-president', 'senator', 'governor', 'congressman', 'congresswoman', 'lawmaker',
  'candidate', 'nominee', 'front-runner', 'frontrunner', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'minister',
  'chancellor', 'premier', 'mayor', 'leader', 'speaker', 'chairman', 'chairwoman', 'chief', 'director', 'founder', 'ceo',
  'businessman', 'businesswoman', 'billionaire', 'mogul', 'tycoon', 'developer', 'host', 'anchor', 'judge', 'justice',
  'general', 'ambassador', 'commissioner', 'pope', 'king', 'queen', 'prince', 'republican', 'democrat', 'incumbent',
]);

/** Words that give a person's gender away, in titles and in descriptions. */
export const FEMININE = new Set([
  'mrs', 'ms', 'miss', 'madam', 'dame', 'lady', 'queen', 'princess', 'spokeswoman', 'chairwoman', 'congresswoman',
  'businesswoman', 'assemblywoman', 'councilwoman', 'actress', 'woman', 'mother', 'daughter', 'wife', 'sister', 'mom',
  'grandmother', 'widow', 'girl',
]);
export const MASCULINE = new Set([
  // Not "spokesman" or "chairman": news style gives those to women too.
  'mr', 'sir', 'lord', 'king', 'prince', 'man', 'father', 'son', 'husband', 'brother', 'dad', 'grandfather', 'boy', 'pope',
]);

/** Words that make a capitalised name an organisation, a publication or a place rather than a person. */
export const ORGANISATION_WORDS = new Set([
  'house', 'news', 'times', 'post', 'journal', 'party', 'committee', 'department', 'network', 'university', 'college',
  'school', 'association', 'council', 'court', 'senate', 'congress', 'campaign', 'foundation', 'institute', 'center',
  'centre', 'bank', 'group', 'company', 'inc', 'corp', 'club', 'street', 'avenue', 'city', 'county', 'states', 'republic',
  'union', 'church', 'agency', 'office', 'service', 'army', 'navy', 'administration', 'ministry', 'commission', 'board',
  'fund', 'organization', 'organisation', 'society', 'project', 'channel', 'tv', 'radio', 'magazine', 'review', 'press',
  'tribune', 'herald', 'daily', 'kremlin', 'pentagon', 'parliament', 'assembly', 'government', 'police', 'coalition',
  'alliance', 'movement', 'media', 'twitter', 'facebook', 'federation', 'corporation', 'industries', 'partners', 'capital',
  'pac', 'caucus', 'airport', 'hospital', 'museum', 'island', 'islands', 'river', 'mountains', 'valley', 'bay',
  'north', 'south', 'east', 'west', 'new', 'united', 'republicans', 'democrats', 'reuters', 'politico', 'cnn', 'fox',
  'images', 'photos', 'pictures',
]);
