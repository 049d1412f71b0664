import type { LocalizedText } from '../i18n.ts';
import { FREQUENCIES, type Frequency } from '../questionnaire/types.ts';
import { deepFreeze } from './deep-freeze.ts';
import { printedPercentDisagrees } from './percent.ts';
import type {
  Benchmark,
  BenchmarkCategory,
  BenchmarkPopulation,
  BenchmarkSeries,
  BenchmarkSource,
  CategoryStatus,
} from './types.ts';

/*
 * The figures of Amorim, Souza, Costa, Souza (Computer on the Beach 2023) as counts.
 *
 * Rules (PRODUCT.md, "The benchmark"):
 * - Only what the paper's TEXT states is `reported`; the figures themselves are images we do
 *   not have, so whatever only they show is `not_reported` with a null count.
 * - `derived` is a subtraction from reported counts, only where the categories are a single
 *   choice that covers every respondent; its note says from what.
 * - The printed percentage is kept beside its count; `printedDisagrees` is computed from the
 *   count (see `printedPercentDisagrees`), never typed by hand.
 */

/** All respondents (section 5), the 57 who deploy models and the 9 who do not (section 5.4). */
const RESPONDENTS = 66;
const DEPLOYERS = 57;
const NON_DEPLOYERS = 9;

const t = (en: string, ptBR: string): LocalizedText => ({ en, 'pt-BR': ptBR });

const POPULATION_BASE: Readonly<Record<BenchmarkPopulation, { base: number; label: LocalizedText }>> = {
  all: { base: RESPONDENTS, label: t('all 66 respondents', 'os 66 participantes') },
  deployers: {
    base: DEPLOYERS,
    label: t('the 57 respondents whose companies deploy models', 'os 57 participantes cujas empresas implantam modelos'),
  },
  non_deployers: {
    base: NON_DEPLOYERS,
    label: t(
      'the 9 respondents whose companies do not deploy models',
      'os 9 participantes cujas empresas não implantam modelos',
    ),
  },
};

interface CategorySpec {
  readonly id: string;
  readonly label: LocalizedText;
  readonly count: number | null;
  readonly status: CategoryStatus;
  readonly printedPercent?: number;
  readonly combines?: readonly string[];
  readonly note?: LocalizedText;
}

interface Extras {
  readonly printed?: number;
  readonly combines?: readonly string[];
  readonly note?: LocalizedText;
}

function withExtras(spec: CategorySpec, extras: Extras): CategorySpec {
  return {
    ...spec,
    ...(extras.printed === undefined ? {} : { printedPercent: extras.printed }),
    ...(extras.combines === undefined ? {} : { combines: extras.combines }),
    ...(extras.note === undefined ? {} : { note: extras.note }),
  };
}

/** A count the text states, with the percentage printed beside it (if any). */
function reported(id: string, label: LocalizedText, count: number, extras: Extras = {}): CategorySpec {
  return withExtras({ id, label, count, status: 'reported' }, extras);
}

/** A count obtained by subtraction; the note must say from what. */
function derived(
  id: string,
  label: LocalizedText,
  count: number,
  note: LocalizedText,
  extras: Omit<Extras, 'note' | 'printed'> = {},
): CategorySpec {
  return withExtras({ id, label, count, status: 'derived' }, { ...extras, note });
}

/** A category the paper shows or names without a count. */
function notReported(id: string, label: LocalizedText, extras: Omit<Extras, 'printed'> = {}): CategorySpec {
  return withExtras({ id, label, count: null, status: 'not_reported' }, extras);
}

interface SeriesSpec {
  readonly id: string;
  readonly title: LocalizedText;
  readonly population: BenchmarkPopulation;
  readonly choice: BenchmarkSeries['choice'];
  readonly source: BenchmarkSource;
  readonly categories: readonly CategorySpec[];
  readonly note?: LocalizedText;
}

function series(spec: SeriesSpec): BenchmarkSeries {
  const { base, label } = POPULATION_BASE[spec.population];
  const categories = spec.categories.map((category): BenchmarkCategory => {
    if (category.printedPercent === undefined) return category;
    if (category.count === null) {
      throw new Error(`benchmark ${spec.id}/${category.id}: a printed percentage needs its count`);
    }
    return {
      ...category,
      printedDisagrees: printedPercentDisagrees(category.printedPercent, category.count, base),
    };
  });
  return {
    id: spec.id,
    title: spec.title,
    base,
    baseLabel: label,
    population: spec.population,
    choice: spec.choice,
    source: spec.source,
    categories,
    ...(spec.note === undefined ? {} : { note: spec.note }),
  };
}

const FREQUENCY_LABELS: Readonly<Record<Frequency, LocalizedText>> = {
  never: t('Never', 'Nunca'),
  rarely: t('Rarely', 'Raramente'),
  sometimes: t('Sometimes', 'Algumas vezes'),
  frequently: t('Frequently', 'Frequentemente'),
  always: t('Always', 'Sempre'),
};

/**
 * The five points of the paper's scale for one item, not reported unless the text gives them,
 * followed by any sums the text gives over several points.
 */
function frequencyCategories(
  given: Partial<Record<Frequency, number>> = {},
  combined: readonly CategorySpec[] = [],
): CategorySpec[] {
  const points = FREQUENCIES.map((frequency) => {
    const count = given[frequency];
    return count === undefined
      ? notReported(frequency, FREQUENCY_LABELS[frequency])
      : reported(frequency, FREQUENCY_LABELS[frequency], count);
  });
  return [...points, ...combined];
}

const NOT_IN_TEXT = t(
  'Shown in the paper’s figure only; the text gives no count.',
  'Aparece apenas na figura do artigo; o texto não dá a contagem.',
);

const ALL_ANSWERED = t(
  'This assumes every respondent answered the question with exactly one option.',
  'Supõe que todos os participantes responderam à pergunta com exatamente uma opção.',
);

