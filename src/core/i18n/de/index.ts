import type { Messages } from '../en/index';
import { intake } from './intake';
import { notes } from './notes';
import { plan } from './plan';
import { safety } from './safety';
import { race } from './race';
import { why } from './why';

/** Der deutsche Katalog: jede Lücke gegenüber dem englischen ist ein Typfehler. */
export const de: Messages = { ...intake, ...notes, ...plan, ...safety, ...race, ...why };
