/** The place or kind the data adds to a name to tell it from namesakes ("Australian (1824)", "Truth (London)"). */
const QUALIFIER = / \([^)]*\)$/;

/** A name as text writes it: without the data's qualifier. */
export function withoutQualifier(name: string): string {
  return name.replace(QUALIFIER, '');
}
