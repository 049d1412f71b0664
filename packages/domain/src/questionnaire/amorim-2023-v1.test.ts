import { describe, expect, it } from 'vitest';
import { LOCALES, type LocalizedText } from '../i18n.ts';
import { amorim2023v1 } from './amorim-2023-v1.ts';
import { QUESTIONNAIRES, getQuestionnaire } from './questionnaires.ts';
import { SECTION_IDS, type Option, type Question } from './types.ts';
import { README_SERIES_IDS } from '../readme-contract.fixture.ts';

const questions = amorim2023v1.questions;
const byId = new Map(questions.map((question) => [question.id, question]));

function must(id: string): Question {
  const question = byId.get(id);
  if (question === undefined) throw new Error(`the definition has no question ${id}`);
  return question;
}

function optionsOf(question: Question): readonly Option[] {
  return question.kind === 'single' || question.kind === 'multiple' ? question.options : [];
}

/**
 * The contract in packages/domain/README.md ("Questionnaire amorim-2023@1: ids"), row by row:
 * number, id, kind, the condition ("question=option|option"), the benchmark series.
 */
const README_TABLE: ReadonlyArray<readonly [number | null, string, Question['kind'], string | null, readonly string[]]> = [
  [1, 'education', 'single', null, ['education']],
  [2, 'role', 'single', null, []],
  [3, 'years_in_role', 'number', null, []],
  [4, 'seniority', 'single', null, []],
  [5, 'mlops_knowledge', 'single', null, []],
  [6, 'company_type', 'single', null, ['company_type']],
  [7, 'company_size', 'single', null, ['company_size']],
  [8, 'sector', 'single', null, ['sector']],
  [9, 'self_declared_level', 'single', null, ['maturity_level']],
  [10, 'data_team_professions', 'multiple', null, ['data_team_professions']],
  [11, 'dedicated_deployment_team', 'single', null, ['dedicated_deployment_team', 'dedicated_deployment_team_deployers']],
  [12, 'data_types', 'frequency', null, []],
  [13, 'lifecycle_activities', 'frequency', null, []],
  [14, 'development_environment', 'multiple', null, ['development_environment']],
  [15, 'languages', 'multiple', null, ['languages']],
  [16, 'tools', 'multiple', null, ['tools']],
  [17, 'deploys_models', 'single', null, ['deploys_models']],
  [18, 'models_in_production', 'number', 'deploys_models=yes', ['models_in_production']],
  [19, 'data_problems', 'frequency', null, []],
  [20, 'model_difficulties', 'frequency', null, []],
  [21, 'non_deployment_reasons', 'multiple', 'deploys_models=no', ['non_deployment_reasons']],
  [22, 'who_deploys', 'multiple', 'deploys_models=yes', ['who_deploys']],
  [23, 'deployment_difficulties', 'multiple', 'deploys_models=yes', ['deployment_difficulties']],
  [24, 'model_consumption', 'multiple', 'deploys_models=yes', ['model_consumption']],
  [25, 'mlops_help', 'text', null, []],
  [null, 'business_consumption', 'single', null, []],
  [null, 'model_runtime', 'single', null, []],
  [null, 'experiment_tracking', 'practice', null, []],
  [null, 'dataset_versioning', 'practice', null, []],
  [null, 'model_registry', 'practice', null, []],
  [null, 'training_pipeline', 'practice', null, []],
  [null, 'ci_cd', 'practice', null, []],
  [null, 'deployment', 'practice', 'model_runtime=local|on_premises|cloud', []],
  [null, 'service_monitoring', 'practice', 'model_runtime=local|on_premises|cloud', []],
  [null, 'model_monitoring', 'practice', 'model_runtime=local|on_premises|cloud', []],
  [null, 'drift_detection', 'practice', 'model_runtime=local|on_premises|cloud', []],
  [null, 'alerting', 'practice', 'model_runtime=local|on_premises|cloud', []],
  [null, 'retraining', 'practice', 'model_runtime=local|on_premises|cloud', []],
  [null, 'rollback', 'practice', 'model_runtime=local|on_premises|cloud', []],
];

