export * from './i18n.ts';
export * from './questionnaire/types.ts';
export * from './scoring/types.ts';
export * from './benchmark/types.ts';
export * from './questionnaire/index.ts';
export * from './benchmark/index.ts';
export * from './scoring/index.ts';
export * from './progress/index.ts';
