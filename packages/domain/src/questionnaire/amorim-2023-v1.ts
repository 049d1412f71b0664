import type { LocalizedText } from '../i18n.ts';
import type {
  Condition,
  FrequencyItem,
  FrequencyQuestion,
  MultipleQuestion,
  NumberQuestion,
  Option,
  PracticeQuestion,
  Question,
  Questionnaire,
  Section,
  SingleQuestion,
  TextQuestion,
} from './types.ts';

/*
 * The questionnaire `amorim-2023@1`: the 25 questions of the survey in Amorim, Souza, Costa,
 * Souza (Computer on the Beach 2023), reconstructed from its sections 4.1 and 5 (the paper
 * publishes its results, not its form), followed by the practice questions that decide the
 * maturity level. Ids, kinds, conditions and benchmark series follow packages/domain/README.md,
 * the contract the benchmark and the scoring engine are written against.
 *
 * Portuguese wording reuses the paper's own where it has one; English translates it. Once
 * published, nothing here may change meaning: a new meaning is a new version (`amorim-2023@2`).
 */

const text = (en: string, ptBR: string): LocalizedText => ({ en, 'pt-BR': ptBR });

/** An option; `benchmarkCategory` is the category id inside the question's benchmark series. */
const option = (id: string, en: string, ptBR: string, benchmarkCategory?: string): Option =>
  benchmarkCategory === undefined ? { id, label: text(en, ptBR) } : { id, label: text(en, ptBR), benchmarkCategory };

/** A frequency row; `series` only where packages/domain/README.md lists one for the item. */
const item = (questionId: string, id: string, en: string, ptBR: string, hasSeries: boolean): FrequencyItem =>
  hasSeries ? { id, label: text(en, ptBR), benchmark: `${questionId}.${id}` } : { id, label: text(en, ptBR) };

const SELECT_ALL = text('Select all that apply.', 'Marque todas as opções que se aplicam.');

/** Engineering teams as the paper spells them out in 5.4. */
const ENGINEERING_TEAMS_EN = 'Not enough engineering staff (data engineering, machine-learning engineering or DevOps)';
const ENGINEERING_TEAMS_PT =
  'Times de engenharia insuficientes (Engenharia de Dados, Engenharia de Aprendizado de Máquina ou DevOps)';

const DEPLOYS: Condition = { question: 'deploys_models', anyOf: ['yes'] };
const DOES_NOT_DEPLOY: Condition = { question: 'deploys_models', anyOf: ['no'] };
/** `model_runtime` ≠ `none_yet`: practices of running models apply once a model runs somewhere. */
export const MODEL_RUNS: Condition = { question: 'model_runtime', anyOf: ['local', 'on_premises', 'cloud'] };

const sections: readonly Section[] = [
  {
    id: 'profile',
    title: text('Profile', 'Perfil'),
    description: text(
      'About you and your company: education, role, experience, the company, where it stands with machine learning and who is in its data teams.',
      'Sobre você e sua empresa: formação, cargo, experiência, a empresa, o momento dela com aprendizado de máquina e quem compõe os times de dados.',
    ),
  },
  {
    id: 'activities',
    title: text('Activities', 'Atividades'),
    description: text(
      'What your data team does: the data it handles, how often each lifecycle activity happens, the environment, languages and tools it uses, and the models in production.',
      'O que o seu time de dados faz: os dados que manipula, a frequência de cada atividade do ciclo de vida, o ambiente, as linguagens e as ferramentas que usa, e os modelos em produção.',
    ),
  },
  {
    id: 'challenges',
    title: text('Challenges', 'Desafios'),
    description: text(
      'The problems met across the machine-learning lifecycle: with data, while developing models, and when deploying and monitoring them.',
      'Os problemas enfrentados ao longo do ciclo de vida de AM: com os dados, no desenvolvimento dos modelos e na implantação e no monitoramento.',
    ),
  },
  {
    id: 'mlops',
    title: text('MLOps', 'MLOps'),
    description: text(
      'Where MLOps practices would help your machine-learning work most.',
      'Como as práticas de MLOps podem otimizar o seu trabalho com aprendizado de máquina.',
    ),
  },
  {
    id: 'practices',
    title: text('MLOps practices', 'Práticas de MLOps'),
    description: text(
      'How your team runs its models today, practice by practice: absent, manual (done by hand and documented) or automated. These answers decide the maturity level.',
      'Como o seu time opera os modelos hoje, prática a prática: ausente, manual (feita à mão e documentada) ou automatizada. Estas respostas definem o nível de maturidade.',
    ),
  },
];

// ---------------------------------------------------------------------------------------------
// (ii) Profile — paper 4.1 QP1 and 5.1
// ---------------------------------------------------------------------------------------------

const education: SingleQuestion = {
  id: 'education',
  number: 1,
  section: 'profile',
  kind: 'single',
  prompt: text('What is your highest completed level of education?', 'Qual é a sua formação (maior nível concluído)?'),
  allowDontKnow: false,
  required: true,
  benchmark: ['education'],
  paperRef: '5.1',
  options: [
    option('incomplete_higher', 'Higher education, not completed', 'Ensino superior incompleto', 'incomplete_higher'),
    option('bachelor', "Higher education completed (bachelor's degree)", 'Ensino superior completo', 'bachelor'),
    option('specialist', 'Specialisation (postgraduate certificate, MBA)', 'Especialização (pós-graduação lato sensu, MBA)', 'specialist'),
    option('master', "Master's degree", 'Mestrado', 'master'),
    option('doctorate', 'Doctorate (PhD)', 'Doutorado', 'doctorate'),
    option('other', 'Other', 'Outra'),
  ],
};