function joinNote(first: LocalizedText, second: LocalizedText): LocalizedText {
  return t(`${first.en} ${second.en}`, `${first['pt-BR']} ${second['pt-BR']}`);
}

// ---------------------------------------------------------------------------------------------
// 5.1 Profile of the respondents and their companies (QP1)
// ---------------------------------------------------------------------------------------------

const education = series({
  id: 'education',
  title: t('Education', 'Formação'),
  population: 'all',
  choice: 'single',
  source: {
    section: '5.1',
    quote:
      'Sobre os profissionais participantes, 45% (30/66) possuem ensino superior completo, 27% (18/66) são mestres, 16% (11/66) são especialistas, 7% (5/66) são doutores e 3% (2/66) possuem ensino superior incompleto.',
  },
  categories: [
    reported('incomplete_higher', t('Incomplete higher education', 'Ensino superior incompleto'), 2, { printed: 3 }),
    reported('bachelor', t('Bachelor’s degree', 'Ensino superior completo'), 30, { printed: 45 }),
    reported('specialist', t('Specialisation (postgraduate)', 'Especialização'), 11, { printed: 16 }),
    reported('master', t('Master’s degree', 'Mestrado'), 18, { printed: 27 }),
    reported('doctorate', t('Doctorate', 'Doutorado'), 5, { printed: 7 }),
  ],
  note: t(
    'The five counts add up to all 66 respondents.',
    'As cinco contagens somam os 66 participantes.',
  ),
});

const companyType = series({
  id: 'company_type',
  title: t('Company type', 'Tipo de empresa'),
  population: 'all',
  choice: 'single',
  source: {
    section: '5.1',
    quote:
      'A pesquisa coletou respostas de profissionais de diferentes organizações, sendo 68% (45/66) empresas nacionais brasileiras e 31% (21/66) multinacionais.',
  },
  categories: [
    reported('national', t('National (Brazilian)', 'Nacional (brasileira)'), 45, { printed: 68 }),
    reported('multinational', t('Multinational', 'Multinacional'), 21, { printed: 31 }),
  ],
  note: t('The two counts add up to all 66 respondents.', 'As duas contagens somam os 66 participantes.'),
});

const companySize = series({
  id: 'company_size',
  title: t('Number of employees', 'Número de funcionários'),
  population: 'all',
  choice: 'single',
  source: {
    section: '5.1',
    quote:
      'Com base na quantidade de funcionários, de acordo com o Sebrae, a maioria dessas empresas são de grande porte, sendo que 27% (18/66) possuem de 100 a 500 funcionários, e 54% (36/66) possuem mais de 500 funcionários.',
  },
  categories: [
    derived(
      'under_100',
      t('Fewer than 100', 'Menos de 100'),
      RESPONDENTS - 18 - 36,
      joinNote(
        t(
          'Derived: 66 − 18 (100 to 500) − 36 (over 500) = 12; the text gives no count below 100 employees.',
          'Derivado: 66 − 18 (de 100 a 500) − 36 (mais de 500) = 12; o texto não dá a contagem abaixo de 100 funcionários.',
        ),
        ALL_ANSWERED,
      ),
    ),
    reported('from_100_to_500', t('100 to 500', 'De 100 a 500'), 18, { printed: 27 }),
    reported('over_500', t('More than 500', 'Mais de 500'), 36, { printed: 54 }),
  ],
});

const sector = series({
  id: 'sector',
  title: t('Sector', 'Ramo'),
  population: 'all',
  choice: 'single',
  source: {
    section: '5.1',
    quote:
      'Dessas empresas, 19% (13/66) foram classificadas como empresas de Software/Internet e 24% (16/66) de Serviços Financeiros.',
  },
  categories: [
    reported('software_internet', t('Software / Internet', 'Software/Internet'), 13, { printed: 19 }),
    reported('financial_services', t('Financial services', 'Serviços financeiros'), 16, { printed: 24 }),
    derived(
      'other',
      t('Other sectors', 'Outros ramos'),
      RESPONDENTS - 13 - 16,
      joinNote(
        t(
          'Derived: 66 − 13 (software/internet) − 16 (financial services) = 37, every other sector together; the paper names no other sector.',
          'Derivado: 66 − 13 (software/internet) − 16 (serviços financeiros) = 37, todos os outros ramos juntos; o artigo não cita outro ramo.',
        ),
        ALL_ANSWERED,
      ),
    ),
  ],
});

const LEVEL_3_COUNT = 26;
const LEVEL_1_COUNT = 14;