const README_SERIES = new Set(README_SERIES_IDS);

/**
 * Benchmark category of each option, as agreed with the benchmark author (the brief's list);
 * options absent from a map must carry no category.
 */
const CATEGORY_OF: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  education: {
    incomplete_higher: 'incomplete_higher',
    bachelor: 'bachelor',
    specialist: 'specialist',
    master: 'master',
    doctorate: 'doctorate',
  },
  company_type: { national: 'national', multinational: 'multinational' },
  company_size: { under_100: 'under_100', from_100_to_500: 'from_100_to_500', over_500: 'over_500' },
  self_declared_level: { level_1: 'level_1', level_2: 'level_2', level_3: 'level_3', level_4: 'level_4' },
  data_team_professions: Object.fromEntries(
    ['data_scientist', 'data_engineer', 'bi_analyst', 'ml_engineer', 'software_engineer', 'devops', 'data_analyst', 'other'].map((id) => [id, id]),
  ),
  dedicated_deployment_team: { yes: 'yes', no: 'no' },
  development_environment: { cloud: 'cloud', on_premises: 'local_or_on_premises', local: 'local_or_on_premises' },
  languages: Object.fromEntries(['python', 'r', 'sql', 'java', 'scala', 'sas', 'other'].map((id) => [id, id])),
  tools: Object.fromEntries(
    ['scikit_learn', 'xgboost', 'tensorflow', 'keras', 'pytorch', 'pycaret', 'r_packages', 'lightgbm', 'spark_ml', 'other'].map((id) => [id, id]),
  ),
  deploys_models: { yes: 'yes', no: 'no' },
  non_deployment_reasons: Object.fromEntries(
    ['lack_of_technical_knowledge', 'insufficient_engineering_teams', 'no_consumption_layer', 'lack_of_tools', 'other'].map((id) => [id, id]),
  ),
  who_deploys: Object.fromEntries(
    ['data_scientists', 'data_engineers', 'ml_engineers', 'software_engineers', 'devops', 'other'].map((id) => [id, id]),
  ),
  deployment_difficulties: Object.fromEntries(
    [
      'insufficient_engineering_teams',
      'lack_of_technical_knowledge',
      'low_model_metrics_visibility',
      'reproducing_results_in_production',
      'retraining_complexity',
      'other',
    ].map((id) => [id, id]),
  ),
  model_consumption: Object.fromEntries(['api', 'batch', 'notebook', 'dashboard', 'other'].map((id) => [id, id])),
};

/** Frequency items whose ids are fixed by the brief and the README. */
const FIXED_ITEMS: Readonly<Record<string, readonly string[]>> = {
  data_types: ['structured', 'semi_structured', 'text', 'image', 'audio'],
  lifecycle_activities: [
    'requirements_analysis',
    'data_collection',
    'data_cleaning',
    'feature_engineering',
    'model_training',
    'model_evaluation',
    'model_deployment',
    'model_monitoring',
    'new_model_development',
  ],
  data_problems: ['insufficient_data', 'data_access', 'unreliable_data', 'dataset_versioning'],
  model_difficulties: [
    'experiment_tracking',
    'business_distrust',
    'unrealistic_expectations',
    'lack_of_financial_resources',
    'lack_of_tools',
    'lack_of_technical_knowledge',
  ],
};