const role: SingleQuestion = {
  id: 'role',
  number: 2,
  section: 'profile',
  kind: 'single',
  prompt: text('What is your current role?', 'Qual é o seu cargo atual?'),
  allowDontKnow: false,
  required: true,
  paperRef: '4.1 QP1',
  options: [
    option('data_scientist', 'Data scientist', 'Cientista de dados'),
    option('data_engineer', 'Data engineer', 'Engenheiro(a) de dados'),
    option('ml_engineer', 'Machine-learning engineer', 'Engenheiro(a) de aprendizado de máquina'),
    option('data_analyst', 'Data analyst', 'Analista de dados'),
    option('bi_analyst', 'BI analyst', 'Analista de BI'),
    option('software_engineer', 'Software engineer', 'Engenheiro(a) de software'),
    option('researcher', 'Researcher', 'Pesquisador(a)'),
    option('manager', 'Data team lead or manager', 'Líder ou gestor(a) de time de dados'),
    option('other', 'Other', 'Outro'),
  ],
};

const yearsInRole: NumberQuestion = {
  id: 'years_in_role',
  number: 3,
  section: 'profile',
  kind: 'number',
  prompt: text('How many years have you been in your current role?', 'Há quantos anos você está no cargo atual?'),
  help: text('In whole years; enter 0 if it is less than a year.', 'Em anos completos; informe 0 se for menos de um ano.'),
  allowDontKnow: false,
  required: true,
  paperRef: '4.1 QP1',
  min: 0,
  max: 60,
  integer: true,
  unit: text('years', 'anos'),
};

const seniority: SingleQuestion = {
  id: 'seniority',
  number: 4,
  section: 'profile',
  kind: 'single',
  prompt: text('What is the seniority of your role?', 'Qual é o nível do seu cargo?'),
  allowDontKnow: false,
  required: true,
  paperRef: '4.1 QP1',
  options: [
    option('junior', 'Junior', 'Júnior'),
    option('mid', 'Mid-level', 'Pleno'),
    option('senior', 'Senior', 'Sênior'),
    option('other', 'Other (for example intern or manager)', 'Outro (por exemplo, estagiário ou gestor)'),
  ],
};

const mlopsKnowledge: SingleQuestion = {
  id: 'mlops_knowledge',
  number: 5,
  section: 'profile',
  kind: 'single',
  prompt: text('How much do you know about MLOps?', 'Qual é o seu nível de conhecimento sobre MLOps?'),
  allowDontKnow: false,
  required: true,
  paperRef: '4.1 QP1',
  options: [
    option('none', 'Nothing: I have not come across it', 'Nenhum: não conheço'),
    option('basic', 'Basic: I know the concepts', 'Básico: conheço os conceitos'),
    option('intermediate', 'Intermediate: I have applied some practices', 'Intermediário: já apliquei algumas práticas'),
    option('advanced', 'Advanced: I apply MLOps practices and lead their adoption', 'Avançado: aplico práticas de MLOps e conduzo a sua adoção'),
  ],
};

const companyType: SingleQuestion = {
  id: 'company_type',
  number: 6,
  section: 'profile',
  kind: 'single',
  prompt: text('Is your company national or multinational?', 'A sua empresa é nacional ou multinacional?'),
  allowDontKnow: true,
  required: true,
  benchmark: ['company_type'],
  paperRef: '5.1',
  options: [
    option('national', 'National', 'Nacional', 'national'),
    option('multinational', 'Multinational', 'Multinacional', 'multinational'),
  ],
};

const companySize: SingleQuestion = {
  id: 'company_size',
  number: 7,
  section: 'profile',
  kind: 'single',
  prompt: text('How many employees does your company have?', 'Quantos funcionários a sua empresa possui?'),
  help: text(
    'The bands follow the Sebrae size classification the paper uses.',
    'As faixas seguem a classificação de porte do Sebrae usada no artigo.',
  ),
  allowDontKnow: true,
  required: true,
  benchmark: ['company_size'],
  paperRef: '5.1',
  options: [
    option('under_100', 'Fewer than 100', 'Menos de 100', 'under_100'),
    option('from_100_to_500', '100 to 500', 'De 100 a 500', 'from_100_to_500'),
    option('over_500', 'More than 500', 'Mais de 500', 'over_500'),
  ],
};

const sector: SingleQuestion = {
  id: 'sector',
  number: 8,
  section: 'profile',
  kind: 'single',
  prompt: text('In which sector does your company operate?', 'Em qual ramo a sua empresa atua?'),
  allowDontKnow: true,
  required: true,
  benchmark: ['sector'],
  paperRef: '5.1',
  // The paper reports only Software/Internet and Financial services; every other sector is
  // compared with what is left of the 66 ("other").
  options: [
    option('software_internet', 'Software / Internet', 'Software / Internet', 'software_internet'),
    option('financial_services', 'Financial services', 'Serviços financeiros', 'financial_services'),
    option('retail', 'Retail and e-commerce', 'Varejo e e-commerce', 'other'),
    option('telecommunications', 'Telecommunications', 'Telecomunicações', 'other'),
    option('healthcare', 'Health care', 'Saúde', 'other'),
    option('manufacturing', 'Manufacturing', 'Indústria', 'other'),
    option('energy_utilities', 'Energy and utilities', 'Energia e saneamento', 'other'),
    option('agribusiness', 'Agribusiness', 'Agronegócio', 'other'),
    option('logistics', 'Logistics and transport', 'Logística e transporte', 'other'),
    option('education', 'Education', 'Educação', 'other'),
    option('public_sector', 'Public sector', 'Setor público', 'other'),
    option('consulting', 'Consulting', 'Consultoria', 'other'),
    option('other', 'Other', 'Outro', 'other'),
  ],
};

