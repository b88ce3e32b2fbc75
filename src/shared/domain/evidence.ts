/**
 * What a person's own record says about whom they probably know: the normalised organisation, a
 * non-public e-mail domain, labels, school and home town. One place for these rules; the analysis
 * (likely ties, circles, exclusions from introductions) and the UI read them from here.
 */
import type { Person } from './records'

export const EVIDENCE_KINDS = [
  'organization',
  'emailDomain',
  'label',
  'school',
  'hometown',
  'family',
  'city',
  'journal',
] as const
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number]

/** Pairs one review may decide: a whole reviewable group of 60 people is 1,770 pairs. */
export const MAX_REVIEW_PAIRS = 2000

/** How each kind is named to the user, after the value: "Acme · organisation". */
export const EVIDENCE_KIND_NAMES: Record<EvidenceKind, string> = {
  organization: 'organisation',
  emailDomain: 'e-mail domain',
  label: 'label',
  school: 'school',
  hometown: 'home town',
  family: 'family',
  city: 'city',
  journal: 'journal',
}

/** Legal forms dropped from the end of an organisation's name ("ACME Corp." is "Acme"). */
const LEGAL_SUFFIXES = new Set([
  'inc',
  'incorporated',
  'llc',
  'llp',
  'lp',
  'ltd',
  'limited',
  'plc',
  'corp',
  'corporation',
  'co',
  'company',
  'gmbh',
  'ag',
  'kg',
  'ohg',
  'ug',
  'eg',
  'ev',
  'sa',
  'sas',
  'sarl',
  'sl',
  'srl',
  'spa',
  'bv',
  'nv',
  'oy',
  'ab',
  'as',
  'aps',
  'pty',
  'pte',
  'kk',
  'group',
  'holding',
  'holdings',
])

/**
 * Folded strings, remembered: a 10k-contact import folds the same organisations, labels and
 * cities thousands of times, and Unicode normalisation is the costly part. Bounded, then reset.
 */
const folded = new Map<string, string>()
const FOLD_CACHE_LIMIT = 50_000

/** Lower case, accents and punctuation gone, words separated by one space. */
export function foldText(value: string): string {
  const hit = folded.get(value)
  if (hit !== undefined) return hit
  if (folded.size >= FOLD_CACHE_LIMIT) folded.clear()
  const out = fold(value)
  folded.set(value, out)
  return out
}

function fold(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/**
 * The key under which two spellings of one organisation meet: case, accents, punctuation and legal
 * suffixes ignored, so "Acme", "ACME Corp." and "Acme, Inc" are one organisation. A name made only
 * of a legal form ("Ltd") gives ''.
 */
export function organizationKey(name: string | undefined): string {
  if (!name) return ''
  // "Acme Corp. (Berlin office)" and "Acme – Platform team" are still Acme; dots go first so that
  // "G.m.b.H." and "S.A." read as the legal forms they are.
  const head = name.split(/\(|\s[-–—|·]\s/)[0]!.replace(/\./g, '')
  const words = foldText(head).split(' ').filter(Boolean)
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1]!)) words.pop()
  if (words.length === 1 && LEGAL_SUFFIXES.has(words[0]!)) return ''
  if (words[0] === 'the' && words.length > 1) words.shift()
  const key = words.join(' ')
  return NOT_AN_ORGANIZATION.has(key) ? '' : key
}

/**
 * What people write in the company field when they have none: two freelancers or two students
 * do not know each other for it.
 */
const NOT_AN_ORGANIZATION = new Set([
  'freelance',
  'freelancer',
  'freelancing',
  'self employed',
  'selfemployed',
  'self',
  'independent',
  'independent consultant',
  'consultant',
  'contractor',
  'retired',
  'student',
  'unemployed',
  'none',
  'n a',
  'na',
  'private',
  'home',
  'stealth',
  'stealth startup',
  'stealth mode',
  'confidential',
  'various',
  'open to work',
  'looking for opportunities',
  'freiberuflich',
  'freiberufler',
  'selbststandig',
  'selbstandig',
  'rentner',
  'student in',
  'etudiant',
  'independant',
  'retraite',
  'autonomo',
  'jubilado',
  'estudiante',
])

/**
 * Free and public mail providers: sharing one of these says nothing about knowing each other.
 * The big international ones plus the national providers most common in the contact files Kith
 * reads (DE, FR, ES, IT, NL, UK, RU, CN, JP, BR, IN).
 */
