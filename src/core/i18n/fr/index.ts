import type { Messages } from '../en/index';
import { intake } from './intake';
import { notes } from './notes';
import { plan } from './plan';
import { safety } from './safety';
import { race } from './race';
import { why } from './why';

/** Le catalogue français : toute entrée manquante par rapport à l'anglais est une erreur de type. */
export const fr: Messages = { ...intake, ...notes, ...plan, ...safety, ...race, ...why };