/** The paper's own question and its four level statements (section 5.1), word for word in pt-BR. */
const selfDeclaredLevel: SingleQuestion = {
  id: 'self_declared_level',
  number: 9,
  section: 'profile',
  kind: 'single',
  prompt: text(
    "Which of the statements below is closest to your company's current situation?",
    'Qual das frases abaixo mais se aproxima do momento atual da sua empresa?',
  ),
  allowDontKnow: true,
  required: true,
  benchmark: ['maturity_level'],
  paperRef: '5.1, Fig. 2',
  options: [
    option(
      'level_1',
      'Level 1: the company is developing its first models, but without generating value for the business yet.',
      'Nível 1: a empresa está desenvolvendo seus primeiros modelos, porém ainda sem gerar valor para as frentes de negócio.',
      'level_1',
    ),
    option(
      'level_2',
      'Level 2: business areas already consume the models, but they run locally and there is no monitoring or automation.',
      'Nível 2: as áreas de negócio já consomem os modelos, porém são executados localmente e não há monitoramento ou automações.',
      'level_2',
    ),
    option(
      'level_3',
      'Level 3: the company runs its models in a cloud production environment, consumed through an API or in batch, but still without automated processes.',
      'Nível 3: a empresa executa seus modelos em ambiente produtivo em nuvem, com consumos via API ou Batch, porém ainda sem processos automatizados.',
      'level_3',
    ),
    option(
      'level_4',
      'Level 4: the company runs its models in a cloud production environment, with processes such as monitoring, deployment and retraining automated.',
      'Nível 4: a empresa executa seus modelos em ambiente produtivo em nuvem, e com processos como monitoramento, implantação e retreino automatizados.',
      'level_4',
    ),
  ],
};

const dataTeamProfessions: MultipleQuestion = {
  id: 'data_team_professions',
  number: 10,
  section: 'profile',
  kind: 'multiple',
  prompt: text("Which professionals make up your company's data teams?", 'Quais profissionais compõem os times de dados da sua empresa?'),
  help: SELECT_ALL,
  allowDontKnow: true,
  required: true,
  benchmark: ['data_team_professions'],
  paperRef: '5.1, Fig. 3',
  options: [
    option('data_scientist', 'Data scientists', 'Cientistas de dados', 'data_scientist'),
    option('data_engineer', 'Data engineers', 'Engenheiros de dados', 'data_engineer'),
    option('bi_analyst', 'BI analysts', 'Analistas de BI', 'bi_analyst'),
    option('ml_engineer', 'Machine-learning engineers', 'Engenheiros de aprendizado de máquina', 'ml_engineer'),
    option('software_engineer', 'Software engineers', 'Engenheiros de software', 'software_engineer'),
    option('devops', 'DevOps professionals', 'Profissionais de DevOps', 'devops'),
    option('data_analyst', 'Data analysts', 'Analistas de dados', 'data_analyst'),
    option('other', 'Other', 'Outros', 'other'),
  ],
};

const dedicatedDeploymentTeam: SingleQuestion = {
  id: 'dedicated_deployment_team',
  number: 11,
  section: 'profile',
  kind: 'single',
  prompt: text(
    'Does your company have a team dedicated to deploying machine-learning models to production?',
    'A sua empresa possui uma equipe dedicada à implantação de modelos de AM em produção?',
  ),
  allowDontKnow: true,
  required: true,
  // Reported over all 66 (5.1) and over the 57 who deploy (5.4).
  benchmark: ['dedicated_deployment_team', 'dedicated_deployment_team_deployers'],
  paperRef: '5.1; 5.4',
  options: [option('yes', 'Yes', 'Sim', 'yes'), option('no', 'No', 'Não', 'no')],
};

// ---------------------------------------------------------------------------------------------
// (iii) Activities — paper 4.1 QP2 and 5.2
// ---------------------------------------------------------------------------------------------

const dataTypes: FrequencyQuestion = {
  id: 'data_types',
  number: 12,
  section: 'activities',
  kind: 'frequency',
  prompt: text('How often does your team handle each type of data?', 'Com que frequência o seu time manipula cada tipo de dado?'),
  allowDontKnow: true,
  required: true,
  paperRef: '5.2, Fig. 4',
  items: [
    item('data_types', 'structured', 'Structured data (tables, relational databases)', 'Dados estruturados (tabelas, bancos relacionais)', true),
    item('data_types', 'semi_structured', 'Semi-structured data (JSON, XML, logs)', 'Dados semiestruturados (JSON, XML, logs)', true),
    item('data_types', 'text', 'Text', 'Texto', false),
    item('data_types', 'image', 'Images', 'Imagens', true),
    item('data_types', 'audio', 'Audio', 'Áudio', true),
  ],
};