export const PUBLIC_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'yahoo.co.uk',
  'yahoo.fr',
  'yahoo.de',
  'yahoo.es',
  'yahoo.it',
  'yahoo.co.jp',
  'yahoo.com.br',
  'ymail.com',
  'rocketmail.com',
  'hotmail.com',
  'hotmail.co.uk',
  'hotmail.fr',
  'hotmail.de',
  'hotmail.es',
  'hotmail.it',
  'outlook.com',
  'outlook.de',
  'outlook.fr',
  'outlook.es',
  'live.com',
  'live.co.uk',
  'live.fr',
  'live.de',
  'msn.com',
  'passport.com',
  'aol.com',
  'aim.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'proton.me',
  'protonmail.com',
  'protonmail.ch',
  'pm.me',
  'tutanota.com',
  'tutanota.de',
  'tuta.io',
  'fastmail.com',
  'fastmail.fm',
  'hey.com',
  'zoho.com',
  'zohomail.com',
  'yandex.com',
  'yandex.ru',
  'mail.ru',
  'bk.ru',
  'inbox.ru',
  'list.ru',
  'rambler.ru',
  'gmx.de',
  'gmx.net',
  'gmx.at',
  'gmx.ch',
  'gmx.com',
  'web.de',
  't-online.de',
  'freenet.de',
  'posteo.de',
  'mailbox.org',
  'orange.fr',
  'wanadoo.fr',
  'free.fr',
  'laposte.net',
  'sfr.fr',
  'neuf.fr',
  'libero.it',
  'virgilio.it',
  'tiscali.it',
  'alice.it',
  'btinternet.com',
  'sky.com',
  'virginmedia.com',
  'ntlworld.com',
  'blueyonder.co.uk',
  'talktalk.net',
  'ziggo.nl',
  'kpnmail.nl',
  'planet.nl',
  'home.nl',
  'telenet.be',
  'skynet.be',
  'bluewin.ch',
  'terra.com.br',
  'uol.com.br',
  'bol.com.br',
  'qq.com',
  '163.com',
  '126.com',
  'sina.com',
  'naver.com',
  'daum.net',
  'hanmail.net',
  'rediffmail.com',
  'comcast.net',
  'verizon.net',
  'att.net',
  'sbcglobal.net',
  'bellsouth.net',
  'cox.net',
  'charter.net',
  'earthlink.net',
  'optonline.net',
  'shaw.ca',
  'rogers.com',
  'sympatico.ca',
  'bigpond.com',
  'optusnet.com.au',
  'xtra.co.nz',
  'mail.com',
  'email.com',
  'usa.net',
  'inbox.com',
  'lycos.com',
  'seznam.cz',
  'wp.pl',
  'o2.pl',
  'onet.pl',
  'interia.pl',
])

/** The domain of an address when it can say where someone works or studies, else ''. */
export function privateMailDomain(address: string): string {
  const at = address.lastIndexOf('@')
  if (at < 0) return ''
  let domain = address
    .slice(at + 1)
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
  if (!/^[a-z0-9.-]+\.[a-z]{2,}$/.test(domain)) return ''
  // mail.acme.com and acme.com are one organisation; keep the registrable part (two labels, three
  // under a two-letter second-level such as co.uk or com.br).
  const labels = domain.split('.')
  const keep =
    labels.length >= 3 && /^(co|com|ac|org|net|gov|edu|ne|or)$/.test(labels.at(-2)!) ? 3 : 2
  domain = labels.slice(-keep).join('.')
  if (PUBLIC_MAIL_DOMAINS.has(domain)) return ''
  // Throwaway and placeholder addresses.
  if (/^(example\.(com|org|net)|invalid|localhost|test)$/.test(domain)) return ''
  return domain
}

/**
 * Tags written as "School: …" or "Home town: …" (vCard CATEGORIES, Google labels and Outlook
 * categories carry them this way) are facets, not interests or labels.
 */
const FACETS: Record<string, 'school' | 'hometown'> = {
  school: 'school',
  university: 'school',
  uni: 'school',
  college: 'school',
  alumni: 'school',
  schule: 'school',
  universitat: 'school',
  hochschule: 'school',
  ecole: 'school',
  universite: 'school',
  escuela: 'school',
  universidad: 'school',
  hometown: 'hometown',
  'home town': 'hometown',
  heimatort: 'hometown',
  heimatstadt: 'hometown',
  'ville natale': 'hometown',
  'ciudad natal': 'hometown',
}

export interface TagFacet {
  kind: 'school' | 'hometown' | 'label'
  value: string
}

