/**
 * KOSTRA functions grouped into service areas people recognise. This is the one
 * place to change the grouping: each area has an id (the budget item's id), a
 * label (bokmål first; nn, en and se) and the three-digit KOSTRA functions it covers.
 * Functions not listed here end up in `annet`.
 *
 * The Northern Sami (se) labels are a first draft and should be checked by a
 * Sami speaker.
 */
import type { BudgetItem } from '../budget.js';

export interface ServiceArea {
  id: string;
  label: BudgetItem['label'];
  functions: string[];
}

export const SERVICE_AREAS: ServiceArea[] = [
  {
    id: 'administrasjon',
    label: {
      nb: 'Administrasjon og politikk',
      nn: 'Administrasjon og politikk',
      en: 'Administration and politics',
      se: 'Hálddašus ja politihkka',
    },
    functions: ['100', '110', '120', '121', '130', '170', '171', '180'],
  },
  {
    id: 'barnehage',
    label: { nb: 'Barnehage', nn: 'Barnehage', en: 'Kindergarten', se: 'Mánáidgárdi' },
    functions: ['201', '211', '221'],
  },
  {
    id: 'grunnskole',
    label: { nb: 'Grunnskole', nn: 'Grunnskule', en: 'Primary and lower secondary school', se: 'Vuođđoskuvla' },
    functions: ['202', '213', '214', '215', '222', '223'],
  },
  {
    id: 'helse',
    label: { nb: 'Kommunehelse', nn: 'Kommunehelse', en: 'Public health services', se: 'Suohkana dearvvašvuođabálvalusat' },
    functions: ['232', '233', '241'],
  },
  {
    id: 'helse-omsorg',
    label: { nb: 'Helse og omsorg', nn: 'Helse og omsorg', en: 'Health and care', se: 'Dearvvašvuohta ja fuolahus' },
    functions: ['234', '253', '254', '256', '261'],
  },
  {
    id: 'sosiale-tjenester',
    label: { nb: 'Sosiale tjenester', nn: 'Sosiale tenester', en: 'Social services', se: 'Sosiála bálvalusat' },
    functions: ['242', '243', '273', '275', '276', '281', '283', '285'],
  },
  {
    id: 'barnevern',
    label: { nb: 'Barnevern', nn: 'Barnevern', en: 'Child welfare', se: 'Mánáidsuodjalus' },
    functions: ['244', '251', '252'],
  },
  {
    id: 'kultur',
    label: { nb: 'Kultur og idrett', nn: 'Kultur og idrett', en: 'Culture and sports', se: 'Kultuvra ja valáštallan' },
    functions: ['231', '370', '373', '374', '375', '377', '380', '381', '383', '385', '386'],
  },
  {
    id: 'kirke',
    label: { nb: 'Kirke og livssyn', nn: 'Kyrkje og livssyn', en: 'Church and religion', se: 'Girku ja eallinoaidnu' },
    functions: ['390', '392', '393'],
  },
  {
    id: 'plan-naering-miljo',
    label: {
      nb: 'Plan, næring og miljø',
      nn: 'Plan, næring og miljø',
      en: 'Planning, business and environment',
      se: 'Plána, ealáhus ja biras',
    },
    functions: ['301', '302', '303', '315', '320', '325', '329', '335', '360', '365'],
  },
  {
    id: 'samferdsel',
    label: { nb: 'Samferdsel', nn: 'Samferdsel', en: 'Roads and transport', se: 'Johtalus' },
    functions: ['330', '332', '333', '334'],
  },
  {
    id: 'brann-beredskap',
    label: { nb: 'Brann og beredskap', nn: 'Brann og beredskap', en: 'Fire and emergency services', se: 'Buolli ja gearggusvuohta' },
    functions: ['338', '339'],
  },
  {
    id: 'vann-avlop-renovasjon',
    label: {
      nb: 'Vann, avløp og renovasjon (gebyrfinansiert)',
      nn: 'Vatn, avløp og renovasjon (gebyrfinansiert)',
      en: 'Water, sewage and waste (fee-funded)',
      se: 'Čáhci, njuoskkasčáhci ja ruskkat (divatruhtaduvvon)',
    },
    functions: ['340', '345', '350', '354', '355'],
  },
];

/** Where functions not in any area go. */
export const OTHER_AREA: ServiceArea = {
  id: 'annet',
  label: { nb: 'Andre tjenester', nn: 'Andre tenester', en: 'Other services', se: 'Eará bálvalusat' },
  functions: [],
};

/** The area a three-digit KOSTRA function belongs to. */
export function serviceAreaOf(code: string): ServiceArea {
  return SERVICE_AREAS.find((area) => area.functions.includes(code)) ?? OTHER_AREA;
}