/** The lifecycle of the paper's Fig. 1 (section 2.1), plus the two activities Fig. 5 reports. */
const lifecycleActivities: FrequencyQuestion = {
  id: 'lifecycle_activities',
  number: 13,
  section: 'activities',
  kind: 'frequency',
  prompt: text(
    'How often does each of these activities take place in your work?',
    'Com que frequência cada uma destas atividades acontece no seu trabalho?',
  ),
  allowDontKnow: true,
  required: true,
  paperRef: '2.1, Fig. 1; 5.2, Fig. 5',
  items: [
    item('lifecycle_activities', 'requirements_analysis', 'Analysing model requirements', 'Análise de requisitos do modelo', false),
    item('lifecycle_activities', 'data_collection', 'Collecting data', 'Coleta de dados', true),
    item('lifecycle_activities', 'data_cleaning', 'Cleaning and transforming data', 'Limpeza e transformação dos dados', true),
    item('lifecycle_activities', 'feature_engineering', 'Feature engineering', 'Engenharia de recursos (features)', false),
    item('lifecycle_activities', 'model_training', 'Training and tuning models', 'Treinamento e ajuste dos modelos', false),
    item('lifecycle_activities', 'model_evaluation', 'Evaluating models', 'Avaliação dos modelos', false),
    item('lifecycle_activities', 'model_deployment', 'Deploying new models to production', 'Implantação de novos modelos em produção', true),
    item('lifecycle_activities', 'model_monitoring', 'Monitoring models', 'Monitoramento dos modelos', false),
    item('lifecycle_activities', 'new_model_development', 'Developing new models', 'Desenvolvimento de novos modelos', true),
  ],
};

const developmentEnvironment: MultipleQuestion = {
  id: 'development_environment',
  number: 14,
  section: 'activities',
  kind: 'multiple',
  prompt: text(
    'Where does your team develop its machine-learning models?',
    'Em qual ambiente o seu time desenvolve os modelos de AM?',
  ),
  help: SELECT_ALL,
  allowDontKnow: false,
  required: true,
  benchmark: ['development_environment'],
  paperRef: '5.2',
  // The paper reports "local ou on-premisse" as one figure (18/66), so both options share it.
  options: [
    option('cloud', 'In the cloud', 'Em nuvem', 'cloud'),
    option('on_premises', "On premises (the company's own servers)", 'On-premises (servidores da própria empresa)', 'local_or_on_premises'),
    option('local', 'Locally (personal computers)', 'Localmente (computadores pessoais)', 'local_or_on_premises'),
  ],
};

const languages: MultipleQuestion = {
  id: 'languages',
  number: 15,
  section: 'activities',
  kind: 'multiple',
  prompt: text(
    'Which programming languages does your team use to develop models?',
    'Quais linguagens de programação o seu time usa para desenvolver os modelos?',
  ),
  help: SELECT_ALL,
  allowDontKnow: false,
  required: true,
  benchmark: ['languages'],
  paperRef: '5.2',
  // The paper prints "SaaS" beside Java and Scala; the language meant is SAS.
  options: [
    option('python', 'Python', 'Python', 'python'),
    option('r', 'R', 'R', 'r'),
    option('sql', 'SQL', 'SQL', 'sql'),
    option('java', 'Java', 'Java', 'java'),
    option('scala', 'Scala', 'Scala', 'scala'),
    option('sas', 'SAS', 'SAS', 'sas'),
    option('other', 'Other', 'Outra', 'other'),
  ],
};

const tools: MultipleQuestion = {
  id: 'tools',
  number: 16,
  section: 'activities',
  kind: 'multiple',
  prompt: text(
    'Which tools and libraries does your team use to develop models?',
    'Quais ferramentas e bibliotecas o seu time usa para desenvolver os modelos?',
  ),
  help: SELECT_ALL,
  allowDontKnow: false,
  required: true,
  benchmark: ['tools'],
  paperRef: '5.2',
  options: [
    option('scikit_learn', 'Scikit-learn', 'Scikit-learn', 'scikit_learn'),
    option('xgboost', 'XGBoost', 'XGBoost', 'xgboost'),
    option('tensorflow', 'TensorFlow', 'TensorFlow', 'tensorflow'),
    option('keras', 'Keras', 'Keras', 'keras'),
    option('pytorch', 'PyTorch', 'PyTorch', 'pytorch'),
    option('pycaret', 'PyCaret (AutoML)', 'PyCaret (AutoML)', 'pycaret'),
    option('r_packages', 'R packages', 'Pacotes R', 'r_packages'),
    option('lightgbm', 'LightGBM', 'LightGBM', 'lightgbm'),
    option('spark_ml', 'Spark MLlib', 'Spark MLlib', 'spark_ml'),
    option('other', 'Other', 'Outras', 'other'),
  ],
};

/** The question that splits the 66 into the 57 who deploy and the 9 who do not (5.4). */
const deploysModels: SingleQuestion = {
  id: 'deploys_models',
  number: 17,
  section: 'activities',
  kind: 'single',
  prompt: text(
    'Does your company deploy machine-learning models to production?',
    'A sua empresa realiza a implantação de modelos de AM em ambiente produtivo?',
  ),
  // Every professional knows this, and "don't know" would hide the deployment questions.
  allowDontKnow: false,
  required: true,
  benchmark: ['deploys_models'],
  paperRef: '5.4',
  options: [option('yes', 'Yes', 'Sim', 'yes'), option('no', 'No', 'Não', 'no')],
};

const modelsInProduction: NumberQuestion = {
  id: 'models_in_production',
  number: 18,
  section: 'activities',
  kind: 'number',
  prompt: text(
    'How many machine-learning models does your company have in production?',
    'Quantos modelos de AM a sua empresa tem em produção?',
  ),
  help: text('An estimate is fine.', 'Uma estimativa é suficiente.'),
  allowDontKnow: true,
  required: true,
  condition: DEPLOYS,
  benchmark: ['models_in_production'],
  paperRef: '5.2',
  min: 1,
  max: 100000,
  integer: true,
  unit: text('models', 'modelos'),
};

