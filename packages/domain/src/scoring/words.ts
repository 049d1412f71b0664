import type { LocalizedText } from '../i18n.ts';
import type { DontKnow, Frequency, PracticeState } from '../questionnaire/types.ts';

/** Words for the answer values the engine quotes back in explanations and gap details. */
export const VALUE_WORDS: Readonly<Record<PracticeState | Frequency | DontKnow, LocalizedText>> = {
  absent: { en: 'absent', 'pt-BR': 'ausente' },
  manual: { en: 'manual', 'pt-BR': 'manual' },
  automated: { en: 'automated', 'pt-BR': 'automatizado' },
  never: { en: 'never', 'pt-BR': 'nunca' },
  rarely: { en: 'rarely', 'pt-BR': 'raramente' },
  sometimes: { en: 'sometimes', 'pt-BR': 'algumas vezes' },
  frequently: { en: 'frequently', 'pt-BR': 'frequentemente' },
  always: { en: 'always', 'pt-BR': 'sempre' },
  dont_know: { en: "don't know", 'pt-BR': 'não sei' },
};

/** Where models run (`model_runtime`), as the end of a sentence "models run …". */
export const RUNTIME_WORDS: Readonly<Record<string, LocalizedText>> = {
  none_yet: { en: 'nowhere yet', 'pt-BR': 'em lugar nenhum ainda' },
  local: { en: 'locally, in notebooks or on laptops', 'pt-BR': 'localmente, em notebooks ou computadores pessoais' },
  on_premises: { en: "on the company's own servers (on-premises)", 'pt-BR': 'nos servidores da própria empresa (on-premises)' },
  cloud: { en: 'on cloud servers', 'pt-BR': 'em servidores em nuvem' },
};

/** How production models are served (`model_consumption`, the options that pass level 3). */
export const SERVING_WORDS: Readonly<Record<'api' | 'batch' | 'both', LocalizedText>> = {
  api: { en: 'by API', 'pt-BR': 'via API' },
  batch: { en: 'in batch', 'pt-BR': 'em lote (batch)' },
  both: { en: 'by API and in batch', 'pt-BR': 'via API e em lote (batch)' },
};

/** Joins localized fragments with a separator, language by language. */
export function joinText(parts: readonly LocalizedText[], separator: LocalizedText): LocalizedText {
  return {
    en: parts.map((p) => p.en).join(separator.en),
    'pt-BR': parts.map((p) => p['pt-BR']).join(separator['pt-BR']),
  };
}
