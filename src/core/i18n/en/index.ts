import type { Catalogue } from '../types';
import { notes } from './notes';
import { plan } from './plan';
import { safety } from './safety';
import { race } from './race';

/** The English catalogue. Its type is the contract: German and French must supply every entry. */
export const en = { ...notes, ...plan, ...safety, ...race };
export type Messages = Catalogue<typeof en>;
