/**
 * What each synthetic fixture must import: the people (by name) with their e-mails, phones and
 * the fields likely ties are built from (organisation, location, tags). Fields not listed are
 * not checked here; `people` lists everyone, in file order.
 */
export interface ExpectedPerson {
  name: string
  emails?: string[]
  phones?: string[]
  organization?: string
  title?: string
  location?: string
  tags?: string[]
  birthday?: string
  connectedOn?: string
}

export interface Expectation {
  format: string
  encoding?: string
  options?: Record<string, unknown>
  people: ExpectedPerson[]
}

export const EXPECTATIONS: Record<string, Expectation> = {
  'thunderbird-en.csv': {
    format: 'thunderbird',
    people: [
      {
        name: 'Margit Kovács',
        emails: ['margit@kovacs.example', 'm.kovacs@mail.example'],
        phones: ['+36 30 555 0102', '+36 1 555 0101'],
        organization: 'Lingua Kft',
        title: 'Translator',
        location: 'Budapest, Hungary',
        birthday: '1979-04-23',
      },
      { name: 'Hector Diaz', emails: ['hector.diaz@example.net'] },
      { name: 'newsletter@shop.example', emails: ['newsletter@shop.example'] },
      { name: 'Sven Olsen', phones: ['+47 22 55 01 03'], location: 'Oslo, Norway' },
    ],
  },
  'thunderbird-de.csv': {
    format: 'thunderbird',
    people: [
      {
        name: 'Lena Fischer',
        emails: ['lena.fischer@example.de'],
        phones: ['+49 151 555 0202', '+49 89 555 0201'],
        organization: 'Isar Werke GmbH',
        title: 'Ingenieurin (Entwicklung)',
        location: 'München, Deutschland',
        birthday: '1988-11-02',
      },
    ],
  },
  'google-current-2024.csv': {
    format: 'google',
    encoding: 'utf-8-bom',
    people: [
      {
        name: 'Aiko Tanaka',
        emails: ['aiko@kyoto-ceramics.example'],
        phones: ['+81 90 5555 2201', '+81 75 555 2202'],
        organization: 'Kyoto Ceramics',
        title: 'Founder (Studio)',
        location: 'Kyoto, Japan',
        tags: ['Potters'],
      },
      { name: 'Kenji Tanaka', location: 'Kyoto, Japan', tags: ['Potters'] },
      { name: 'orders@clayshop.example', emails: ['orders@clayshop.example'] },
    ],
  },
  'outlook-com.csv': {
    format: 'outlook',
    people: [
      {
        name: 'Amara Okafor',
        emails: ['amara@okafor.example', 'amara.okafor@uni.example'],
        phones: ['+234 803 555 0301', '+234 1 555 0302'],
        organization: 'Lagos Health',
        location: 'Lagos, Nigeria',
        birthday: '1985-03-14',
      },
      { name: 'Chidi Okafor', phones: ['+234 1 555 0399'], location: 'Lagos' },
      { name: 'billing@vendor.example', emails: ['billing@vendor.example'] },
    ],
  },
  'outlook-desktop-full.csv': {
    format: 'outlook',
    encoding: 'windows-1252',
    people: [
      {
        name: 'Beatriz Lima',
        emails: ['beatriz@lima.example'],
        phones: ['+55 11 95555 2302', '+55 11 5555 2301'],
        organization: 'Lima & Filhos',
        location: 'São Paulo, Brazil',
        tags: ['Suppliers', 'Brazil'],
      },
      { name: 'Caio Rocha', location: 'Recife, Brazil', birthday: '1990-07-04' },
    ],
  },
  'outlook-en.csv': {
    format: 'outlook',
    people: [
      { name: 'Grace Hopper', organization: 'US Navy', tags: ['Pioneers', 'Navy'] },
      { name: 'Alan Turing', emails: ['alan@bletchley.example'], phones: ['+44 7700 900123'] },
    ],
  },
  'generic-de-excel.csv': {
    format: 'csv',
    encoding: 'utf-8-bom',
    people: [
      {
        name: 'Klaus Becker',
        emails: ['klaus@becker.example'],
        phones: ['+49 170 555 0401'],
        organization: 'Becker & Söhne',
        location: 'Köln',
        birthday: '1961-03-02',
      },
      { name: 'nur-mail@example.de', emails: ['nur-mail@example.de'] },
    ],
  },
  'excel-unicode-text.txt': {
    format: 'csv',
    encoding: 'utf-16le-bom',
    people: [
      {
        name: 'Ursula Vogel',
        emails: ['ursula@vogel.example'],
        phones: ['+43 1 555 2101'],
        organization: 'Vogel KG',
      },
    ],
  },
  'generic-fr.csv': {
    format: 'csv',
    people: [
      {
        name: 'Élodie Lefèvre',
        emails: ['elodie@lefevre.example'],
        phones: ['+33 6 55 50 05 01'],
        organization: 'Atelier Lefèvre',
        location: 'Lyon',
      },
    ],
  },
  'generic-es.csv': {
    format: 'csv',
    people: [
      {
        name: 'Javier Ruiz Gómez',
        emails: ['javier@ruiz.example'],
        phones: ['+34 655 500 601'],
        organization: 'Olivos SL',
        location: 'Sevilla',
        tags: ['Proveedores', 'Andalucía'],
      },
    ],
  },
  'generic-headerless.csv': {
    format: 'csv',
    people: [
      { name: 'Noor Haddad', emails: ['noor@haddad.example'], phones: ['+961 3 555 701'] },
      { name: 'Tariq Aziz', emails: ['tariq@aziz.example'], phones: ['+961 3 555 702'] },
    ],
  },
  'numbers-contacts.csv': {
    format: 'csv',
    people: [
      { name: 'Mia Wong', emails: ['mia@wong.example'], organization: 'Harbour Ltd' },
      { name: 'solo@example.org', emails: ['solo@example.org'] },
    ],
  },
  'linkedin-older-dates.csv': {
    format: 'linkedin',
    people: [
      { name: 'Ines Moreau', organization: 'Banque Lumière', connectedOn: '2018-01-08' },
      { name: 'Kwame Mensah', emails: ['kwame@mensah.example'], connectedOn: '2024-01-15' },
      { name: 'Yuki Sato', connectedOn: '2019-12-31' },
    ],
  },
  'vcard-2.1-shift-jis.vcf': {
    format: 'vcard',
    encoding: 'vcard-charset',
    people: [
      {
        name: '山田 太郎',
        emails: ['taro@yamada.example'],
        phones: ['090-5555-0901'],
        organization: '株式会社ソニー',
      },
      { name: 'ソラ 佐藤', phones: ['03-5555-0902'] },
    ],
  },
  'vcard-charsets.vcf': {
    format: 'vcard',
    encoding: 'vcard-charset',
    people: [
      { name: '陳大文', location: '台北' },
      { name: '王小明', location: '北京' },
      { name: '김민준', location: '서울' },
      { name: 'Łukasz Żółć', location: 'Kraków' },
      { name: 'Иван Петров', location: 'Москва' },
      { name: 'Νίκος Παπαδόπουλος', location: 'Αθήνα' },
      { name: 'Tomáš Dvořák', location: 'Brno' },
    ],
  },
  'vcard-utf16le-nobom.vcf': {
    format: 'vcard',
    encoding: 'utf-16le',
    people: [
      { name: 'Zoë Ångström', emails: ['zoe@angstrom.example'], phones: ['+46 70 555 1001'] },
    ],
  },
  'vcard-utf16be-bom.vcf': {
    format: 'vcard',
    encoding: 'utf-16be-bom',
    people: [{ name: 'Øyvind Lie', emails: ['oyvind@lie.example'], phones: ['+46 70 555 1002'] }],
  },
  'vcard-malformed-lines.vcf': {
    format: 'vcard',
    people: [
      {
        name: 'Priscilla Hale',
        emails: ['priscilla@hale.example'],
        phones: ['+353 91 555 1101'],
        location: 'Galway, Ireland',
      },
      { name: 'Rory Quinn', emails: ['rory@quinn.example'] },
    ],
  },
  'vcard-qp-folded.vcf': {
    format: 'vcard',
    people: [{ name: 'Greta Brandt', phones: ['+49 89 555 1201'] }],
  },
  'vcard-2.1-nested-agent.vcf': {
    format: 'vcard',
    people: [
      { name: 'Paulo Ferreira', emails: ['paulo@ferreira.example'], phones: ['+351 21 555 1301'] },
      { name: 'Rita Costa', phones: ['+351 21 555 1302'] },
    ],
  },
  'vcard-sparse-cards.vcf': {
    format: 'vcard',
    people: [
      { name: 'Bubbles', phones: ['+1 555 0140'] },
      { name: 'only.mail@example.com', emails: ['only.mail@example.com'] },
      { name: 'Ichiro Suzuki', emails: ['ichiro@suzuki.example'] },
      { name: 'Dana Park' },
    ],
  },
  'vcard-groups.vcf': {
    format: 'vcard',
    people: [
      { name: 'Hana Novak', tags: ['Climbing', 'Prague', 'Book club'] },
      { name: 'Jiri Novak', tags: ['Book club', 'Family'] },
    ],
  },
  'vcard-shared-phone.vcf': {
    format: 'vcard',
    people: [
      { name: 'Maria Rossi', emails: ['maria@rossi.example'], phones: ['+39 06 555 1601'] },
      { name: 'Luca Rossi', emails: ['luca@rossi.example'], phones: ['+39 06 555 1601'] },
    ],
  },
  'yed-groups.graphml': {
    format: 'graphml',
    people: [
      {
        name: 'Ada Byron',
        emails: ['ada@example.org'],
        organization: 'Engines Ltd',
        tags: ['Climbing club'],
      },
      { name: 'Bram Stoker', tags: ['Climbing club'] },
      { name: 'Cleo Park' },
    ],
  },
  'prefixed.graphml': {
    format: 'graphml',
    people: [
      { name: 'Dmitri Volkov', location: 'Tbilisi', phones: ['+995 555 1701'] },
      { name: 'Eka Beridze', location: 'Batumi' },
    ],
  },
  'default-labels.graphml': {
    format: 'graphml',
    options: { mapping: { fullname: 'name' } },
    people: [
      { name: 'Farah Khan', tags: ['mentors', 'Karachi'] },
      { name: 'Gopal Rao', tags: ['mentors'] },
      { name: 'Hira Baig' },
    ],
  },
  'igraph-attributes.graphml': {
    format: 'graphml',
    people: [
      {
        name: 'Ada Lovelace',
        emails: ['ada@engines.example'],
        organization: 'Engines Ltd',
        title: 'Analyst',
        location: 'London',
        tags: ['math', 'poetry'],
      },
      { name: 'Charles Babbage', organization: 'Engines Ltd', location: 'London' },
      { name: 'Mary Somerville' },
    ],
  },
  'gephi-attributes.gexf': {
    format: 'gexf',
    people: [
      {
        name: 'Ivo Petrov',
        emails: ['ivo@petrov.example'],
        organization: 'Sofia Labs',
        location: 'Sofia',
        tags: ['hiking', 'alumni'],
      },
      { name: 'Jana Horvat', organization: 'Sofia Labs' },
    ],
  },
  'gephi-hierarchy.gexf': {
    format: 'gexf',
    people: [
      { name: 'Quinn Avery', tags: ['Design team'] },
      { name: 'Rhea Blum', tags: ['Design team'] },
      { name: 'Sol Castro', tags: ['Running club'] },
      { name: 'Tova Dahl', tags: [] },
    ],
  },
  'cytoscape-compound.cyjs': {
    format: 'cyjs',
    people: [
      {
        name: 'Kofi Boateng',
        emails: ['kofi@boateng.example'],
        phones: ['+233 20 555 1901'],
        organization: 'Kumasi Arts',
        tags: ['Choir'],
      },
      { name: 'Lara Mendes', title: 'Soprano', location: 'Porto', tags: ['Choir'] },
      { name: 'Milo Stone' },
    ],
  },
  'edges-people.csv': {
    format: 'edgelist',
    options: { nodesFile: 'nodes-people.csv' },
    people: [
      {
        name: 'Nadia Farouk',
        emails: ['nadia@farouk.example'],
        phones: ['+20 10 555 2001'],
        organization: 'Nile Ventures',
        location: 'Cairo',
        tags: ['investors', 'egypt'],
      },
      { name: 'Omar Said', organization: 'Nile Ventures', location: 'Alexandria' },
      { name: 'Pia Lund', emails: ['pia@lund.example'] },
    ],
  },
}
