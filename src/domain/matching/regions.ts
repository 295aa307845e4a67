// World regions (UN M49 codes) for the "country or region" filter and YMI's same-region preference.
// Codes, not names, so they can sit in a URL; Intl.DisplayNames gives their English names ("150" → "Europe").
const MEMBERS: Record<string, string> = {
  '002':
    'DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML MR MU YT MA MZ NA NE NG RE RW SH ST SN SC SL SO ZA SS SD TZ TG TN UG EH ZM ZW',
  '142':
    'AF AM AZ BH BD BT BN KH CN CY GE HK IN ID IR IQ IL JP JO KZ KW KG LA LB MO MY MV MN MM NP KP OM PK PS PH QA SA SG KR LK SY TW TJ TH TL TR TM AE UZ VN YE',
  '150':
    'AX AL AD AT BY BE BA BG HR CZ DK EE FO FI FR DE GI GR GG VA HU IS IE IM IT JE XK LV LI LT LU MT MD MC ME NL MK NO PL PT RO RU SM RS SK SI ES SJ SE CH UA GB',
  '009': 'AS AU CK FJ PF GU KI MH FM NR NC NZ NU NF MP PW PG PN WS SB TK TO TV VU WF',
  '021': 'BM CA GL PM US',
  '419':
    'AI AG AR AW BS BB BZ BO BQ BR VG KY CL CO CR CU CW DM DO EC SV FK GF GD GP GT GY HT HN JM MQ MX MS NI PA PY PE PR BL KN LC MF VC SX SR TT TC VI UY VE',
};

/** Africa, Asia, Europe, Oceania, Northern America, Latin America and the Caribbean. */
export const REGIONS = Object.keys(MEMBERS);

const REGION_OF = new Map(
  Object.entries(MEMBERS).flatMap(([region, codes]) => codes.split(' ').map((c) => [c, region] as const)),
);

/** The region of an ISO 3166-1 alpha-2 country, if we know it. */
export function regionOf(country: string): string | undefined {
  return REGION_OF.get(country.toUpperCase());
}

export function isRegion(code: string): boolean {
  return Object.hasOwn(MEMBERS, code);
}