// ---------------------------------------------------------------------------------------------
// (iv) Challenges — paper 4.1 QP3, 5.3 and 5.4
// ---------------------------------------------------------------------------------------------

const dataProblems: FrequencyQuestion = {
  id: 'data_problems',
  number: 19,
  section: 'challenges',
  kind: 'frequency',
  prompt: text(
    'How often does your team meet each of these problems with data?',
    'Com que frequência o seu time enfrenta cada um destes problemas com os dados?',
  ),
  allowDontKnow: true,
  required: true,
  paperRef: '5.3, Fig. 6',
  items: [
    item('data_problems', 'insufficient_data', 'The data needed is insufficient or incomplete', 'Dados necessários insuficientes ou incompletos', true),
    item('data_problems', 'data_access', 'Difficulty accessing the data', 'Dificuldade no acesso aos dados', true),
    item('data_problems', 'unreliable_data', 'Unreliable data', 'Dados não confiáveis', true),
    item('data_problems', 'dataset_versioning', 'Problems versioning datasets', 'Problemas no versionamento dos conjuntos de dados (datasets)', true),
  ],
};

const modelDifficulties: FrequencyQuestion = {
  id: 'model_difficulties',
  number: 20,
  section: 'challenges',
  kind: 'frequency',
  prompt: text(
    'How often does your team meet each of these difficulties while developing models?',
    'Com que frequência o seu time enfrenta cada uma destas dificuldades no desenvolvimento dos modelos?',
  ),
  allowDontKnow: true,
  required: true,
  paperRef: '5.3, Fig. 7',
  items: [
    item('model_difficulties', 'experiment_tracking', 'Tracking experiments and parameters', 'Rastreamento de experimentos e parâmetros', true),
    item(
      'model_difficulties',
      'business_distrust',
      'Business areas distrust the value the models generate',
      'Desconfiança das áreas de negócio sobre o valor gerado pelos modelos',
      true,
    ),
    item('model_difficulties', 'unrealistic_expectations', 'Unrealistic expectations from business areas', 'Expectativas irreais das áreas de negócio', true),
    item('model_difficulties', 'lack_of_financial_resources', 'Lack of financial resources', 'Falta de recursos financeiros', true),
    item('model_difficulties', 'lack_of_tools', 'Lack of adequate tools', 'Falta de ferramentas adequadas', false),
    item('model_difficulties', 'lack_of_technical_knowledge', 'Lack of technical knowledge', 'Falta de conhecimento técnico', false),
  ],
};

const nonDeploymentReasons: MultipleQuestion = {
  id: 'non_deployment_reasons',
  number: 21,
  section: 'challenges',
  kind: 'multiple',
  prompt: text(
    'What keeps your company from deploying models to production?',
    'O que impede a sua empresa de implantar modelos em produção?',
  ),
  help: SELECT_ALL,
  allowDontKnow: true,
  required: true,
  condition: DOES_NOT_DEPLOY,
  benchmark: ['non_deployment_reasons'],
  paperRef: '5.4',
  options: [
    option('lack_of_technical_knowledge', 'Lack of technical knowledge', 'Falta de conhecimento técnico', 'lack_of_technical_knowledge'),
    option('insufficient_engineering_teams', ENGINEERING_TEAMS_EN, ENGINEERING_TEAMS_PT, 'insufficient_engineering_teams'),
    option(
      'no_consumption_layer',
      'No friendly consumption layer, such as dashboards or web applications',
      'Falta de uma camada de consumo amigável, como dashboards ou aplicações web',
      'no_consumption_layer',
    ),
    option('lack_of_tools', 'Lack of adequate tools', 'Falta de ferramentas adequadas', 'lack_of_tools'),
    option('other', 'Other', 'Outro', 'other'),
  ],
};

const whoDeploys: MultipleQuestion = {
  id: 'who_deploys',
  number: 22,
  section: 'challenges',
  kind: 'multiple',
  prompt: text('Who deploys the models to production?', 'Quem realiza a implantação dos modelos em produção?'),
  help: SELECT_ALL,
  allowDontKnow: true,
  required: true,
  condition: DEPLOYS,
  benchmark: ['who_deploys'],
  paperRef: '5.4, Fig. 8',
  options: [
    option('data_scientists', 'Data scientists', 'Cientistas de dados', 'data_scientists'),
    option('data_engineers', 'Data engineers', 'Engenheiros de dados', 'data_engineers'),
    option('ml_engineers', 'Machine-learning engineers', 'Engenheiros de aprendizado de máquina', 'ml_engineers'),
    option('software_engineers', 'Software engineers', 'Engenheiros de software', 'software_engineers'),
    option('devops', 'DevOps team', 'Equipe de DevOps', 'devops'),
    option('other', 'Other', 'Outros', 'other'),
  ],
};

