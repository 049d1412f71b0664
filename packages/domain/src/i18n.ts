/** The two languages of the product: the paper's (pt-BR) and English. */
export const LOCALES = ['en', 'pt-BR'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text in every supported language. */
export type LocalizedText = Readonly<Record<Locale, string>>;
