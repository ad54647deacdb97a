import { describe, expect, it } from 'vitest';
import { cleanName, createPeopleDirectory, normaliseEmail, parsePeople, parsePerson } from '../../../utils/mail/people';

describe('parsePerson', () => {
  it.each([
    ['Name <address>', 'Maria Gonzalez <Maria.Gonzalez@Acme-Retail.example>', { name: 'Maria Gonzalez', email: 'maria.gonzalez@acme-retail.example' }],
    ['a quoted name with a comma', '"Gonzalez, Maria" <maria@acme.example>', { name: 'Gonzalez, Maria', email: 'maria@acme.example' }],
    ['Name (address)', 'Sam Carter (sam.carter@northwind.example)', { name: 'Sam Carter', email: 'sam.carter@northwind.example' }],
    ['a bare address', ' mailto:Tom@Globex.example ', { name: '', email: 'tom@globex.example' }],
  ])('reads %s', (_, raw, expected) => {
    expect(parsePerson(raw)).toEqual(expected);
  });

  it.each([
    ['a name alone', 'Maria Gonzalez'],
    ['angle brackets without an address', 'Maria <not an address>'],
    ['an empty string', ''],
  ])('finds nobody in %s', (_, raw) => {
    expect(parsePerson(raw)).toBeNull();
  });
});

describe('parsePeople', () => {
  it('splits on commas and semicolons outside quotes and angle brackets', () => {
    expect(parsePeople('A One <a@x.example>, "Two, B" <b@x.example>; c@x.example, nobody')).toEqual([
      { name: 'A One', email: 'a@x.example' },
      { name: 'Two, B', email: 'b@x.example' },
      { name: '', email: 'c@x.example' },
    ]);
  });
});

describe('cleanName', () => {
  it.each([
    ['a right-to-left override', 'Maria\u202Egnol\u202C', 'Mariagnol'],
    ['isolates', '\u2066Maria\u2069 Gonzalez', 'Maria Gonzalez'],
    ['zero-width characters', 'Ma\u200Bri\u200Da\uFEFF', 'Maria'],
    ['control characters and runs of spaces', 'Maria\n\t  Gonzalez', 'Maria Gonzalez'],
    ['outer quotes', "'Maria Gonzalez'", 'Maria Gonzalez'],
  ])('removes %s', (_, raw, expected) => {
    expect(cleanName(raw)).toBe(expected);
  });

  it('keeps letters of any script', () => {
    expect(cleanName('Łukasz Żółć 山田')).toBe('Łukasz Żółć 山田');
  });

  it('caps a name at 300 characters', () => {
    expect(cleanName('x'.repeat(1000))).toHaveLength(300);
  });
});

describe('normaliseEmail', () => {
  it('lower-cases and strips mailto, brackets and query', () => {
    expect(normaliseEmail('<MAILTO:Sam@X.example?subject=hi>')).toBe('sam@x.example');
  });

  it('rejects text that is not an address', () => {
    expect(normaliseEmail('Sam Carter')).toBe('');
    expect(normaliseEmail('a b@x.example')).toBe('');
  });
});

describe('the people directory resolves "me" and "You" to the signed-in account', () => {
  const account = { name: 'Sam Carter', email: 'sam@northwind.example' };

  it.each([
    ['"me"', { name: 'me', email: 'sam@northwind.example' }, 'Sam Carter'],
    ['"You"', { name: 'You', email: 'sam@northwind.example' }, 'Sam Carter'],
    ['"ich"', { name: 'ich', email: 'sam@northwind.example' }, 'Sam Carter'],
    ['an empty name', { name: '', email: 'sam@northwind.example' }, 'Sam Carter'],
    ['a real name, kept as shown', { name: 'S. Carter (Northwind)', email: 'sam@northwind.example' }, 'S. Carter (Northwind)'],
    ['"Mel", which only starts like "me"', { name: 'Mel', email: 'sam@northwind.example' }, 'Mel'],
  ])('%s', (_, person, expectedName) => {
    const directory = createPeopleDirectory();
    directory.remember(account, { account: true });
    expect(directory.resolve(person)).toEqual({ name: expectedName, email: person.email });
  });

  it('prefers the fuller of the names shown for an address', () => {
    const directory = createPeopleDirectory();
    directory.remember({ name: 'Maria', email: 'maria@acme.example' });
    directory.remember({ name: 'Maria Gonzalez', email: 'maria@acme.example' });
    directory.remember({ name: 'me', email: 'maria@acme.example' });
    expect(directory.resolve({ name: 'me', email: 'maria@acme.example' }).name).toBe('Maria Gonzalez');
  });

  it('leaves the name empty rather than "me" when nothing better is known', () => {
    expect(createPeopleDirectory().resolve({ name: 'me', email: 'who@x.example' })).toEqual({ name: '', email: 'who@x.example' });
  });
});
