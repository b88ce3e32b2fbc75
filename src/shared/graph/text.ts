const STOPWORDS = new Set(
  'a an and at for from in into of on or the to with by as is are be who that this my our your their someone somebody people person looking look seek seeking need needs want wants help some any new good great'.split(
    ' ',
  ),
)

/** A few phrasings that mean the same thing in introductions; applied after stemming. */
const CONCEPTS: Record<string, string> = {
  fund: 'invest',
  financ: 'invest',
  capital: 'invest',
  vc: 'invest',
  angel: 'invest',
  backer: 'invest',
  recruit: 'hire',
  hir: 'hire',
  talent: 'hire',
  job: 'hire',
  ux: 'design',
  ui: 'design',
  develop: 'engine',
  engineer: 'engine',
  programm: 'engine',
  code: 'engine',
  cod: 'engine',
  software: 'engine',
  legal: 'law',
  lawy: 'law',
  attorney: 'law',
  advice: 'advis',
  ment: 'advis',
  mentor: 'advis',
  coach: 'advis',
  startup: 'found',
  cofound: 'found',
  sal: 'sell',
}

/** Light suffix stripping (not Porter): enough for investor/invests/investing/investment -> invest. */
export function stem(word: string): string {
  let w = word
  for (const suffix of [
    'ations',
    'ation',
    'ments',
    'ment',
    'ings',
    'ing',
    'ers',
    'ors',
    'er',
    'or',
    'ies',
    'es',
    's',
    'ed',
  ]) {
    if (w.length - suffix.length >= 3 && w.endsWith(suffix)) {
      w = suffix === 'ies' ? `${w.slice(0, -3)}y` : w.slice(0, -suffix.length)
      break
    }
  }
  return CONCEPTS[w] ?? w
}

/** Lower-cased, stemmed content words of a phrase, without duplicates. */
export function tokens(text: string): string[] {
  const out = new Set<string>()
  for (const raw of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length < 2 || STOPWORDS.has(raw)) continue
    out.add(stem(raw))
  }
  return [...out]
}