const deploymentDifficulties: MultipleQuestion = {
  id: 'deployment_difficulties',
  number: 23,
  section: 'challenges',
  kind: 'multiple',
  prompt: text(
    'Which difficulties does your team face when deploying and monitoring models?',
    'Quais dificuldades o seu time enfrenta na implantação e no monitoramento dos modelos?',
  ),
  help: text(
    'Select all that apply; skip the question if none does.',
    'Marque todas as opções que se aplicam; deixe a pergunta em branco se nenhuma se aplicar.',
  ),
  allowDontKnow: true,
  // Not required: a team with none of these difficulties has nothing to pick, and an empty
  // list is not an answer.
  required: false,
  condition: DEPLOYS,
  benchmark: ['deployment_difficulties'],
  paperRef: '5.4, Fig. 9',
  options: [
    option('insufficient_engineering_teams', ENGINEERING_TEAMS_EN, ENGINEERING_TEAMS_PT, 'insufficient_engineering_teams'),
    option(
      'lack_of_technical_knowledge',
      'Not enough technical knowledge for this kind of work',
      'Falta de conhecimento técnico suficiente para esse tipo de tarefa',
      'lack_of_technical_knowledge',
    ),
    option(
      'low_model_metrics_visibility',
      'Little or no visibility of the metrics of models in production',
      'Baixa ou nenhuma visibilidade sobre as métricas dos modelos em produção',
      'low_model_metrics_visibility',
    ),
    option(
      'reproducing_results_in_production',
      'Difficulty reproducing in production the results obtained during development',
      'Dificuldade em reproduzir na produção os mesmos resultados obtidos durante o desenvolvimento',
      'reproducing_results_in_production',
    ),
    option('retraining_complexity', 'Complexity of retraining models', 'Complexidade de retreino dos modelos', 'retraining_complexity'),
    option('other', 'Other', 'Outras', 'other'),
  ],
};

const modelConsumption: MultipleQuestion = {
  id: 'model_consumption',
  number: 24,
  section: 'challenges',
  kind: 'multiple',
  prompt: text('How are your models in production consumed?', 'Como os modelos em produção são consumidos?'),
  help: SELECT_ALL,
  allowDontKnow: true,
  required: true,
  condition: DEPLOYS,
  benchmark: ['model_consumption'],
  paperRef: '5.4',
  options: [
    option('api', 'Through an API', 'Via API', 'api'),
    option('batch', 'As batch processing jobs', 'Como aplicações de processamento em lote (batch)', 'batch'),
    option(
      'notebook',
      'As Jupyter notebooks that end users run',
      'Como scripts em formato jupyter notebook executados pelos usuários finais',
      'notebook',
    ),
    option('dashboard', 'Through dashboards', 'Por meio de dashboards', 'dashboard'),
    option('other', 'Other', 'Outro', 'other'),
  ],
};

// ---------------------------------------------------------------------------------------------
// (v) MLOps — paper 4.3
// ---------------------------------------------------------------------------------------------

const mlopsHelp: TextQuestion = {
  id: 'mlops_help',
  number: 25,
  section: 'mlops',
  kind: 'text',
  prompt: text(
    'Where in your machine-learning work would MLOps help most, and how?',
    'Em quais etapas do seu trabalho com AM o MLOps mais ajudaria, e de que forma?',
  ),
  allowDontKnow: false,
  // The pilot asked for some questions to be optional and for an open one (4.4).
  required: false,
  paperRef: '4.3 (v); 4.4',
  maxLength: 2000,
};

// ---------------------------------------------------------------------------------------------
// Practices that decide the level — paper 5.1 (the four levels), 5.3, 5.4 and 6
// ---------------------------------------------------------------------------------------------

const businessConsumption: SingleQuestion = {
  id: 'business_consumption',
  number: null,
  section: 'practices',
  kind: 'single',
  prompt: text(
    "Do business areas use your models' outputs in their work?",
    'As áreas de negócio usam os resultados dos seus modelos no dia a dia?',
  ),
  allowDontKnow: true,
  required: true,
  paperRef: '5.1 (level 2)',
  options: [
    option('no', 'No, not yet', 'Não, ainda não'),
    option('pilot', 'Only in a pilot or proof of concept', 'Apenas em um piloto ou prova de conceito'),
    option('yes', 'Yes, regularly', 'Sim, regularmente'),
  ],
};

const modelRuntime: SingleQuestion = {
  id: 'model_runtime',
  number: null,
  section: 'practices',
  kind: 'single',
  prompt: text('Where do your models run when they are used?', 'Onde os seus modelos são executados quando são usados?'),
  help: text(
    'If they run in several places, choose the most mature one that serves the business.',
    'Se rodam em vários lugares, escolha o mais maduro que atende o negócio.',
  ),
  allowDontKnow: true,
  required: true,
  paperRef: '5.1 (levels 2 and 3)',
  // The paper's level 3 says "in the cloud"; company servers count as production alike.
  options: [
    option('none_yet', 'Nowhere yet: no model is in use', 'Em lugar nenhum ainda: nenhum modelo está em uso'),
    option('local', 'Locally, in notebooks or on laptops', 'Localmente, em notebooks Jupyter ou computadores pessoais'),
    option('on_premises', 'In production on company servers (on premises)', 'Em produção, nos servidores da empresa (on-premises)'),
    option('cloud', 'In production in the cloud', 'Em produção, em nuvem'),
  ],
};

export interface PracticeSpec {
  readonly id: string;
  readonly prompt: LocalizedText;
  readonly paperRef: string;
  readonly condition?: Condition;
  readonly absent: LocalizedText;
  readonly manual: LocalizedText;
  readonly automated: LocalizedText;
}

/** A practice asked as a state (absent, manual and documented, automated), never as yes/no. */
export const practiceQuestion = (spec: PracticeSpec): PracticeQuestion => ({
  id: spec.id,
  number: null,
  section: 'practices',
  kind: 'practice',
  prompt: spec.prompt,
  allowDontKnow: true,
  required: true,
  ...(spec.condition === undefined ? {} : { condition: spec.condition }),
  paperRef: spec.paperRef,
  states: { absent: spec.absent, manual: spec.manual, automated: spec.automated },
});

