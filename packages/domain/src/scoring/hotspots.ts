import type { LocalizedText } from '../i18n.ts';
import type { WorkStep } from './practices.ts';

/** Frequency questions whose items are challenges (paper 5.3, Figs. 6 and 7). */
export const CHALLENGE_FREQUENCY_QUESTIONS = ['data_problems', 'model_difficulties'] as const;

/** Multiple-choice questions whose options are difficulties (paper 5.4, Fig. 9 and the 9 who do not deploy). */
export const CHALLENGE_CHOICE_QUESTIONS = ['deployment_difficulties', 'non_deployment_reasons'] as const;

/** Options that name no specific problem: there is no practice to point to, so they are never hotspots. */
export const UNSPECIFIC_OPTIONS: ReadonlySet<string> = new Set(['other']);

export interface HotspotDefinition {
  readonly step: WorkStep;
  /** The MLOps practice that addresses the challenge. */
  readonly practice: LocalizedText;
  /**
   * The benchmark category with the paper's count of the same problem. For frequency items it is
   * the combined category the paper reports (e.g. 54/66 "sometimes or frequently"); null where the
   * paper gives no count for the challenge at all.
   */
  readonly prevalence: { readonly seriesId: string; readonly categoryId: string } | null;
}

/** Key of a hotspot: `<questionId>.<itemId or optionId>`. */
export function hotspotKey(questionId: string, id: string): string {
  return `${questionId}.${id}`;
}

const dataQuality = (en: string, pt: string): HotspotDefinition => ({
  step: 'data_quality',
  practice: { en, 'pt-BR': pt },
  prevalence: null,
});

/**
 * The challenge catalogue: every challenge item and difficulty option of `amorim-2023@1` with its
 * practice and the paper's prevalence (paper 5.3, 5.4). The scoring index refuses a questionnaire
 * with a challenge this table does not cover, so no hotspot goes without a practice.
 */