export function tagFacet(tag: string): TagFacet {
  const colon = tag.indexOf(':')
  if (colon > 0) {
    const facet = FACETS[foldText(tag.slice(0, colon))]
    const value = tag.slice(colon + 1).trim()
    if (facet && value) return { kind: facet, value }
  }
  return { kind: 'label', value: tag.trim() }
}

/**
 * Labels that say how someone is known, not what they are into: "friends", "work", "family" group
 * people (evidence) but two people in them have nothing to talk about for it.
 */
const RELATIONSHIP_LABELS = new Set(
  (
    'friends friend family work colleagues colleague coworkers co workers uni university school ' +
    'college neighbours neighbors neighbourhood neighborhood contacts my contacts starred ' +
    'favorites favourites vip personal business other others acquaintances team clients ' +
    'customers freunde familie arbeit kollegen amis famille travail collegues amigos familia ' +
    'trabajo companeros'
  ).split(' '),
)

/** A tag that says what someone is into, as opposed to a facet or a relationship label. */
export function isInterestTag(tag: string): boolean {
  const facet = tagFacet(tag)
  return facet.kind === 'label' && !RELATIONSHIP_LABELS.has(foldText(facet.value))
}

/** The city part of a location ("Lisbon, Portugal" -> "lisbon"), folded. */
export function cityKey(location: string | undefined): string {
  if (!location) return ''
  return foldText(location.split(',')[0] ?? '')
}

/** The family name a person's name most likely ends with, folded; '' when there is only one word. */
export function surnameKey(name: string): string {
  const words = foldText(name.replace(/\(.*?\)|".*?"/g, ' '))
    .split(' ')
    .filter((w) => w.length > 1 && !/^(jr|sr|ii|iii|iv|phd|md|dr|mr|mrs|ms)$/.test(w))
  return words.length >= 2 ? words[words.length - 1]! : ''
}

/**
 * Counts the spellings of one group's value and names the group by the most common, then the
 * shortest, then the first in code-unit order: the same people give the same name ("Acme", not
 * whichever of "Acme Inc." and "ACME Corp." came first).
 */
export class SpellingTally {
  private readonly counts = new Map<string, number>()

  add(spelling: string): void {
    this.counts.set(spelling, (this.counts.get(spelling) ?? 0) + 1)
  }

  get best(): string {
    let best = ''
    let most = 0
    for (const [spelling, count] of this.counts) {
      if (
        count > most ||
        (count === most &&
          (spelling.length < best.length || (spelling.length === best.length && spelling < best)))
      ) {
        best = spelling
        most = count
      }
    }
    return best
  }
}

/** One piece of evidence a person carries, as a group key and the value shown to the user. */
export interface PersonEvidence {
  kind: EvidenceKind
  /** Same key = same group: `kind:folded value`. */
  key: string
  /** The value as the person's records spell it (the first spelling seen wins for a group). */
  value: string
}

/**
 * Everything in one person's record that groups them with others. Journal co-appearance is
 * pairwise and comes from entries, not from here.
 */
export function personEvidence(person: Person): PersonEvidence[] {
  const out: PersonEvidence[] = []
  const seen = new Set<string>()
  const push = (kind: EvidenceKind, folded: string, value: string) => {
    if (!folded) return
    const key = `${kind}:${folded}`
    if (seen.has(key)) return
    seen.add(key)
    out.push({ kind, key, value })
  }
  const org = organizationKey(person.organization)
  push('organization', org, person.organization?.trim() ?? '')
  for (const email of person.emails) {
    const domain = privateMailDomain(email.value)
    // The employer's own domain says the same as the organisation: one group, not two.
    if (domain && !(org && domainMatchesOrganization(domain, org)))
      push('emailDomain', domain, domain)
  }
  for (const tag of person.tags) {
    const facet = tagFacet(tag)
    push(facet.kind, foldText(facet.value), facet.value)
  }
  const city = cityKey(person.location)
  push('city', city, person.location?.split(',')[0]?.trim() ?? '')
  // Family: the same surname in the same place. A surname alone is too common to mean kin.
  const surname = surnameKey(person.name)
  if (surname && city) push('family', `${surname}@${city}`, `${titleCase(surname)} family`)
  return out
}

function domainMatchesOrganization(domain: string, orgKey: string): boolean {
  const head = domain.split('.')[0]!
  return orgKey.replace(/ /g, '') === head || orgKey.split(' ')[0] === head
}

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}
