import { type MessageKey, t } from '../platform/i18n';

/** Stored words (sex, cramp history, muscles, units) as the runner reads them; unknown ones as stored. */
const VALUE_KEYS: Record<string, MessageKey> = {
  female: 'optionsValueFemale',
  male: 'optionsValueMale',
  never: 'optionsValueNever',
  sometimes: 'optionsValueSometimes',
  often: 'optionsValueOften',
  calves: 'optionsValueCalves',
  hamstrings: 'optionsValueHamstrings',
  quads: 'optionsValueQuads',
  feet: 'optionsValueFeet',
  other: 'optionsValueOther',
  metric: 'optionsValueMetric',
  imperial: 'optionsValueImperial',
};

export const word = (value: string | undefined): string | undefined => {
  if (value === undefined) return undefined;
  const key = Object.hasOwn(VALUE_KEYS, value) ? VALUE_KEYS[value] : undefined;
  return key ? t(key) : value;
};
export const yesNo = (value: boolean | undefined): string | undefined => (value === undefined ? undefined : t(value ? 'optionsValueYes' : 'optionsValueNo'));
export const onOff = (on: boolean): string => t(on ? 'optionsValueOn' : 'optionsValueOff');