const practices: readonly PracticeQuestion[] = [
  practiceQuestion({
    id: 'experiment_tracking',
    prompt: text(
      'How does your team track experiments (the parameters, metrics, code and data of each training run)?',
      'Como o seu time rastreia os experimentos (parâmetros, métricas, código e dados de cada treino)?',
    ),
    paperRef: '5.3, Fig. 7; 5.4',
    absent: text('Not tracked: results stay in notebooks and in memory.', 'Não há rastreamento: os resultados ficam nos notebooks e na memória.'),
    manual: text('Recorded by hand in a spreadsheet or wiki.', 'Registrados à mão em uma planilha ou wiki.'),
    automated: text(
      'A tracking server records every run automatically (for example MLflow or Weights & Biases).',
      'Um servidor de rastreamento registra cada execução automaticamente (por exemplo, MLflow ou Weights & Biases).',
    ),
  }),
  practiceQuestion({
    id: 'dataset_versioning',
    prompt: text(
      'How does your team version the datasets models are trained on?',
      'Como o seu time versiona os conjuntos de dados (datasets) usados no treino dos modelos?',
    ),
    paperRef: '5.3, Fig. 6; 5.4',
    absent: text(
      'Datasets are overwritten; the data a past model was trained on cannot be recovered.',
      'Os datasets são sobrescritos; não é possível recuperar os dados com que um modelo antigo foi treinado.',
    ),
    manual: text(
      'Snapshots are copied by hand, with dated names or notes of what each holds.',
      'Cópias são feitas à mão, com nomes datados ou anotações do que cada uma contém.',
    ),
    automated: text(
      'Every training set is versioned automatically and linked to the models trained on it (for example DVC or lakeFS).',
      'Cada conjunto de treino é versionado automaticamente e ligado aos modelos treinados com ele (por exemplo, DVC ou lakeFS).',
    ),
  }),
  practiceQuestion({
    id: 'model_registry',
    prompt: text('How does your team keep trained models and their versions?', 'Como o seu time guarda os modelos treinados e as suas versões?'),
    paperRef: '5.1 (note 8); 5.4',
    absent: text('Model files stay wherever they were produced.', 'Os arquivos dos modelos ficam onde foram gerados.'),
    manual: text(
      'Model files are kept in a shared place, with versions and metrics written down by hand.',
      'Os arquivos dos modelos ficam em um local compartilhado, com versões e métricas anotadas à mão.',
    ),
    automated: text(
      'A model registry records every version with its metrics and lineage and promotes versions between stages.',
      'Um registro de modelos (model registry) guarda cada versão com as suas métricas e origem e promove versões entre estágios.',
    ),
  }),
  practiceQuestion({
    id: 'training_pipeline',
    prompt: text('How is a model trained again from its data?', 'Como um modelo é treinado novamente a partir dos dados?'),
    paperRef: '5.4 (reproducing results); 6',
    absent: text(
      'By re-running notebooks step by step; the result may differ from the first time.',
      'Reexecutando notebooks passo a passo; o resultado pode ser diferente do da primeira vez.',
    ),
    manual: text(
      'By following documented steps and scripts, run by hand.',
      'Seguindo passos e scripts documentados, executados à mão.',
    ),
    automated: text(
      'A versioned pipeline runs every step, from data to evaluated model, on one command or trigger.',
      'Um pipeline versionado executa todas as etapas, dos dados ao modelo avaliado, com um único comando ou gatilho.',
    ),
  }),
  practiceQuestion({
    id: 'ci_cd',
    prompt: text('How are changes to model code tested and integrated?', 'Como as mudanças no código dos modelos são testadas e integradas?'),
    paperRef: '6',
    absent: text('There are no tests; changes go straight in.', 'Não há testes; as mudanças entram diretamente.'),
    manual: text(
      'Someone runs tests and checks by hand before a change is merged.',
      'Alguém executa testes e verificações à mão antes de integrar uma mudança.',
    ),
    automated: text(
      'A continuous-integration pipeline runs code, data and model tests on every change.',
      'Um pipeline de integração contínua executa testes de código, de dados e de modelo a cada mudança.',
    ),
  }),
  practiceQuestion({
    id: 'deployment',
    prompt: text('How is a new model version put into production?', 'Como uma nova versão de modelo é colocada em produção?'),
    paperRef: '5.1 (level 4); 6',
    condition: MODEL_RUNS,
    absent: text('There is no set way; each deployment is improvised.', 'Não há um processo definido; cada implantação é improvisada.'),
    manual: text('By following a documented procedure by hand.', 'Seguindo um procedimento documentado, executado à mão.'),
    automated: text(
      'A delivery pipeline deploys an approved model version automatically.',
      'Um pipeline de entrega contínua implanta automaticamente uma versão de modelo aprovada.',
    ),
  }),
  practiceQuestion({
    id: 'service_monitoring',
    prompt: text(
      'How does your team watch the service that runs the models (availability, latency, errors)?',
      'Como o seu time acompanha o serviço que executa os modelos (disponibilidade, latência, erros)?',
    ),
    paperRef: '5.1 (level 4)',
    condition: MODEL_RUNS,
    absent: text('It is not watched: problems come to light when users complain.', 'Não é acompanhado: os problemas aparecem quando os usuários reclamam.'),
    manual: text('Someone looks at logs or dashboards by hand from time to time.', 'Alguém consulta logs ou painéis à mão de tempos em tempos.'),
    automated: text(
      'Service metrics are collected automatically and shown on live dashboards.',
      'As métricas do serviço são coletadas automaticamente e exibidas em painéis em tempo real.',
    ),
  }),
  practiceQuestion({
    id: 'model_monitoring',
    prompt: text(
      'How does your team watch the quality of models in production (accuracy and other model metrics)?',
      'Como o seu time acompanha a qualidade dos modelos em produção (acurácia e outras métricas de modelo)?',
    ),
    paperRef: '5.1 (level 4); 5.4, Fig. 9',
    condition: MODEL_RUNS,
    absent: text('Model metrics are not measured in production.', 'As métricas dos modelos não são medidas em produção.'),
    manual: text(
      'Metrics are computed by hand now and then, for example in a monthly report.',
      'As métricas são calculadas à mão de vez em quando, por exemplo em um relatório mensal.',
    ),
    automated: text(
      'Model metrics are computed automatically on production data and followed over time.',
      'As métricas dos modelos são calculadas automaticamente sobre os dados de produção e acompanhadas ao longo do tempo.',
    ),
  }),
  practiceQuestion({
    id: 'drift_detection',
    prompt: text(
      'How does your team notice that production data or predictions have drifted away from the training data?',
      'Como o seu time percebe que os dados de produção ou as predições se afastaram dos dados de treino?',
    ),
    paperRef: '1; 5.4, Fig. 9',
    condition: MODEL_RUNS,
    absent: text('Drift is not checked.', 'A mudança nos dados (drift) não é verificada.'),
    manual: text(
      'Distributions are compared by hand when someone suspects a problem.',
      'As distribuições são comparadas à mão quando alguém suspeita de um problema.',
    ),
    automated: text(
      'Drift in input data and predictions is detected automatically.',
      'A mudança (drift) nos dados de entrada e nas predições é detectada automaticamente.',
    ),
  }),
  practiceQuestion({
    id: 'alerting',
    prompt: text(
      'Who is told when a model or its service misbehaves?',
      'Quem é avisado quando um modelo ou o seu serviço apresenta problemas?',
    ),
    paperRef: '5.1 (level 4)',
    condition: MODEL_RUNS,
    absent: text('Nobody, until someone happens to notice.', 'Ninguém, até que alguém perceba por acaso.'),
    manual: text(
      'Someone reviews the metrics on a schedule and warns the team.',
      'Alguém revisa as métricas periodicamente e avisa o time.',
    ),
    automated: text(
      'Alerts fire automatically on thresholds and reach the person on call.',
      'Alertas disparam automaticamente a partir de limites e chegam a quem está de plantão.',
    ),
  }),
  practiceQuestion({
    id: 'retraining',
    prompt: text('How are models in production retrained?', 'Como os modelos em produção são retreinados?'),
    paperRef: '5.1 (level 4); 5.4, Fig. 9; 6',
    condition: MODEL_RUNS,
    absent: text('Models are not retrained once deployed.', 'Os modelos não são retreinados depois de implantados.'),
    manual: text('Someone retrains and redeploys them by hand when needed.', 'Alguém os retreina e reimplanta à mão quando necessário.'),
    automated: text(
      'Retraining starts automatically, on a schedule, on drift or on a drop in performance (continuous training).',
      'O retreino começa automaticamente, por agenda, por drift ou por queda de desempenho (treinamento contínuo).',
    ),
  }),
  practiceQuestion({
    id: 'rollback',
    prompt: text(
      'How does your team go back to the previous model version when a new one misbehaves?',
      'Como o seu time volta para a versão anterior de um modelo quando a nova apresenta problemas?',
    ),
    paperRef: '6',
    condition: MODEL_RUNS,
    absent: text(
      'It cannot, or only by rebuilding the old model.',
      'Não é possível, ou só reconstruindo o modelo antigo.',
    ),
    manual: text('A documented procedure restores the previous version by hand.', 'Um procedimento documentado restaura a versão anterior à mão.'),
    automated: text(
      'The previous version is restored automatically, or in one action, by the deployment pipeline.',
      'A versão anterior é restaurada automaticamente, ou com uma única ação, pelo pipeline de implantação.',
    ),
  }),
];

