/** What a rule family checks, for SARIF rule descriptors and other reporters' help. */
export interface RuleHelp {
  /** An identifier-like name (SARIF reportingDescriptor.name). */
  name: string;
  /** One line. */
  short: string;
  /** What it found, why, and what to do. */
  help: string;
}

const entity = (type: string, examples: string, extra = ''): string =>
  `A word or run of words close to, but not exactly, the name of a ${type} in entlint's gazetteer (${examples}). ` +
  'Machine translation and OCR garble names in predictable ways: transliteration variants (y/ı, kh/h, sh/ş, ts/z), ' +
  `OCR confusions (rn/m, l/1), swapped or dropped letters.${extra} Accepted spellings and variants listed in the ` +
  'gazetteer are never flagged. Replace the span with the suggested spelling, or, if the name is right and simply ' +
  'unknown to entlint, add it to the gazetteer in dictionaries/.';

const RULES = new Map<string, RuleHelp>([
  ['entity/person', {
    name: 'MisspeltPersonName',
    short: 'Misspelt name of a known person',
    help: entity('person', 'dictionaries/people/, e.g. “Sholtz” for Olaf Scholz, “Kalyn” for İbrahim Kalın'),
  }],
  ['entity/organisation', {
    name: 'MisspeltOrganisationName',
    short: 'Misspelt or mistranslated name of a known organisation',
    help: entity('organisation', 'dictionaries/organisations/, e.g. “Deash” for Daesh',
      ' Organisation names translated word by word and put in another order are flagged too.'),
  }],
  ['entity/place', {
    name: 'MisspeltPlaceName',
    short: 'Misspelt name of a known place',
    help: entity('place', 'dictionaries/places/, e.g. “Shanliurfa” for Şanlıurfa'),
  }],
  ['entity/dated-form', {
    name: 'DatedEntityForm',
    short: 'Dated or discouraged form of a known name',
    help: 'A form of a name that the entity itself has given up, such as “Swaziland” for Eswatini (the gazetteer\'s ' +
      '"dated" forms), or an accepted form your configuration flags ("variants": {"Kiev": "flag"}). It is understood, ' +
      'so this is a warning and --fix does not change it by default. Write the suggested form, or accept the old one ' +
      'in your configuration: "variants": {"Swaziland": "accept"}.',
  }],
  ['homoglyph/mixed-script', {
    name: 'MixedScriptWord',
    short: 'Word mixing Latin letters with look-alike letters of another script',
    help: 'A word that looks Latin but contains Cyrillic or Greek look-alike letters (“Рutin” with a Cyrillic Р) ' +
      'or a stray combining mark (what lower-casing a Turkish “İ” produces). It reads correctly but will not be ' +
      'found by search or spell-checking. Retype it in Latin letters, as suggested.',
  }],
  ['acronym/script', {
    name: 'AcronymReadFromCyrillic',
    short: 'Acronym transliterated letter by letter from Cyrillic look-alikes',
    help: 'An unknown acronym that becomes a known one when its letters are read as the Cyrillic letters they ' +
      'resemble: Cyrillic «РКК» (the PKK) transliterated by sound gives “RKK”. Such rereads are only likely in a ' +
      'text that shows other signs of machine translation. Replace it with the known acronym.',
  }],
  ['acronym/mismatch', {
    name: 'MismatchedAcronym',
    short: 'Parenthesised acronym that does not belong to the name before it',
    help: 'An acronym in parentheses right after a known name that is neither the initials of that name nor one of ' +
      'its known acronyms, e.g. “State Security Service (GSS)” for Georgia\'s State Security Service (SSG). ' +
      'Machine translation often carries the source-language acronym over. Use the acronym suggested.',
  }],
  ['ocr/word', {
    name: 'OcrMisreadWord',
    short: 'Ordinary word misread by OCR',
    help: 'In text that reads as OCR output, a lower-case word that is no word or name but has the glyphs of a ' +
      'common English word, read with letters that look alike in worn print (“chomist” for chemist, “tbe” for the, ' +
      '“app1ause” for applause). Replace it with the suggested word; if the scan is what was printed, leave it, or ' +
      'turn the rule off for the file ("rules": {"ocr/word": "off"}).',
  }],
]);

/** Help for a rule id; phrase rules share one text naming their id, unknown ids get a generic one. */
export function ruleHelp(ruleId: string): RuleHelp {
  const known = RULES.get(ruleId);
  if (known) return known;
  if (ruleId.startsWith('phrase/')) {
    const id = ruleId.slice('phrase/'.length);
    return {
      name: 'MachineTranslationCalque',
      short: `Machine-translation calque (phrase rule ${id})`,
      help: `A phrase that a machine translation produced word by word, matched by the phrase rule “${id}” in ` +
        'dictionaries/phrases/ (e.g. “gas sector” for the Gaza Strip, from Russian «сектор Газа»). The rule\'s ' +
        'context conditions keep ordinary uses of the same words silent. Replace the phrase with the suggested one; ' +
        'the rule\'s “why” field explains the source-language origin.',
    };
  }
  return {
    name: 'EntlintFinding',
    short: `entlint rule ${ruleId}`,
    help: `A likely garbled name or machine-translation error found by the entlint rule “${ruleId}”. ` +
      'The message says what was matched and why; the first suggestion is the fix.',
  };
}
