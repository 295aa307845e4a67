// Where the demo mediators work: countries with cities, the languages spoken there, the names people carry.

export type Region =
  | 'uk-ie'
  | 'w-europe'
  | 's-europe'
  | 'n-europe'
  | 'ce-europe'
  | 'north-america'
  | 'latin-america'
  | 'lusophone'
  | 'mena'
  | 'africa'
  | 'south-asia'
  | 'east-asia'
  | 'se-asia'
  | 'oceania';

export type Place = {
  readonly country: string;
  /** Relative share of the demo's mediators. */
  readonly weight: number;
  readonly region: Region;
  readonly cities: readonly string[];
  /** The first is always spoken; each other one by about half. */
  readonly languages: readonly string[];
  /** Name pools (names.ts) people here draw from. */
  readonly cultures: readonly string[];
};

const p = (
  country: string,
  weight: number,
  region: Region,
  cities: string,
  languages: string,
  cultures: string,
): Place => ({
  country,
  weight,
  region,
  cities: cities.split('|'),
  languages: languages.split(' '),
  cultures: cultures.split(' '),
});

export const PLACES: readonly Place[] = [
  p('GB', 40, 'uk-ie', 'London|Manchester|Edinburgh|Bristol|Leeds|Cardiff', 'en', 'english english indian'),
  p('IE', 10, 'uk-ie', 'Dublin|Cork|Galway', 'en ga', 'irish english'),
  p(
    'US',
    45,
    'north-america',
    'New York|Chicago|San Francisco|Houston|Miami|Boston',
    'en es',
    'english english spanish chinese',
  ),
  p('CA', 15, 'north-america', 'Toronto|Montréal|Vancouver|Calgary', 'en fr', 'english french'),
  p('MX', 10, 'latin-america', 'Ciudad de México|Monterrey|Guadalajara', 'es', 'spanish'),
  p('AR', 10, 'latin-america', 'Buenos Aires|Córdoba|Rosario', 'es it', 'spanish italian'),
  p('CL', 6, 'latin-america', 'Santiago|Valparaíso', 'es', 'spanish'),
  p('CO', 6, 'latin-america', 'Bogotá|Medellín|Cali', 'es', 'spanish'),
  p('PE', 4, 'latin-america', 'Lima|Arequipa', 'es qu', 'spanish'),
  p('BR', 18, 'lusophone', 'São Paulo|Rio de Janeiro|Brasília|Belo Horizonte', 'pt', 'portuguese'),
  p('PT', 12, 'lusophone', 'Lisboa|Porto|Coimbra', 'pt', 'portuguese'),
  p('AO', 2, 'lusophone', 'Luanda', 'pt', 'portuguese'),
  p('MZ', 2, 'lusophone', 'Maputo', 'pt', 'portuguese'),
  p('ES', 18, 's-europe', 'Madrid|Barcelona|Sevilla|Valencia|Bilbao', 'es ca eu', 'spanish'),
  p('IT', 18, 's-europe', 'Milano|Roma|Torino|Napoli|Bologna', 'it', 'italian'),
  p('GR', 6, 's-europe', 'Athína|Thessaloníki', 'el', 'greek'),
  p('MT', 2, 's-europe', 'Valletta', 'mt en', 'italian english'),
  p('CY', 2, 's-europe', 'Lefkosía|Lemesós', 'el tr', 'greek'),
  p('FR', 22, 'w-europe', 'Paris|Lyon|Marseille|Bordeaux|Lille', 'fr', 'french french arabic'),
  p('BE', 8, 'w-europe', 'Bruxelles|Antwerpen|Gent|Liège', 'fr nl', 'french dutch'),
  p('NL', 14, 'w-europe', 'Amsterdam|Rotterdam|Den Haag|Utrecht', 'nl', 'dutch'),
  p('LU', 3, 'w-europe', 'Luxembourg', 'fr de lb', 'french german'),
  p('DE', 26, 'w-europe', 'Berlin|München|Hamburg|Frankfurt am Main|Köln', 'de', 'german german turkish'),
  p('AT', 8, 'w-europe', 'Wien|Graz|Salzburg', 'de', 'german'),
  p('CH', 10, 'w-europe', 'Zürich|Genève|Basel|Lugano', 'de fr it', 'german french italian'),
  p('SE', 8, 'n-europe', 'Stockholm|Göteborg|Malmö', 'sv', 'nordic'),
  p('NO', 6, 'n-europe', 'Oslo|Bergen|Trondheim', 'no', 'nordic'),
  p('DK', 6, 'n-europe', 'København|Aarhus', 'da', 'nordic'),
  p('FI', 5, 'n-europe', 'Helsinki|Tampere|Turku', 'fi sv', 'nordic'),
  p('IS', 1, 'n-europe', 'Reykjavík', 'is', 'nordic'),
  p('EE', 2, 'n-europe', 'Tallinn|Tartu', 'et ru', 'nordic'),
  p('PL', 10, 'ce-europe', 'Warszawa|Kraków|Wrocław|Gdańsk', 'pl', 'polish'),
  p('CZ', 5, 'ce-europe', 'Praha|Brno', 'cs', 'czech'),
  p('HU', 4, 'ce-europe', 'Budapest|Debrecen', 'hu', 'hungarian'),
  p('RO', 5, 'ce-europe', 'București|Cluj-Napoca|Iași', 'ro', 'romanian'),
  p('HR', 3, 'ce-europe', 'Zagreb|Split', 'hr', 'balkan'),
  p('SI', 2, 'ce-europe', 'Ljubljana', 'sl', 'balkan'),
  p('RS', 2, 'ce-europe', 'Beograd|Novi Sad', 'sr', 'balkan'),
  p('UA', 4, 'ce-europe', 'Kyiv|Lviv|Odesa', 'uk ru', 'ukrainian'),
  p('TR', 8, 'mena', 'İstanbul|Ankara|İzmir', 'tr', 'turkish'),
  p('IL', 5, 'mena', 'Tel Aviv-Yafo|Haifa|Jerusalem', 'he ar', 'hebrew'),
  p('AE', 8, 'mena', 'Dubai|Abu Dhabi', 'ar', 'arabic arabic indian english'),
  p('SA', 4, 'mena', 'Riyadh|Jeddah', 'ar', 'arabic'),
  p('QA', 3, 'mena', 'Doha', 'ar', 'arabic'),
  p('EG', 5, 'mena', 'Cairo|Alexandria', 'ar', 'arabic'),
  p('LB', 3, 'mena', 'Beirut', 'ar fr', 'arabic'),
  p('MA', 4, 'mena', 'Casablanca|Rabat|Marrakech', 'ar fr', 'arabic french'),
  p('NG', 12, 'africa', 'Lagos|Abuja|Port Harcourt', 'en yo ig ha', 'nigerian'),
  p('GH', 5, 'africa', 'Accra|Kumasi', 'en ak', 'ghanaian'),
  p('KE', 8, 'africa', 'Nairobi|Mombasa|Kisumu', 'en sw', 'eastafrican'),
  p('RW', 2, 'africa', 'Kigali', 'rw fr', 'westafrican'),
  p('SN', 2, 'africa', 'Dakar', 'fr wo', 'westafrican'),
  p('ZA', 12, 'africa', 'Johannesburg|Cape Town|Durban|Pretoria', 'en af zu xh', 'southafrican'),
  p('IN', 22, 'south-asia', 'Mumbai|New Delhi|Bengaluru|Chennai|Kolkata|Hyderabad', 'en hi mr ta bn te', 'indian'),
  p('PK', 5, 'south-asia', 'Karachi|Lahore|Islamabad', 'ur pa', 'pakistani'),
  p('LK', 3, 'south-asia', 'Colombo|Kandy', 'si ta', 'srilankan'),
  p('BD', 3, 'south-asia', 'Dhaka|Chattogram', 'bn', 'bengali'),
  p('NP', 2, 'south-asia', 'Kathmandu', 'ne', 'nepali'),
  p('CN', 10, 'east-asia', 'Shanghai|Beijing|Shenzhen|Chengdu', 'zh', 'chinese'),
  p('HK', 8, 'east-asia', 'Hong Kong', 'zh', 'chinese english'),
  p('TW', 3, 'east-asia', 'Taipei|Kaohsiung', 'zh', 'chinese'),
  p('JP', 10, 'east-asia', 'Tōkyō|Ōsaka|Nagoya', 'ja', 'japanese'),
  p('KR', 7, 'east-asia', 'Seoul|Busan', 'ko', 'korean'),
  p('SG', 12, 'se-asia', 'Singapore', 'en zh ms ta', 'chinese malay indian'),
  p('MY', 6, 'se-asia', 'Kuala Lumpur|Penang|Johor Bahru', 'ms zh', 'malay chinese'),
  p('ID', 5, 'se-asia', 'Jakarta|Surabaya|Bandung', 'id', 'malay'),
  p('PH', 5, 'se-asia', 'Manila|Cebu|Davao', 'tl', 'filipino'),
  p('VN', 3, 'se-asia', 'Hà Nội|Hồ Chí Minh', 'vi', 'vietnamese'),
  p('TH', 3, 'se-asia', 'Bangkok|Chiang Mai', 'th', 'thai'),
  p('AU', 18, 'oceania', 'Sydney|Melbourne|Brisbane|Perth|Adelaide', 'en', 'english english chinese greek'),
  p('NZ', 6, 'oceania', 'Auckland|Wellington|Christchurch', 'en mi', 'english maori'),
];

/** English is spoken widely among cross-border mediators; where it is not the first language, this often. */
export const ENGLISH_AS_EXTRA = 0.65;
/** A further language a mediator may have picked up (trade, study, family). */
export const EXTRA_LANGUAGES = ['fr', 'de', 'es', 'ar', 'zh', 'pt', 'it', 'ru', 'ja', 'nl'] as const;
