/** A catalogue's shape from the English one: same keys and parameters, any string back. */
export type Catalogue<T> = { readonly [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : never };
/** The findings' catalogue: per finding id, that finding's sentences (same keys and parameters as English). */
export type FindingCatalogue<T> = { readonly [Id in keyof T]: Catalogue<T[Id]> };