const maturityLevel = series({
  id: 'maturity_level',
  title: t('Maturity level of the company (self-declared)', 'Nível de maturidade da empresa (autodeclarado)'),
  population: 'all',
  choice: 'single',
  source: {
    section: '5.1; 6',
    figure: 'Fig. 2',
    quote:
      'De acordo com a pesquisa, 44% (26/66) das empresas encontram-se no Nível 3 de maturidade, tendo modelos de AM em produção, porém ainda sem processos automatizados. Uma parte considerável das empresas, isto é 21% (14/66), ainda estão no Nível 1, desenvolvendo seus primeiros modelos de AM, ainda não gerando valor para o negócio.',
  },
  categories: [
    reported(
      'level_1',
      t('Level 1: first models, no business value yet', 'Nível 1: primeiros modelos, ainda sem gerar valor'),
      LEVEL_1_COUNT,
      { printed: 21 },
    ),
    notReported(
      'level_2',
      t(
        'Level 2: the business consumes models, run locally, no monitoring or automation',
        'Nível 2: o negócio consome os modelos, executados localmente, sem monitoramento ou automação',
      ),
      { note: NOT_IN_TEXT },
    ),
    reported(
      'level_3',
      t(
        'Level 3: models in production (cloud), served by API or batch, no automated processes',
        'Nível 3: modelos em produção (nuvem), consumo via API ou batch, sem processos automatizados',
      ),
      LEVEL_3_COUNT,
      {
        printed: 44,
        note: t(
          'The paper prints “44% (26/66)”, but 26/66 is 39.4% (44% of 66 would be 29). The count is kept as printed. Section 5.1 calls level 3 “a maioria” (the majority); 26 of 66 is the largest group, not a majority.',
          'O artigo imprime “44% (26/66)”, mas 26/66 é 39,4% (44% de 66 seriam 29). A contagem é mantida como impressa. A seção 5.1 chama o nível 3 de “a maioria”; 26 de 66 é o maior grupo, não a maioria.',
        ),
      },
    ),
    notReported(
      'level_4',
      t(
        'Level 4: models in production with automated monitoring, deployment and retraining',
        'Nível 4: modelos em produção com monitoramento, implantação e retreino automatizados',
      ),
      { note: NOT_IN_TEXT },
    ),
    derived(
      'level_2_or_4',
      t('Level 2 or level 4 (not reported apart)', 'Nível 2 ou nível 4 (não informados separadamente)'),
      RESPONDENTS - LEVEL_3_COUNT - LEVEL_1_COUNT,
      joinNote(
        t(
          'Derived: 66 − 26 (level 3) − 14 (level 1) = 26 for levels 2 and 4 together; the text does not split them. If the printed 44% were right (29 at level 3), this would be 23.',
          'Derivado: 66 − 26 (nível 3) − 14 (nível 1) = 26 para os níveis 2 e 4 juntos; o texto não os separa. Se os 44% impressos estivessem certos (29 no nível 3), seriam 23.',
        ),
        ALL_ANSWERED,
      ),
      { combines: ['level_2', 'level_4'] },
    ),
  ],
  note: t(
    'The question: “Which of the statements below is closest to your company’s current moment?” (one of four levels). Fig. 2 shows all four; the text gives levels 1 and 3 only.',
    'A pergunta: “Qual das frases abaixo mais se aproxima do momento atual da sua empresa?” (um de quatro níveis). A Figura 2 mostra os quatro; o texto dá apenas os níveis 1 e 3.',
  ),
});

const dataTeamProfessions = series({
  id: 'data_team_professions',
  title: t('Professions in the data team', 'Profissionais que compõem o time de dados'),
  population: 'all',
  choice: 'multiple',
  source: {
    section: '5.1',
    figure: 'Fig. 3',
    quote:
      'Os times de dados das empresas são compostos por diferentes perfis, observando que em sua maioria são 95% (63/66) formados por cientistas de dados, 83% (55/66) engenheiros de dados e 68% (45/66) analistas de BI (Figura 3).',
  },
  categories: [
    reported('data_scientist', t('Data scientists', 'Cientistas de dados'), 63, { printed: 95 }),
    reported('data_engineer', t('Data engineers', 'Engenheiros de dados'), 55, { printed: 83 }),
    reported('bi_analyst', t('BI analysts', 'Analistas de BI'), 45, { printed: 68 }),
    notReported('ml_engineer', t('Machine learning engineers', 'Engenheiros de aprendizado de máquina'), {
      note: NOT_IN_TEXT,
    }),
    notReported('software_engineer', t('Software engineers', 'Engenheiros de software'), { note: NOT_IN_TEXT }),
    notReported('devops', t('DevOps', 'DevOps'), { note: NOT_IN_TEXT }),
    notReported('data_analyst', t('Data analysts', 'Analistas de dados'), { note: NOT_IN_TEXT }),
    notReported('other', t('Other professions', 'Outros profissionais'), { note: NOT_IN_TEXT }),
  ],
  note: t(
    'Several professions per team. Fig. 3 shows more professions than the three the text counts.',
    'Várias profissões por time. A Figura 3 mostra mais profissões do que as três que o texto conta.',
  ),
});

const SAME_25_NOTE = t(
  'The paper gives 25 respondents without a dedicated deployment team twice: 25/66 in section 5.1 and 25/57 among those who deploy in section 5.4. Both are kept as printed.',
  'O artigo dá 25 participantes sem equipe dedicada à implantação duas vezes: 25/66 na seção 5.1 e 25/57 entre os que implantam na seção 5.4. Ambos são mantidos como impressos.',
);

const dedicatedDeploymentTeam = series({
  id: 'dedicated_deployment_team',
  title: t('A dedicated team deploys models', 'Equipe dedicada à implantação de modelos'),
  population: 'all',
  choice: 'single',
  source: {
    section: '5.1',
    quote:
      'Apesar da maior parte das empresas serem de médio e grande porte, 37% (25/66) não possuem equipes dedicadas para a implantação de modelos de AM em produção.',
  },
  categories: [
    notReported('yes', t('Yes', 'Sim'), {
      note: t(
        'Not derived: 66 − 25 = 41 would count the 9 respondents whose companies do not deploy as having a dedicated deployment team. The same 25 appear among the 57 who deploy (section 5.4), so the question was most likely answered by those 57 only, and the text does not say which.',
        'Não derivado: 66 − 25 = 41 contaria os 9 participantes cujas empresas não implantam como tendo equipe dedicada à implantação. Os mesmos 25 aparecem entre os 57 que implantam (seção 5.4), então a pergunta provavelmente foi respondida apenas por esses 57, e o texto não diz qual é o caso.',
      ),
    }),
    reported('no', t('No', 'Não'), 25, { printed: 37 }),
  ],
  note: SAME_25_NOTE,
});

// ---------------------------------------------------------------------------------------------
// 5.2 Activities (QP2)
// ---------------------------------------------------------------------------------------------

const DATA_TYPES_QUOTE =
  'O primeiro aspecto a ser considerado é que apesar do aumento na variedade das informações, causado com o advento do Big Data, nota-se que os times de ciência de dados raramente trabalham com dados não estruturados de imagem ou áudio. Suas atuações concentram-se praticamente sempre com dados estruturados e semi-estruturados (Figura 4).';

