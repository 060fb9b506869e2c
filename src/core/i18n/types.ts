/** A catalogue's shape from the English one: same keys and parameters, any string back. */
export type Catalogue<T> = { readonly [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : never };