export const HOTSPOTS: Readonly<Record<string, HotspotDefinition>> = Object.freeze({
  'data_problems.insufficient_data': {
    ...dataQuality(
      'A data collection plan agreed with the data owners, and automated completeness checks before training',
      'Um plano de coleta de dados combinado com os donos dos dados, e verificações automáticas de completude antes do treino',
    ),
    // 5.3: "81% (54/66) … somadas as 29 respostas … 'Algumas vezes' e 25 … 'Frequentemente'".
    prevalence: { seriesId: 'data_problems.insufficient_data', categoryId: 'sometimes_or_frequently' },
  },
  'data_problems.data_access': dataQuality(
    'A data catalogue with governed, self-service access to documented datasets (or a feature store)',
    'Um catálogo de dados com acesso governado e autosserviço a conjuntos de dados documentados (ou uma feature store)',
  ),
  'data_problems.unreliable_data': dataQuality(
    'Automated data validation (schema and quality tests) at ingestion and before every training run',
    'Validação automática de dados (testes de esquema e qualidade) na ingestão e antes de cada treino',
  ),
  'data_problems.dataset_versioning': {
    step: 'dataset_versioning',
    practice: {
      en: 'Version datasets together with the code (e.g. DVC or lakeFS), so every model can be traced to the data it was trained on',
      'pt-BR':
        'Versionar os conjuntos de dados junto com o código (por exemplo, DVC ou lakeFS), para rastrear cada modelo até os dados em que foi treinado',
    },
    // 5.3: "cerca de 53% (35/66) … sofrer em algum nível com problemas no versionamento".
    prevalence: { seriesId: 'data_problems.dataset_versioning', categoryId: 'at_least_rarely' },
  },
  'model_difficulties.experiment_tracking': {
    step: 'experiment_tracking',
    practice: {
      en: "Record every experiment's parameters, code version, data version and metrics in an experiment tracker (e.g. MLflow)",
      'pt-BR':
        'Registrar parâmetros, versão do código, versão dos dados e métricas de cada experimento em um rastreador de experimentos (por exemplo, MLflow)',
    },
    prevalence: null,
  },
  'model_difficulties.business_distrust': {
    step: 'business_value',
    practice: {
      en: 'Agree on success criteria with the business before modelling, and report model metrics in business terms, monitored in production',
      'pt-BR':
        'Combinar critérios de sucesso com as áreas de negócio antes da modelagem, e reportar as métricas dos modelos em termos de negócio, monitoradas em produção',
    },
    prevalence: null,
  },
  'model_difficulties.unrealistic_expectations': {
    step: 'business_value',
    practice: {
      en: 'Involve the business in framing the problem and its metrics, and check what the available data can support before committing',
      'pt-BR':
        'Envolver as áreas de negócio na definição do problema e das métricas, e verificar o que os dados disponíveis permitem antes de assumir compromissos',
    },
    prevalence: null,
  },
  'model_difficulties.lack_of_financial_resources': {
    step: 'business_value',
    practice: {
      en: 'Measure the value that models in production deliver to justify budget, and start with open-source MLOps tooling',
      'pt-BR': 'Medir o valor que os modelos em produção geram para justificar orçamento, e começar com ferramentas de MLOps de código aberto',
    },
    prevalence: null,
  },
  'model_difficulties.lack_of_tools': {
    step: 'team_capacity',
    practice: {
      en: 'Adopt a standard MLOps toolchain for the team: experiment tracking, model registry and pipelines',
      'pt-BR': 'Adotar um conjunto padrão de ferramentas de MLOps para o time: rastreamento de experimentos, registro de modelos e pipelines',
    },
    prevalence: null,
  },
  'model_difficulties.lack_of_technical_knowledge': {
    step: 'team_capacity',
    practice: {
      en: 'Training and pairing with ML and DevOps engineers, and shared templates for training and deployment',
      'pt-BR': 'Capacitação e trabalho em par com engenheiros de AM e DevOps, e modelos (templates) compartilhados de treino e implantação',
    },
    prevalence: null,
  },
  'deployment_difficulties.insufficient_engineering_teams': {
    step: 'team_capacity',
    practice: {
      en: 'A cross-functional team: data, ML and DevOps engineers working beside the data scientists on deployment and operation',
      'pt-BR': 'Um time multifuncional: engenheiros de dados, de AM e DevOps trabalhando junto aos cientistas de dados na implantação e operação',
    },
    // 5.4: "59% (34/57) … times insuficientes de engenharia".
    prevalence: { seriesId: 'deployment_difficulties', categoryId: 'insufficient_engineering_teams' },
  },
  'deployment_difficulties.lack_of_technical_knowledge': {
    step: 'team_capacity',
    practice: {
      en: 'Training in deployment and operation, and a paved road (templates, platform) so deploying does not need specialist knowledge',
      'pt-BR': 'Capacitação em implantação e operação, e um caminho pavimentado (templates, plataforma) para implantar sem conhecimento especializado',
    },
    // 5.4: "52% (30/57) dizem não ter conhecimento técnico suficiente".
    prevalence: { seriesId: 'deployment_difficulties', categoryId: 'lack_of_technical_knowledge' },
  },
  'deployment_difficulties.low_model_metrics_visibility': {
    step: 'monitoring',
    practice: {
      en: 'Model monitoring in production: log predictions and outcomes, and chart model metrics and drift for the team',
      'pt-BR': 'Monitoramento dos modelos em produção: registrar predições e resultados, e exibir métricas e drift dos modelos ao time',
    },
    // 5.4: "43% (25/57) … baixa ou nenhuma visibilidade sobre as métricas de modelos em produção".
    prevalence: { seriesId: 'deployment_difficulties', categoryId: 'low_model_metrics_visibility' },
  },
  'deployment_difficulties.reproducing_results_in_production': {
    step: 'training_pipeline',
    practice: {
      en: 'A reproducible training pipeline with pinned environments, and the same feature code in training and serving',
      'pt-BR': 'Um pipeline de treino reprodutível com ambientes fixados, e o mesmo código de features no treino e na produção',
    },
    // 5.4: "52% (30/57), se queixa da dificuldade em reproduzir na produção".
    prevalence: { seriesId: 'deployment_difficulties', categoryId: 'reproducing_results_in_production' },
  },
  'deployment_difficulties.retraining_complexity': {
    step: 'automated_retraining',
    practice: {
      en: 'Continuous training: a pipeline that retrains, validates and registers models on a schedule or a monitored trigger',
      'pt-BR': 'Treinamento contínuo: um pipeline que retreina, valida e registra modelos periodicamente ou por um gatilho monitorado',
    },
    prevalence: { seriesId: 'deployment_difficulties', categoryId: 'retraining_complexity' },
  },
  'non_deployment_reasons.lack_of_technical_knowledge': {
    step: 'team_capacity',
    practice: {
      en: 'Training in deployment, or a managed ML platform that takes a model to production without specialist knowledge',
      'pt-BR': 'Capacitação em implantação, ou uma plataforma de AM gerenciada que leve um modelo à produção sem conhecimento especializado',
    },
    prevalence: { seriesId: 'non_deployment_reasons', categoryId: 'lack_of_technical_knowledge' },
  },
  'non_deployment_reasons.insufficient_engineering_teams': {
    step: 'team_capacity',
    practice: {
      en: 'Data, ML or DevOps engineers in the team, or shared engineering support, to take models to production',
      'pt-BR': 'Engenheiros de dados, de AM ou DevOps no time, ou apoio de engenharia compartilhado, para levar modelos à produção',
    },
    prevalence: { seriesId: 'non_deployment_reasons', categoryId: 'insufficient_engineering_teams' },
  },
  'non_deployment_reasons.no_consumption_layer': {
    step: 'production_serving',
    practice: {
      en: 'A consumption layer: serve predictions through an API, a batch job or a dashboard the business already uses',
      'pt-BR': 'Uma camada de consumo: entregar as predições por uma API, um job em lote ou um dashboard que as áreas de negócio já usam',
    },
    prevalence: { seriesId: 'non_deployment_reasons', categoryId: 'no_consumption_layer' },
  },
  'non_deployment_reasons.lack_of_tools': {
    step: 'production_serving',
    practice: {
      en: 'A serving toolchain: containers, a model server or a managed ML platform',
      'pt-BR': 'Um conjunto de ferramentas de disponibilização: contêineres, um servidor de modelos ou uma plataforma de AM gerenciada',
    },
    prevalence: { seriesId: 'non_deployment_reasons', categoryId: 'lack_of_tools' },
  },
} satisfies Record<string, HotspotDefinition>);