function dataTypeSeries(item: string, title: LocalizedText, note: LocalizedText): BenchmarkSeries {
  return series({
    id: `data_types.${item}`,
    title,
    population: 'all',
    choice: 'frequency',
    source: { section: '5.2', figure: 'Fig. 4', quote: DATA_TYPES_QUOTE },
    categories: frequencyCategories(),
    note,
  });
}

const PRACTICALLY_ALWAYS = t(
  'The text gives no counts; it says teams work with structured and semi-structured data “practically always” (praticamente sempre).',
  'O texto não dá contagens; diz que os times trabalham com dados estruturados e semi-estruturados “praticamente sempre”.',
);
const RARELY_UNSTRUCTURED = t(
  'The text gives no counts; it says teams “rarely” (raramente) work with unstructured image or audio data.',
  'O texto não dá contagens; diz que os times “raramente” trabalham com dados não estruturados de imagem ou áudio.',
);

const dataTypes = [
  dataTypeSeries('structured', t('Data types: structured', 'Tipos de dados: estruturados'), PRACTICALLY_ALWAYS),
  dataTypeSeries(
    'semi_structured',
    t('Data types: semi-structured', 'Tipos de dados: semi-estruturados'),
    PRACTICALLY_ALWAYS,
  ),
  dataTypeSeries('image', t('Data types: images', 'Tipos de dados: imagens'), RARELY_UNSTRUCTURED),
  dataTypeSeries('audio', t('Data types: audio', 'Tipos de dados: áudio'), RARELY_UNSTRUCTURED),
];

function lifecycleSeries(
  item: string,
  title: LocalizedText,
  quote: string,
  categories: readonly CategorySpec[],
  note?: LocalizedText,
): BenchmarkSeries {
  return series({
    id: `lifecycle_activities.${item}`,
    title,
    population: 'all',
    choice: 'frequency',
    source: { section: '5.2', figure: 'Fig. 5', quote },
    categories,
    ...(note === undefined ? {} : { note }),
  });
}

const lifecycleActivities = [
  lifecycleSeries(
    'data_cleaning',
    t('Activity: data cleaning and transformation', 'Atividade: limpeza e transformação dos dados'),
    'Sobre as atividades mais frequentes, a "limpeza e transformação dos dados" é a atividade apontada como mais recorrente pelos participantes.',
    frequencyCategories(),
    t(
      'The text gives no counts; it names data cleaning and transformation the most recurrent activity.',
      'O texto não dá contagens; aponta a limpeza e transformação dos dados como a atividade mais recorrente.',
    ),
  ),
  lifecycleSeries(
    'data_collection',
    t('Activity: data collection', 'Atividade: coleta de dados'),
    'Houve também um alto índice de respostas apontando para atividades de coleta de dados.',
    frequencyCategories(),
    t(
      'The text gives no counts; it reports a high share of answers pointing to data collection.',
      'O texto não dá contagens; relata um alto índice de respostas apontando para a coleta de dados.',
    ),
  ),
  lifecycleSeries(
    'model_deployment',
    t('Activity: deploying new models to production', 'Atividade: implantação de novos modelos em produção'),
    'A implantação de novos modelos em produção mostra-se como atividade de alta frequência.',
    frequencyCategories(),
    t(
      'The text gives no counts; it calls deploying new models a high-frequency activity.',
      'O texto não dá contagens; diz que a implantação de novos modelos é uma atividade de alta frequência.',
    ),
  ),
  lifecycleSeries(
    'new_model_development',
    t('Activity: developing new models', 'Atividade: desenvolvimento de novos modelos'),
    'Outro ponto importante a se notar é que o desenvolvimento de novos modelos foi marcado por 57% (38/66) dos participantes como "Frequentemente" ou "Sempre".',
    frequencyCategories({}, [
      reported('frequently_or_always', t('Frequently or always', 'Frequentemente ou sempre'), 38, {
        printed: 57,
        combines: ['frequently', 'always'],
      }),
    ]),
    t(
      'The text gives “frequently” and “always” together only.',
      'O texto dá “frequentemente” e “sempre” apenas juntos.',
    ),
  ),
];

const developmentEnvironment = series({
  id: 'development_environment',
  title: t('Development environment', 'Ambiente de desenvolvimento'),
  population: 'all',
  choice: 'multiple',
  source: {
    section: '5.2',
    quote:
      'Quanto ao ambiente de trabalho, cerca de 63% (42/66) dos participantes desenvolvem seus modelos de AM em nuvem e 27% (18/66) em ambiente local ou on-premisse, ou seja, diretamente na infraestrutura de servidores da empresa.',
  },
  categories: [
    reported('cloud', t('Cloud', 'Nuvem'), 42, { printed: 63 }),
    reported(
      'local_or_on_premises',
      t('Local or on-premises (company servers)', 'Local ou on-premises (servidores da empresa)'),
      18,
      {
        printed: 27,
        note: t(
          'The paper counts local machines and company servers together.',
          'O artigo conta máquinas locais e servidores da empresa juntos.',
        ),
      },
    ),
  ],
  note: t(
    'The text does not say whether a respondent could name both; 42 + 18 = 60 of 66 leaves 6 unaccounted for, so nothing is derived.',
    'O texto não diz se um participante podia marcar os dois; 42 + 18 = 60 de 66 deixa 6 sem explicação, então nada é derivado.',
  ),
});

const RARELY_LANGUAGE = t(
  'The text says Java, Scala or “SaaS” (read as SAS) are rarely used, without a count.',
  'O texto diz que Java, Scala ou “SaaS” (lido como SAS) raramente são utilizadas, sem contagem.',
);

