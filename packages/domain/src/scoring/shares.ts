import type { LocalizedText } from '../i18n.ts';
import { amorim2023Benchmark, getSeries } from '../benchmark/amorim-2023.ts';
import { benchmarkPrevalence } from '../benchmark/prevalence.ts';
import type { Prevalence } from './types.ts';
import type { ShareReference } from './practice-model.ts';

/**
 * A cited share (README "Honest shares"): the paper's count for a benchmark category, with how it
 * relates to what it is cited for and what it counts, in words. Null when the paper gives no count
 * for the category (not reported), so nothing is cited that the paper does not say.
 */
export function shareOf(reference: ShareReference | null): Prevalence | null {
  if (reference === null) return null;
  const count = benchmarkPrevalence(reference.seriesId, reference.categoryId);
  return count === null ? null : { ...count, relation: reference.relation, measure: reference.measure };
}

const text = (en: string, pt: string): LocalizedText => ({ en, 'pt-BR': pt });

/**
 * The share cited for a challenge item answered `answer` (e.g. `frequently`), from its series:
 * the count of that very answer where the paper reports it ("same"); otherwise the combined
 * category the hotspot's definition names: an upper bound when it includes the answer (at most
 * that many gave it), a related measure when it does not (e.g. "sometimes or frequently" cited
 * for "always"). Null when the paper gives neither.
 */
export function frequencyShare(seriesId: string, answer: string, fallbackCategoryId: string | null): Prevalence | null {
  const series = getSeries(amorim2023Benchmark, seriesId);
  if (series === undefined) return null;
  const exact = series.categories.find((category) => category.id === answer);
  if (exact !== undefined && exact.count !== null) {
    return shareOf({
      seriesId,
      categoryId: answer,
      relation: 'same',
      measure: text(
        `respondents who answered "${exact.label.en}" for ${series.title.en}`,
        `participantes que responderam "${exact.label['pt-BR']}" para ${series.title['pt-BR']}`,
      ),
    });
  }
  if (fallbackCategoryId === null) return null;
  const combined = series.categories.find((category) => category.id === fallbackCategoryId);
  if (combined === undefined || combined.count === null) return null;
  const includes = combined.combines?.includes(answer) ?? false;
  return shareOf({
    seriesId,
    categoryId: fallbackCategoryId,
    relation: includes ? 'upper_bound' : 'related',
    measure: text(
      `respondents who answered "${combined.label.en}" for ${series.title.en}`,
      `participantes que responderam "${combined.label['pt-BR']}" para ${series.title['pt-BR']}`,
    ),
  });
}

/** The share cited for an option selected in a multiple-choice challenge: the paper's count of that option. */
export function optionShare(seriesId: string, optionId: string): Prevalence | null {
  const series = getSeries(amorim2023Benchmark, seriesId);
  const category = series?.categories.find((candidate) => candidate.id === optionId);
  if (series === undefined || category === undefined) return null;
  return shareOf({
    seriesId,
    categoryId: optionId,
    relation: 'same',
    measure: text(
      `respondents who selected "${category.label.en}" (${series.baseLabel.en})`,
      `participantes que marcaram "${category.label['pt-BR']}" (${series.baseLabel['pt-BR']})`,
    ),
  });
}