const questions: readonly Question[] = [
  education,
  role,
  yearsInRole,
  seniority,
  mlopsKnowledge,
  companyType,
  companySize,
  sector,
  selfDeclaredLevel,
  dataTeamProfessions,
  dedicatedDeploymentTeam,
  dataTypes,
  lifecycleActivities,
  developmentEnvironment,
  languages,
  tools,
  deploysModels,
  modelsInProduction,
  dataProblems,
  modelDifficulties,
  nonDeploymentReasons,
  whoDeploys,
  deploymentDifficulties,
  modelConsumption,
  mlopsHelp,
  businessConsumption,
  modelRuntime,
  ...practices,
];

/** Freezes a value and everything reachable from it, so a published definition cannot drift at run time. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) {
      deepFreeze((value as Record<string, unknown>)[key]);
    }
  }
  return value;
}

/**
 * The questionnaire `amorim-2023@1` (paper sections 4.3 and 5): 25 numbered survey questions in
 * four sections, then the practice questions (number null) that decide the maturity level.
 * Deeply frozen: any attempt to change it at run time throws in strict mode.
 */
export const amorim2023v1: Questionnaire = deepFreeze({
  id: 'amorim-2023@1',
  slug: 'amorim-2023',
  version: 1,
  title: text('MLOps maturity self-assessment', 'Autoavaliação de maturidade em MLOps'),
  source:
    'Amorim, Souza, Costa, Souza. An investigation of challenges in the machine learning lifecycle and the importance of MLOps: A survey. Computer on the Beach 2023.',
  benchmarkId: 'amorim-2023',
  sections,
  questions,
});