const languages = series({
  id: 'languages',
  title: t('Programming languages', 'Linguagens de programação'),
  population: 'all',
  choice: 'multiple',
  source: {
    section: '5.2',
    quote:
      'Para o desenvolvimento dos modelos várias linguagens de programação podem ser aplicadas, sendo Python utilizada em 98% (65/66) e R 28% (19/66). Além disso, linguagens como Java, Scala ou SaaS raramente são utilizadas.',
  },
  categories: [
    reported('python', t('Python', 'Python'), 65, { printed: 98 }),
    reported('r', t('R', 'R'), 19, { printed: 28 }),
    notReported('sql', t('SQL', 'SQL'), {
      note: t('The text does not mention SQL.', 'O texto não menciona SQL.'),
    }),
    notReported('java', t('Java', 'Java'), { note: RARELY_LANGUAGE }),
    notReported('scala', t('Scala', 'Scala'), { note: RARELY_LANGUAGE }),
    notReported('sas', t('SAS', 'SAS'), { note: RARELY_LANGUAGE }),
    notReported('other', t('Other languages', 'Outras linguagens'), {
      note: t('The text gives no count for other languages.', 'O texto não dá contagem para outras linguagens.'),
    }),
  ],
});

const tools = series({
  id: 'tools',
  title: t('Tools and libraries', 'Ferramentas e bibliotecas'),
  population: 'all',
  choice: 'multiple',
  source: {
    section: '5.2',
    quote:
      'A respeito das ferramentas mais utilizadas durante o desenvolvimento, 87% (58/66) dos participantes utilizam Scikit-learn, 60% (40/66) XGBoost. […] onde 53% (35/66) utilizam TensorFlow e 48% (32/66) Keras. […] Sobre o Aprendizado de Máquina Automatizado (AutoML), vemos que 22% (15/66) dos participantes utilizam ferramentas como Pycaret. Por fim, nota-se que a minoria, isto é, 30% (20/66) dos profissionais participantes, utiliza ferramentas e pacotes R.',
  },
  categories: [
    reported('scikit_learn', t('scikit-learn', 'scikit-learn'), 58, { printed: 87 }),
    reported('xgboost', t('XGBoost', 'XGBoost'), 40, { printed: 60 }),
    reported('tensorflow', t('TensorFlow', 'TensorFlow'), 35, { printed: 53 }),
    reported('keras', t('Keras', 'Keras'), 32, { printed: 48 }),
    notReported('pytorch', t('PyTorch', 'PyTorch'), {
      note: t('The text does not mention PyTorch.', 'O texto não menciona PyTorch.'),
    }),
    reported('pycaret', t('PyCaret (AutoML)', 'PyCaret (AutoML)'), 15, {
      printed: 22,
      note: t(
        'The paper counts AutoML tools “such as PyCaret”, not PyCaret alone.',
        'O artigo conta ferramentas de AutoML “como Pycaret”, não apenas o PyCaret.',
      ),
    }),
    reported('r_packages', t('R tools and packages', 'Ferramentas e pacotes R'), 20, { printed: 30 }),
    notReported('lightgbm', t('LightGBM', 'LightGBM'), {
      note: t('The text does not mention LightGBM.', 'O texto não menciona LightGBM.'),
    }),
    notReported('spark_ml', t('Spark MLlib', 'Spark MLlib'), {
      note: t('The text does not mention Spark.', 'O texto não menciona Spark.'),
    }),
    notReported('other', t('Other tools', 'Outras ferramentas'), {
      note: t('The text gives no count for other tools.', 'O texto não dá contagem para outras ferramentas.'),
    }),
  ],
});

const modelsInProduction = series({
  id: 'models_in_production',
  title: t('Models in production', 'Modelos em produção'),
  population: 'deployers',
  choice: 'single',
  source: {
    section: '5.2',
    quote:
      'Apesar disso, dos 57 participantes que afirmam que suas empresas possuem modelos em produção, 45% (26/57) deles responderam que suas empresas tem até no máximo 5 modelos em produção e 19% (11/57) deles tem de 6 a 10 modelos em produção.',
  },
  categories: [
    reported('up_to_5', t('Up to 5', 'Até 5'), 26, { printed: 45 }),
    reported('from_6_to_10', t('6 to 10', 'De 6 a 10'), 11, { printed: 19 }),
    notReported('over_10', t('More than 10', 'Mais de 10'), {
      note: t(
        'Not derived: 57 − 26 − 11 = 20 is at most the number with more than 10 models. The text does not give the answer bands of the survey nor say that every one of the 57 answered, so the remainder may include other answers or no answer.',
        'Não derivado: 57 − 26 − 11 = 20 é no máximo o número com mais de 10 modelos. O texto não dá as faixas de resposta do questionário nem diz que todos os 57 responderam, então o restante pode incluir outras respostas ou nenhuma.',
      ),
    }),
  ],
  note: t(
    'The paper: companies usually have few models in production.',
    'O artigo: as empresas normalmente possuem poucos modelos preditivos em produção.',
  ),
});

// ---------------------------------------------------------------------------------------------
// 5.3 Challenges during the lifecycle (QP3)
// ---------------------------------------------------------------------------------------------

function dataProblemSeries(
  item: string,
  title: LocalizedText,
  quote: string,
  categories: readonly CategorySpec[],
  note: LocalizedText,
): BenchmarkSeries {
  return series({
    id: `data_problems.${item}`,
    title,
    population: 'all',
    choice: 'frequency',
    source: { section: '5.3', figure: 'Fig. 6', quote },
    categories,
    note,
  });
}

