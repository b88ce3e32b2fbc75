import type { CircleKey } from './circles'

/**
 * A need and the matching help, phrased the way people write them in a contact's notes. Seekers
 * and offerers live in different circles, so the best introductions cross cluster boundaries.
 */
export interface Topic {
  key: string
  seeks: readonly string[]
  offers: readonly string[]
  seekIn: readonly CircleKey[]
  offerIn: readonly CircleKey[]
}

export const TOPICS: readonly Topic[] = [
  {
    key: 'climate-seed',
    seeks: [
      'looking for a seed investor for my climate startup',
      'raising a pre-seed round for a climate startup',
    ],
    offers: [
      'invests at pre-seed in climate tech',
      'angel investor in climate and energy startups',
    ],
    seekIn: ['climbing', 'university', 'founders', 'neighbours'],
    offerIn: ['investors'],
  },
  {
    key: 'backend-hire',
    seeks: ['hiring a senior backend engineer', 'need a backend engineer who knows Postgres'],
    offers: [
      'senior backend engineer open to new roles',
      'backend engineer, Postgres and distributed systems',
    ],
    seekIn: ['work', 'founders'],
    offerIn: ['former', 'opensource', 'university'],
  },
  {
    key: 'product-design',
    seeks: ['need a product designer for a mobile app', 'looking for a freelance product designer'],
    offers: ['freelance product designer, mobile apps', 'product designer taking freelance work'],
    seekIn: ['founders', 'neighbours', 'climbing'],
    offerIn: ['former', 'work', 'conference'],
  },
  {
    key: 'employment-law',
    seeks: ['advice on employment law for a small team', 'questions about employment contracts'],
    offers: ['employment lawyer, happy to give advice', 'drafts employment contracts for startups'],
    seekIn: ['founders', 'work'],
    offerIn: ['family', 'university', 'choir'],
  },
  {
    key: 'eng-manager-mentor',
    seeks: [
      'a mentor as a first-time engineering manager',
      'advice on becoming an engineering manager',
    ],
    offers: ['mentors first-time engineering managers', 'coaches new engineering managers'],
    seekIn: ['work', 'opensource'],
    offerIn: ['former', 'conference'],
  },
  {
    key: 'lisbon-flat',
    seeks: ['looking for a flat in Lisbon for the summer', 'moving to Lisbon, need a flat'],
    offers: ['renting out a flat in Lisbon', 'has a spare flat in Lisbon for summer lets'],
    seekIn: ['work', 'climbing', 'university'],
    offerIn: ['family', 'neighbours', 'choir'],
  },
  {
    key: 'climate-speakers',
    seeks: [
      'speakers for a climate tech meetup',
      'organising a climate tech meetup, needs speakers',
    ],
    offers: ['loves speaking at meetups about climate tech', 'gives talks on climate tech'],
    seekIn: ['conference', 'opensource'],
    offerIn: ['founders', 'investors', 'climbing'],
  },
  {
    key: 'ml-prototype',
    seeks: [
      'help with a machine learning prototype',
      'needs machine learning expertise for a pilot',
    ],
    offers: [
      'machine learning consulting, prototype to production',
      'machine learning engineer, open to side projects',
    ],
    seekIn: ['founders', 'neighbours', 'school'],
    offerIn: ['opensource', 'university', 'work'],
  },
  {
    key: 'b2b-growth',
    seeks: ['a growth marketer for B2B SaaS', 'help with B2B SaaS marketing'],
    offers: ['growth marketing for B2B SaaS startups', 'ran B2B SaaS marketing at two startups'],
    seekIn: ['founders', 'work'],
    offerIn: ['former', 'conference', 'university'],
  },
  {
    key: 'translation',
    seeks: ["a German translator for a children's book", 'translation of a book from German'],
    offers: ["translates children's books from German", 'literary translator, German and English'],
    seekIn: ['school', 'neighbours', 'family'],
    offerIn: ['choir', 'university'],
  },
  {
    key: 'fundraising-deck',
    seeks: ['feedback on a fundraising deck', 'wants a second pair of eyes on a pitch deck'],
    offers: [
      'reviews fundraising decks for first-time founders',
      'happy to give pitch deck feedback',
    ],
    seekIn: ['founders', 'climbing', 'university'],
    offerIn: ['investors', 'former'],
  },
  {
    key: 'piano-lessons',
    seeks: ['a piano teacher for my daughter', 'looking for piano lessons for kids'],
    offers: ['teaches piano to kids', 'gives piano lessons at home'],
    seekIn: ['work', 'neighbours', 'school'],
    offerIn: ['choir', 'family'],
  },
  {
    key: 'freelance-accounting',
    seeks: ['an accountant who understands freelancers', 'help with freelancer tax returns'],
    offers: ['accountant for freelancers and small studios', 'does tax returns for freelancers'],
    seekIn: ['conference', 'former', 'choir'],
    offerIn: ['neighbours', 'family', 'school'],
  },
  {
    key: 'health-data',
    seeks: ['a data engineer for a health startup', 'needs help with health data pipelines'],
    offers: [
      'data engineer, experienced in health data',
      'built health data pipelines at a hospital',
    ],
    seekIn: ['founders', 'investors'],
    offerIn: ['former', 'opensource', 'university'],
  },
  {
    key: 'logistics-pilot',
    seeks: ['pilot customers in logistics', 'introductions to logistics companies for a pilot'],
    offers: [
      'runs operations at a logistics company, open to pilots',
      'logistics operations lead, likes trying new tools',
    ],
    seekIn: ['founders', 'work'],
    offerIn: ['neighbours', 'family', 'climbing'],
  },
  {
    key: 'fintech-cofounder',
    seeks: [
      'a technical co-founder for a fintech idea',
      'looking for a fintech co-founder who codes',
    ],
    offers: [
      'engineer interested in joining a fintech as co-founder',
      'wants to co-found a fintech company',
    ],
    seekIn: ['investors', 'university', 'conference'],
    offerIn: ['work', 'opensource', 'former'],
  },
  {
    key: 'hospital-procurement',
    seeks: [
      'introductions to hospital procurement teams',
      'selling into hospitals, needs procurement contacts',
    ],
    offers: [
      'knows hospital procurement teams well',
      'worked in hospital procurement for ten years',
    ],
    seekIn: ['founders', 'investors'],
    offerIn: ['family', 'neighbours', 'choir'],
  },
  {
    key: 'open-source-podcast',
    seeks: [
      'guests for a podcast on open source',
      'podcast host looking for open source maintainers',
    ],
    offers: [
      'happy to be a guest on podcasts about open source',
      'open source maintainer, enjoys podcasts',
    ],
    seekIn: ['conference', 'climbing'],
    offerIn: ['opensource', 'work'],
  },
  {
    key: 'eu-grants',
    seeks: ['help applying for EU research grants', 'writing a first EU grant application'],
    offers: ['has written many successful EU research grants', 'advises on EU grant applications'],
    seekIn: ['university', 'founders', 'opensource'],
    offerIn: ['former', 'conference', 'choir'],
  },
  {
    key: 'wedding-photographer',
    seeks: ['a photographer for a wedding in June', 'looking for a wedding photographer'],
    offers: [
      'wedding photographer with free dates in June',
      'photographer, weddings and portraits',
    ],
    seekIn: ['university', 'family', 'work'],
    offerIn: ['climbing', 'neighbours', 'choir'],
  },
  {
    key: 'sales-hire',
    seeks: ['hiring a first sales lead', 'needs an experienced enterprise sales lead'],
    offers: ['enterprise sales lead exploring new roles', 'built a sales team from zero twice'],
    seekIn: ['founders', 'investors'],
    offerIn: ['former', 'conference'],
  },
]

/** Offers with no counterpart on purpose: real notes are mostly not matches. */
export const LOOSE_OFFERS: readonly string[] = [
  'happy to chat about remote work',
  'can review CVs',
  'knows the best coffee in town',
  'good at untangling spreadsheets',
  'happy to share hiking routes',
  'can lend camping gear',
  'speaks Spanish and Portuguese',
]

export const LOOSE_SEEKS: readonly string[] = [
  'a good dentist nearby',
  'recommendations for a weekend in Porto',
  'a running partner for Sunday mornings',
  'a reliable bike mechanic',
]