/** Every localized text in the definition, with where it is, to check both languages. */
function localizedTexts(): Array<readonly [string, LocalizedText]> {
  const found: Array<readonly [string, LocalizedText]> = [['title', amorim2023v1.title]];
  for (const section of amorim2023v1.sections) {
    found.push([`section ${section.id} title`, section.title], [`section ${section.id} description`, section.description]);
  }
  for (const question of questions) {
    found.push([`${question.id} prompt`, question.prompt]);
    if (question.help !== undefined) found.push([`${question.id} help`, question.help]);
    for (const option of optionsOf(question)) found.push([`${question.id}.${option.id}`, option.label]);
    if (question.kind === 'frequency') for (const item of question.items) found.push([`${question.id}.${item.id}`, item.label]);
    if (question.kind === 'practice') for (const [state, label] of Object.entries(question.states)) found.push([`${question.id} ${state}`, label]);
    if (question.kind === 'number' && question.unit !== undefined) found.push([`${question.id} unit`, question.unit]);
  }
  return found;
}

describe('amorim-2023@1: identity', () => {
  it('is the questionnaire of the paper, linked to its benchmark', () => {
    expect(amorim2023v1).toMatchObject({ id: 'amorim-2023@1', slug: 'amorim-2023', version: 1, benchmarkId: 'amorim-2023' });
    expect(amorim2023v1.id).toBe(`${amorim2023v1.slug}@${amorim2023v1.version}`);
  });

  it('is found by id, and unknown ids find nothing', () => {
    expect(getQuestionnaire('amorim-2023@1')).toBe(amorim2023v1);
    expect(QUESTIONNAIRES).toContain(amorim2023v1);
    expect(getQuestionnaire('amorim-2023@3')).toBeUndefined();
    expect(getQuestionnaire('AMORIM-2023@1')).toBeUndefined();
    expect(new Set(QUESTIONNAIRES.map((questionnaire) => questionnaire.id)).size).toBe(QUESTIONNAIRES.length);
  });

  it('is deeply frozen: no part of it can be changed at run time', () => {
    const visit = (value: unknown, path: string): void => {
      if (typeof value !== 'object' || value === null) return;
      expect(Object.isFrozen(value), path).toBe(true);
      for (const [key, child] of Object.entries(value)) visit(child, `${path}.${key}`);
    };
    visit(amorim2023v1, 'amorim2023v1');
    expect(Object.isFrozen(QUESTIONNAIRES)).toBe(true);
    expect(() => {
      (must('company_size').prompt as { en: string }).en = 'changed';
    }).toThrow(TypeError);
    expect(() => {
      (amorim2023v1.questions as Question[]).push(must('education'));
    }).toThrow(TypeError);
  });
});