const dataProblems = [
  dataProblemSeries(
    'insufficient_data',
    t('Data problem: insufficient or incomplete data', 'Problema com dados: dados necessários insuficientes ou incompletos'),
    'Afirmações de "dados necessários insuficiente ou incompletos", mostram-se em 81% (54/66) das vezes como uma das mais altas ocorrências quando somadas as 29 respostas marcadas como "Algumas vezes" e 25 respostas "Frequentemente".',
    frequencyCategories({ sometimes: 29, frequently: 25 }, [
      reported('sometimes_or_frequently', t('Sometimes or frequently', 'Algumas vezes ou frequentemente'), 54, {
        printed: 81,
        combines: ['sometimes', 'frequently'],
      }),
    ]),
    t(
      'The text gives “sometimes” (29) and “frequently” (25) and their sum; the other points are in Fig. 6 only.',
      'O texto dá “algumas vezes” (29) e “frequentemente” (25) e sua soma; os outros pontos estão apenas na Figura 6.',
    ),
  ),
  dataProblemSeries(
    'data_access',
    t('Data problem: difficult access to data', 'Problema com dados: dificuldade no acesso aos dados'),
    'Nota-se também um alto índice de respostas afirmando dificuldades no acesso aos dados.',
    frequencyCategories(),
    t(
      'The text gives no counts; it reports a high share of answers stating difficulties in accessing data.',
      'O texto não dá contagens; relata um alto índice de respostas afirmando dificuldades no acesso aos dados.',
    ),
  ),
  dataProblemSeries(
    'unreliable_data',
    t('Data problem: unreliable data', 'Problema com dados: dados não confiáveis'),
    'O problema na qualidade dos dados se agrava quando é analisado o total marcado como "dados não confiáveis".',
    frequencyCategories(),
    t(
      'The text gives no counts; it says the data-quality problem worsens when the total marked “unreliable data” is considered.',
      'O texto não dá contagens; diz que o problema de qualidade se agrava quando se analisa o total marcado como “dados não confiáveis”.',
    ),
  ),
  dataProblemSeries(
    'dataset_versioning',
    t('Data problem: dataset versioning', 'Problema com dados: versionamento dos conjuntos de dados'),
    'Além disso, cerca de 53% (35/66) dos participantes relataram sofrer em algum nível com problemas no versionamento dos conjuntos de dados (datasets) (Figura 6).',
    frequencyCategories({}, [
      reported('at_least_rarely', t('At least rarely', 'Em algum nível (ao menos raramente)'), 35, {
        printed: 53,
        combines: ['rarely', 'sometimes', 'frequently', 'always'],
        note: t(
          '“Em algum nível” (to some degree) is read as any answer other than “never”.',
          '“Em algum nível” é lido como qualquer resposta diferente de “nunca”.',
        ),
      }),
    ]),
    t(
      '“Never” is not derived as 66 − 35: the text does not say every respondent rated this item, and “to some degree” is a reading, not a point of the scale.',
      '“Nunca” não é derivado como 66 − 35: o texto não diz que todos avaliaram este item, e “em algum nível” é uma leitura, não um ponto da escala.',
    ),
  ),
];

function modelDifficultySeries(item: string, title: LocalizedText, quote: string, note: LocalizedText): BenchmarkSeries {
  return series({
    id: `model_difficulties.${item}`,
    title,
    population: 'all',
    choice: 'frequency',
    source: { section: '5.3', figure: 'Fig. 7', quote },
    categories: frequencyCategories(),
    note,
  });
}

const modelDifficulties = [
  modelDifficultySeries(
    'experiment_tracking',
    t('Model difficulty: tracking experiments and parameters', 'Dificuldade: rastreamento de experimentos e parâmetros'),
    'Um alto número de participantes afirmou ter problemas com o rastreamento de experimentos e parâmetros durante a fase de desenvolvimento (Figura 7).',
    t(
      'The text gives no counts; it says a high number of respondents have problems tracking experiments and parameters.',
      'O texto não dá contagens; diz que um alto número de participantes tem problemas com o rastreamento de experimentos e parâmetros.',
    ),
  ),
  modelDifficultySeries(
    'business_distrust',
    t('Model difficulty: the business distrusts the value of models', 'Dificuldade: o negócio desconfia do valor dos modelos'),
    'Grande parte das respostas demonstra que as áreas de negócio desconfiam do valor gerado com os modelos de AM (Figura 7).',
    t(
      'The text gives no counts; it says a large part of the answers show business areas distrust the value of models.',
      'O texto não dá contagens; diz que grande parte das respostas demonstra desconfiança das áreas de negócio.',
    ),
  ),
  modelDifficultySeries(
    'unrealistic_expectations',
    t('Model difficulty: unrealistic expectations', 'Dificuldade: expectativas irreais'),
    'Outro importante aspecto é o alto nível de afirmações sobre expectativas irreais (Figura 7).',
    t(
      'The text gives no counts; it reports a high level of statements about unrealistic expectations.',
      'O texto não dá contagens; relata um alto nível de afirmações sobre expectativas irreais.',
    ),
  ),
  modelDifficultySeries(
    'lack_of_financial_resources',
    t('Model difficulty: lack of financial resources', 'Dificuldade: falta de recursos financeiros'),
    'Por fim, percebem-se poucas ocorrências apontando para a falta de recursos financeiros durante essa fase.',
    t(
      'The text gives no counts; it reports few occurrences of a lack of financial resources.',
      'O texto não dá contagens; relata poucas ocorrências de falta de recursos financeiros.',
    ),
  ),
];

// ---------------------------------------------------------------------------------------------
// 5.4 Deploying models
// ---------------------------------------------------------------------------------------------

const deploysModels = series({
  id: 'deploys_models',
  title: t('The company deploys models to production', 'A empresa implanta modelos em produção'),
  population: 'all',
  choice: 'single',
  source: {
    section: '5.4; 6',
    quote:
      'Neste contexto, identificou-se que 86% (57/66) dos participantes já realizam a implantação de modelos em produção, porém a maioria ainda sem processos automatizados. […] Analisou-se também o grupo de 13% (9/66) dos participantes que afirmaram que suas empresas não realizam implantação de modelo em produção.',
  },
  categories: [
    reported('yes', t('Yes', 'Sim'), DEPLOYERS, { printed: 86 }),
    reported('no', t('No', 'Não'), NON_DEPLOYERS, { printed: 13 }),
  ],
  note: t(
    'The introduction says 90% of respondents deploy models, without a count; 57/66 is 86.4%. The counts of sections 5.4 and 6 are used.',
    'A introdução diz que 90% dos participantes implantam modelos, sem contagem; 57/66 é 86,4%. São usadas as contagens das seções 5.4 e 6.',
  ),
});

