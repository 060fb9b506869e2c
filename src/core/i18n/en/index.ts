import type { Catalogue } from '../types';
import { cramp } from './cramp';
import { fluid } from './fluid';
import { log } from './log';
import { notes } from './notes';
import { plan } from './plan';
import { safety } from './safety';

/** The English catalogue. Its type is the contract: German and French must supply every entry. */
export const en = { ...fluid, ...cramp, ...log, ...notes, ...plan, ...safety };
export type Messages = Catalogue<typeof en>;
