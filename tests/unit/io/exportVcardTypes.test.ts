import { describe, expect, it } from 'vitest'
import { exportVault, stageImport } from '../../../src/core/io'
import { MemoryStore } from '../../../src/core/store/memoryStore'
import { person } from './fixtures'
import { owner, storeWithOwner } from './helpers'

const store = () =>
  new MemoryStore([
    owner(),
    person(1, {
      name: 'Tess Okoye',
      emails: [
        { label: 'work', value: 'tess@firm.example' },
        { label: 'Personal', value: 'tess@home.example' },
      ],
      phones: [
        { label: 'mobile', value: '+1 555 0201' },
        { label: 'Work Fax', value: '+1 555 0202' },
        { label: 'Skype', value: 'live:tess' },
        { value: '+1 555 0203' },
      ],
      links: [{ label: 'LinkedIn', value: 'https://www.linkedin.com/in/tess' }],
    }),
  ])

describe('vCard 4.0 export', () => {
  it('writes RFC 6350 TYPE values (cell, not mobile) and other labels as X-ABLabel groups', () => {
    const vcf = exportVault(store(), 'vcard')
    expect(vcf).toContain('TEL;TYPE=cell;VALUE=text:+1 555 0201')
    expect(vcf).toContain('TEL;TYPE=work,fax;VALUE=text:+1 555 0202')
    expect(vcf).toContain('EMAIL;TYPE=work:tess@firm.example')
    expect(vcf).toContain('EMAIL;TYPE=home:tess@home.example')
    expect(vcf).toMatch(/item\d\.TEL;VALUE=text:live:tess\r\nitem\d\.X-ABLABEL:Skype/)
    expect(vcf).toContain('TEL;VALUE=text:+1 555 0203')
    expect(vcf).not.toMatch(/TYPE=mobile|TYPE=Skype|TYPE="/)
  })

  it('round-trips through the vCard importer with every value and label', () => {
    const staged = stageImport(
      new TextEncoder().encode(exportVault(store(), 'vcard')),
      {},
      storeWithOwner(),
    )
    const tess = staged.people[0]
    expect(tess?.phones).toEqual([
      { label: 'cell', value: '+1 555 0201' },
      { label: 'work fax', value: '+1 555 0202' },
      { label: 'Skype', value: 'live:tess' },
      { value: '+1 555 0203' },
    ])
    expect(tess?.emails.map((e) => e.label)).toEqual(['work', 'home'])
    expect(tess?.links).toEqual([{ label: 'LinkedIn', value: 'https://www.linkedin.com/in/tess' }])
    expect(staged.preview.dropped).toEqual([])
  })
})