const dedicatedDeploymentTeamDeployers = series({
  id: 'dedicated_deployment_team_deployers',
  title: t(
    'A dedicated team deploys models (companies that deploy)',
    'Equipe dedicada à implantação de modelos (empresas que implantam)',
  ),
  population: 'deployers',
  choice: 'single',
  source: {
    section: '5.4',
    quote:
      'Neste ponto, analisou-se os 57 participantes que afirmaram realizar a implantação de modelos de AM em ambiente produtivo. Desses participantes, 43% (25/57) apontou não ter uma equipe dedicada para essa frente de trabalho.',
  },
  categories: [
    derived(
      'yes',
      t('Yes', 'Sim'),
      DEPLOYERS - 25,
      joinNote(
        t('Derived: 57 − 25 (no dedicated team) = 32.', 'Derivado: 57 − 25 (sem equipe dedicada) = 32.'),
        ALL_ANSWERED,
      ),
    ),
    reported('no', t('No', 'Não'), 25, { printed: 43 }),
  ],
  note: SAME_25_NOTE,
});

const NON_DEPLOYMENT_ORDER = t(
  'The text ranks the reasons without counts: first a lack of technical knowledge and insufficient engineering teams (data, ML engineering or DevOps), then the lack of a friendly consumption layer such as dashboards or web applications, and the lack of suitable tools.',
  'O texto ordena os motivos sem contagens: primeiro a falta de conhecimento técnico e times de engenharia (dados, AM ou DevOps) não suficientes, seguidos da falta de uma camada de consumo amigável, como dashboards ou aplicações web, e da falta de ferramentas adequadas.',
);

const nonDeploymentReasons = series({
  id: 'non_deployment_reasons',
  title: t('Why models are not deployed', 'Por que os modelos não são implantados'),
  population: 'non_deployers',
  choice: 'multiple',
  source: {
    section: '5.4',
    quote:
      'Nesse caso, as principais dificuldades relatadas foram a falta de conhecimento técnico e times de engenharia (Engenharia de Dados, Engenharia de Aprendizado de Máquina ou DevOps) não suficientes, seguido da falta de uma camada de consumo amigável como dashboards ou aplicações web e a falta de ferramentas adequadas.',
  },
  categories: [
    notReported('lack_of_technical_knowledge', t('Lack of technical knowledge', 'Falta de conhecimento técnico'), {
      note: t('Ranked first (with insufficient engineering teams).', 'Citada em primeiro lugar (com times de engenharia insuficientes).'),
    }),
    notReported(
      'insufficient_engineering_teams',
      t('Insufficient engineering teams', 'Times de engenharia insuficientes'),
      {
        note: t(
          'Ranked first (with a lack of technical knowledge).',
          'Citada em primeiro lugar (com a falta de conhecimento técnico).',
        ),
      },
    ),
    notReported(
      'no_consumption_layer',
      t('No friendly consumption layer (dashboards, web apps)', 'Falta de camada de consumo amigável (dashboards, aplicações web)'),
      { note: t('Ranked after the first two.', 'Citada depois das duas primeiras.') },
    ),
    notReported('lack_of_tools', t('Lack of suitable tools', 'Falta de ferramentas adequadas'), {
      note: t('Ranked after the first two.', 'Citada depois das duas primeiras.'),
    }),
    notReported('other', t('Other reasons', 'Outros motivos'), {
      note: t('The text names no other reason.', 'O texto não cita outro motivo.'),
    }),
  ],
  note: NON_DEPLOYMENT_ORDER,
});

const whoDeploys = series({
  id: 'who_deploys',
  title: t('Who deploys models', 'Quem implanta os modelos'),
  population: 'deployers',
  choice: 'multiple',
  source: {
    section: '5.4',
    figure: 'Fig. 8',
    quote:
      'Em geral, dois perfis profissionais ou mais atuam juntos durante a implantação, sendo que na maioria dos casos os cientistas e/ou engenheiros de dados são os responsáveis pelas implantações. Na minoria das implantações, observa-se a atuação em 23% (13/57) dos casos os Engenheiros de Aprendizado de Máquina, 16% (9/57) Engenheiros de Software e 16% (9/57) equipes de DevOps (Figura 8).',
  },
  categories: [
    notReported('data_scientists', t('Data scientists', 'Cientistas de dados'), {
      note: t(
        'The text says data scientists and/or data engineers deploy “in most cases”, without a count.',
        'O texto diz que cientistas e/ou engenheiros de dados implantam “na maioria dos casos”, sem contagem.',
      ),
    }),
    notReported('data_engineers', t('Data engineers', 'Engenheiros de dados'), {
      note: t(
        'The text says data scientists and/or data engineers deploy “in most cases”, without a count.',
        'O texto diz que cientistas e/ou engenheiros de dados implantam “na maioria dos casos”, sem contagem.',
      ),
    }),
    reported('ml_engineers', t('Machine learning engineers', 'Engenheiros de aprendizado de máquina'), 13, {
      printed: 23,
    }),
    reported('software_engineers', t('Software engineers', 'Engenheiros de software'), 9, { printed: 16 }),
    reported('devops', t('DevOps teams', 'Equipes de DevOps'), 9, { printed: 16 }),
    notReported('other', t('Others', 'Outros'), { note: NOT_IN_TEXT }),
  ],
  note: t('Usually two or more professions deploy together.', 'Em geral, dois perfis ou mais atuam juntos na implantação.'),
});