describe('amorim-2023@1: the README contract', () => {
  it('has exactly the README questions, in its order', () => {
    expect(questions.map((question) => question.id)).toEqual(README_TABLE.map(([, id]) => id));
  });

  it.each(README_TABLE)('%s %s: kind %s, condition %s, series %j', (number, id, kind, condition, series) => {
    const question = must(id);
    expect(question.number).toBe(number);
    expect(question.kind).toBe(kind);
    const actual = question.condition === undefined ? null : `${question.condition.question}=${question.condition.anyOf.join('|')}`;
    expect(actual).toBe(condition);
    expect(question.benchmark ?? []).toEqual(series);
  });

  it('numbers the 25 survey questions 1..25 in order, and the practice questions null', () => {
    const numbered = questions.filter((question) => question.number !== null);
    expect(numbered.map((question) => question.number)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(questions.slice(25).every((question) => question.number === null && question.section === 'practices')).toBe(true);
  });

  it('links every benchmark series and item series to a README series id, each used once', () => {
    const used: string[] = [];
    for (const question of questions) {
      used.push(...(question.benchmark ?? []));
      if (question.kind === 'frequency') {
        expect(question.benchmark, `${question.id} links per item`).toBeUndefined();
        for (const item of question.items) if (item.benchmark !== undefined) used.push(item.benchmark);
      }
    }
    for (const series of used) expect(README_SERIES.has(series), series).toBe(true);
    expect(new Set(used).size).toBe(used.length);
    expect(new Set(used)).toEqual(README_SERIES);
  });

  it('names each item series <question>.<item>', () => {
    for (const question of questions) {
      if (question.kind !== 'frequency') continue;
      for (const item of question.items) {
        if (item.benchmark !== undefined) expect(item.benchmark).toBe(`${question.id}.${item.id}`);
      }
    }
  });

  it.each(Object.entries(FIXED_ITEMS))('%s has the fixed items, in order', (id, items) => {
    const question = must(id);
    expect(question.kind).toBe('frequency');
    if (question.kind === 'frequency') expect(question.items.map((item) => item.id).slice(0, items.length)).toEqual(items);
  });
});

describe('amorim-2023@1: benchmark categories', () => {
  it.each(Object.entries(CATEGORY_OF))('%s options map to the series categories', (id, categories) => {
    const options = optionsOf(must(id));
    for (const option of options) {
      expect(option.benchmarkCategory, `${id}.${option.id}`).toBe(categories[option.id]);
    }
    // Every category of the series is reachable from some option.
    const reachable = new Set(options.map((option) => option.benchmarkCategory));
    for (const category of Object.values(categories)) expect(reachable.has(category), `${id} → ${category}`).toBe(true);
  });

  it('sector: software/internet and financial services by name, every other sector as "other"', () => {
    const options = optionsOf(must('sector'));
    expect(options.length).toBeGreaterThan(3);
    for (const option of options) {
      const expected = ['software_internet', 'financial_services'].includes(option.id) ? option.id : 'other';
      expect(option.benchmarkCategory, option.id).toBe(expected);
    }
  });

  it('only questions linked to a series carry categories', () => {
    for (const question of questions) {
      if (question.benchmark !== undefined) continue;
      for (const option of optionsOf(question)) expect(option.benchmarkCategory, `${question.id}.${option.id}`).toBeUndefined();
    }
  });
});

describe('amorim-2023@1: well-formed', () => {
  it('has unique question ids, and unique option and item ids within each question', () => {
    expect(byId.size).toBe(questions.length);
    for (const question of questions) {
      const ids = question.kind === 'frequency' ? question.items.map((item) => item.id) : optionsOf(question).map((option) => option.id);
      expect(new Set(ids).size, question.id).toBe(ids.length);
    }
  });

  it('uses snake_case ids that never collide with "dont_know"', () => {
    const snake = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
    for (const question of questions) {
      expect(question.id).toMatch(snake);
      const ids = question.kind === 'frequency' ? question.items.map((item) => item.id) : optionsOf(question).map((option) => option.id);
      for (const id of ids) {
        expect(id, `${question.id}.${id}`).toMatch(snake);
        expect(id).not.toBe('dont_know');
      }
    }
  });

  it('has the five sections in order, each holding questions, and keeps each section contiguous', () => {
    expect(amorim2023v1.sections.map((section) => section.id)).toEqual([...SECTION_IDS]);
    const order = questions.map((question) => question.section).filter((section, i, all) => i === 0 || all[i - 1] !== section);
    expect(order).toEqual([...SECTION_IDS]);
  });

  it('has non-empty wording in every language everywhere', () => {
    const texts = localizedTexts();
    expect(texts.length).toBeGreaterThan(200);
    for (const [where, text] of texts) {
      expect(Object.keys(text).sort(), where).toEqual([...LOCALES].sort());
      for (const locale of LOCALES) expect(text[locale].trim().length, `${where} (${locale})`).toBeGreaterThan(0);
    }
  });

  it('makes every condition reference an earlier question and options it offers', () => {
    questions.forEach((question, position) => {
      if (question.condition === undefined) return;
      const target = questions.findIndex((other) => other.id === question.condition?.question);
      expect(target, `${question.id} depends on an earlier question`).toBeGreaterThanOrEqual(0);
      expect(target).toBeLessThan(position);
      const offered = optionsOf(must(question.condition.question)).map((option) => option.id);
      expect(offered.length, `${question.id} depends on a choice question`).toBeGreaterThan(0);
      expect(question.condition.anyOf.length).toBeGreaterThan(0);
      for (const id of question.condition.anyOf) expect(offered, `${question.id} → ${id}`).toContain(id);
    });
  });

  it('gives every question a paper reference and sensible bounds', () => {
    for (const question of questions) {
      expect(question.paperRef.trim().length, question.id).toBeGreaterThan(0);
      if (question.kind === 'number') expect(question.min).toBeLessThan(question.max);
      if (question.kind === 'multiple' && question.maxSelected !== undefined) {
        expect(question.maxSelected).toBeGreaterThan(0);
      }
      if (question.kind === 'single' || question.kind === 'multiple') expect(question.options.length).toBeGreaterThanOrEqual(2);
      if (question.kind === 'frequency') expect(question.items.length).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('amorim-2023@1: the paper in the wording', () => {
  it('asks question 9 with the paper\'s own question and four level statements', () => {
    const question = must('self_declared_level');
    expect(question.prompt['pt-BR']).toBe('Qual das frases abaixo mais se aproxima do momento atual da sua empresa?');
    expect(optionsOf(question).map((option) => option.label['pt-BR'])).toEqual([
      'Nível 1: a empresa está desenvolvendo seus primeiros modelos, porém ainda sem gerar valor para as frentes de negócio.',
      'Nível 2: as áreas de negócio já consomem os modelos, porém são executados localmente e não há monitoramento ou automações.',
      'Nível 3: a empresa executa seus modelos em ambiente produtivo em nuvem, com consumos via API ou Batch, porém ainda sem processos automatizados.',
      'Nível 4: a empresa executa seus modelos em ambiente produtivo em nuvem, e com processos como monitoramento, implantação e retreino automatizados.',
    ]);
    optionsOf(question).forEach((option, i) => expect(option.label.en).toMatch(new RegExp(`^Level ${i + 1}: `)));
  });

  it('uses the paper\'s wording for the data problems it names', () => {
    const problems = must('data_problems');
    expect(problems.kind === 'frequency' && problems.items[0]?.label['pt-BR']).toBe('Dados necessários insuficientes ou incompletos');
  });
});

describe('amorim-2023@1: answers that make sense', () => {
  it.each([
    ['business_consumption', ['no', 'pilot', 'yes']],
    ['model_runtime', ['none_yet', 'local', 'on_premises', 'cloud']],
    ['deploys_models', ['yes', 'no']],
    ['seniority', ['junior', 'mid', 'senior', 'other']],
  ])('%s offers %j', (id, options) => {
    expect(optionsOf(must(id)).map((option) => option.id)).toEqual(options);
  });

  it('offers "don\'t know" for company facts and practices, not for facts about the respondent', () => {
    const personal = ['education', 'role', 'years_in_role', 'seniority', 'mlops_knowledge', 'mlops_help'];
    for (const id of personal) expect(must(id).allowDontKnow, id).toBe(false);
    const company = ['company_type', 'company_size', 'sector', 'self_declared_level', 'models_in_production', 'business_consumption', 'model_runtime'];
    for (const id of company) expect(must(id).allowDontKnow, id).toBe(true);
    for (const question of questions) if (question.kind === 'practice') expect(question.allowDontKnow, question.id).toBe(true);
  });

  it('describes every practice as three states that differ', () => {
    const practices = questions.filter((question) => question.kind === 'practice');
    expect(practices).toHaveLength(12);
    for (const practice of practices) {
      if (practice.kind !== 'practice') continue;
      for (const locale of LOCALES) {
        const states = [practice.states.absent[locale], practice.states.manual[locale], practice.states.automated[locale]];
        expect(new Set(states).size, `${practice.id} (${locale})`).toBe(3);
      }
    }
  });

  it('bounds numbers and text as agreed', () => {
    expect(must('models_in_production')).toMatchObject({ kind: 'number', min: 1, max: 100000, integer: true });
    expect(must('years_in_role')).toMatchObject({ kind: 'number', min: 0, max: 60, integer: true });
    for (const question of questions) if (question.kind === 'text') expect(question.maxLength).toBe(2000);
  });
});
