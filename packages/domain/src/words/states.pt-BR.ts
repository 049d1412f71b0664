import type { StateWordKey } from './states.en.ts';

/** `stateWordsEn` in Brazilian Portuguese: every key (checked by its type). */
export const stateWordsPtBR: Readonly<Record<StateWordKey, string>> = {
  'effort.S': 'pequeno',
  'effort.M': 'médio',
  'effort.L': 'grande',
  'status.absent': 'ausente',
  'status.manual': 'manual',
  'status.dont_know': 'não sei',
  'status.not_answered': 'sem resposta',
};
