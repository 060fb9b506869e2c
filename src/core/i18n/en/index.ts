import type { Catalogue } from '../types';
import { intake } from './intake';
import { notes } from './notes';
import { plan } from './plan';
import { safety } from './safety';
import { race } from './race';
import { why } from './why';

/** The English catalogue. Its type is the contract: German and French must supply every entry. */
export const en = { ...intake, ...notes, ...plan, ...safety, ...race, ...why };
export type Messages = Catalogue<typeof en>;
