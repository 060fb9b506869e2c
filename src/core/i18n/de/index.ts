import type { Messages } from '../en/index';
import { cramp } from './cramp';
import { fluid } from './fluid';
import { log } from './log';
import { notes } from './notes';
import { plan } from './plan';
import { safety } from './safety';

/** Der deutsche Katalog: jede Lücke gegenüber dem englischen ist ein Typfehler. */
export const de: Messages = { ...fluid, ...cramp, ...log, ...notes, ...plan, ...safety };