const deploymentDifficulties = series({
  id: 'deployment_difficulties',
  title: t('Deployment and monitoring difficulties', 'Dificuldades na implantação e monitoramento'),
  population: 'deployers',
  choice: 'multiple',
  source: {
    section: '5.4',
    figure: 'Fig. 9',
    quote:
      'A respeito das dificuldades enfrentadas durante a implantação e monitoramento dos modelos, 59% (34/57) dos participantes queixam-se de ter times insuficientes de engenharia (Engenharia de Dados, Engenharia de Aprendizado de Máquina ou DevOps) e 52% (30/57) dizem não ter conhecimento técnico suficiente para esse tipo de tarefa. Todavia, 43% (25/57) dos participantes dizem ter baixa ou nenhuma visibilidade sobre as métricas de modelos em produção. Outro fator importante é que boa parte, isto é 52% (30/57), se queixa da dificuldade em reproduzir na produção, os mesmos resultados obtidos durante a fase de desenvolvimento.',
  },
  categories: [
    reported(
      'insufficient_engineering_teams',
      t(
        'Insufficient engineering teams (data, ML engineering or DevOps)',
        'Times de engenharia insuficientes (dados, AM ou DevOps)',
      ),
      34,
      { printed: 59 },
    ),
    reported(
      'lack_of_technical_knowledge',
      t('Not enough technical knowledge', 'Conhecimento técnico insuficiente'),
      30,
      { printed: 52 },
    ),
    reported(
      'low_model_metrics_visibility',
      t('Little or no visibility of model metrics in production', 'Baixa ou nenhuma visibilidade das métricas dos modelos em produção'),
      25,
      { printed: 43 },
    ),
    reported(
      'reproducing_results_in_production',
      t('Reproducing development results in production', 'Reproduzir na produção os resultados do desenvolvimento'),
      30,
      { printed: 52 },
    ),
    notReported('retraining_complexity', t('Complexity of retraining', 'Complexidade de retreino'), {
      note: t(
        'The text names the complexity of retraining as a difficulty (Fig. 9) without a count.',
        'O texto cita a complexidade de retreino como dificuldade (Figura 9), sem contagem.',
      ),
    }),
    notReported('other', t('Other difficulties', 'Outras dificuldades'), { note: NOT_IN_TEXT }),
  ],
});

const modelConsumption = series({
  id: 'model_consumption',
  title: t('How models are consumed', 'Formato de consumo dos modelos'),
  population: 'deployers',
  choice: 'multiple',
  source: {
    section: '5.4',
    quote:
      'Sobre o formato de consumo dos modelos, os resultados indicam que 47% (27/57) dos modelos em produção são entregues em formato de APIs, 14% (8/57) como aplicações para processamento em lote (batch), enquanto 10% (6/57) são entregues como scripts em formato jupyter notebook para serem executados pelos usuários finais.',
  },
  categories: [
    reported('api', t('API', 'API'), 27, { printed: 47 }),
    reported('batch', t('Batch processing', 'Processamento em lote (batch)'), 8, { printed: 14 }),
    reported('notebook', t('Jupyter notebook run by end users', 'Jupyter notebook executado pelos usuários'), 6, {
      printed: 10,
    }),
    notReported('dashboard', t('Dashboard', 'Dashboard'), {
      note: t('The text does not mention dashboards as a consumption format.', 'O texto não menciona dashboards como formato de consumo.'),
    }),
    notReported('other', t('Other', 'Outro'), {
      note: t('The text gives no other format.', 'O texto não dá outro formato.'),
    }),
  ],
  note: t(
    'The paper words these as shares of “the models in production”, but the counts are out of the 57 respondents who deploy. It does not say whether one respondent could name several formats; 27 + 8 + 6 = 41 of 57.',
    'O artigo fala em parcelas “dos modelos em produção”, mas as contagens são dos 57 participantes que implantam. Não diz se um participante podia marcar vários formatos; 27 + 8 + 6 = 41 de 57.',
  ),
});

/**
 * The benchmark `amorim-2023`: every figure the text of Amorim et al. (2023) reports, as counts
 * over the 66 respondents, the 57 who deploy models or the 9 who do not, with its source.
 * Series ids are those of `packages/domain/README.md`. Deep-frozen.
 */
export const amorim2023Benchmark: Benchmark = deepFreeze({
  id: 'amorim-2023',
  citation:
    'Amorim, B. F., Souza, A. C. C., Costa, L. M., Souza, F. C. M. (2023). An investigation of challenges in the machine learning lifecycle and the importance of MLOps: A survey. Proceedings of Computer on the Beach 2023.',
  respondents: RESPONDENTS,
  series: [
    education,
    companyType,
    companySize,
    sector,
    maturityLevel,
    dataTeamProfessions,
    dedicatedDeploymentTeam,
    dedicatedDeploymentTeamDeployers,
    ...dataTypes,
    ...lifecycleActivities,
    developmentEnvironment,
    languages,
    tools,
    deploysModels,
    modelsInProduction,
    ...dataProblems,
    ...modelDifficulties,
    nonDeploymentReasons,
    whoDeploys,
    deploymentDifficulties,
    modelConsumption,
  ],
});

/** Every benchmark Assay knows. */
export const BENCHMARKS: readonly Benchmark[] = Object.freeze([amorim2023Benchmark]);

/** The benchmark with this id (e.g. `amorim-2023`), or undefined. */
export function getBenchmark(id: string): Benchmark | undefined {
  return BENCHMARKS.find((benchmark) => benchmark.id === id);
}

/** The series with this id in a benchmark (e.g. `data_problems.insufficient_data`), or undefined. */
export function getSeries(benchmark: Benchmark, id: string): BenchmarkSeries | undefined {
  return benchmark.series.find((candidate) => candidate.id === id);
}
