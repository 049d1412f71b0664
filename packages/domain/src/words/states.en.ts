/**
 * Effort sizes and practice states as the roadmap names them: said by the result pages, the progress
 * page (whose pt-BR says "automatizado" / "não perguntado" for the two states left out here) and the
 * PDF report. One list, so screen and paper cannot drift apart; each
 * language is a module of its own, so the web app's per-language, per-feature catalogue chunks stay as
 * small as before. `{name}` marks a value filled in at run time; keys ending in `.one` / `.other` are
 * plural forms.
 */
export const stateWordsEn = {
  'effort.S': 'small',
  'effort.M': 'medium',
  'effort.L': 'large',
  'status.absent': 'absent',
  'status.manual': 'manual',
  'status.dont_know': 'don’t know',
  'status.not_answered': 'not answered',
} as const satisfies Readonly<Record<string, string>>;

export type StateWordKey = keyof typeof stateWordsEn;
