import type { LocalizedText } from '../i18n.ts';
import type { PracticeState } from '../questionnaire/types.ts';
import type { ShareRelation } from './types.ts';
import type { WorkStep } from './practices.ts';

/*
 * The practice model: every MLOps practice the questionnaires ask about, as data. Each practice has
 * a stage, a default target state with its reason, an effort with its reasoning, and prerequisites,
 * each with the reason for the edge. The roadmap (roadmap.ts) orders the steps of a result by this
 * graph; the foundation edges also cap level 4 (caps.ts). The graph is drawn in
 * packages/domain/README.md ("Practice model"); tests pin that it is acyclic, that every edge
 * names a practice, and that no prerequisite asks for more than its own target.
 *
 * Practice ids are stable across questionnaire versions (work tracked against a roadmap step
 * survives a version change); each is asked by the question of the same id.
 */

/** Where a practice sits in the lifecycle, in the order a team builds them up. */
export const STAGES = ['foundations', 'delivery', 'operations'] as const;
export type Stage = (typeof STAGES)[number];

/** The size of the work to take a practice from absent to its target, for a team of a few people. */
export const EFFORTS = ['S', 'M', 'L'] as const;
export type Effort = (typeof EFFORTS)[number];

export const PRACTICE_IDS = [
  'experiment_tracking',
  'dataset_versioning',
  'data_validation',
  'feature_management',
  'model_registry',
  'training_pipeline',
  'lineage',
  'model_documentation',
  'ci_cd',
  'model_validation',
  'model_review',
  'deployment',
  'safe_release',
  'rollback',
  'service_monitoring',
  'model_monitoring',
  'drift_detection',
  'alerting',
  'retraining',
] as const;
export type PracticeId = (typeof PRACTICE_IDS)[number];

export interface Prerequisite {
  readonly practice: PracticeId;
  /** The state the prerequisite must have reached before work on the dependent practice starts. */
  readonly state: Exclude<PracticeState, 'absent'>;
  /**
   * A foundation edge: the dependent practice automated while this prerequisite is absent is an
   * automation with nothing under it. Such a result may not show level 4 (caps.ts).
   */
  readonly foundation: boolean;
  readonly reason: LocalizedText;
}

/** A benchmark category cited beside a practice or gap, with what it measures relative to it. */
export interface ShareReference {
  readonly seriesId: string;
  readonly categoryId: string;
  readonly relation: ShareRelation;
  /** What the paper's count counts, in words. */
  readonly measure: LocalizedText;
}

export interface PracticeDefinition {
  readonly id: PracticeId;
  /** The question that asks for the practice's state (the same id in every version that asks it). */
  readonly question: string;
  readonly stage: Stage;
  readonly title: LocalizedText;
  /** What the team does to move the practice up. */
  readonly action: LocalizedText;
  /** The default target; a team's own targets replace it. */
  readonly target: { readonly state: Exclude<PracticeState, 'absent'>; readonly reason: LocalizedText };
  readonly effort: { readonly size: Effort; readonly reason: LocalizedText };
  readonly prerequisites: readonly Prerequisite[];
  /** The level gates this practice is part of. */
  readonly gates: readonly string[];
  /** The hotspots (`<question>.<item or option>`) this practice addresses. */
  readonly addresses: readonly string[];
  /** The paper's count for the problem this practice addresses, where the paper reports one. */
  readonly share: ShareReference | null;
  /** Where its gaps sit in the work order. */
  readonly step: WorkStep;
}

const text = (en: string, pt: string): LocalizedText => ({ en, 'pt-BR': pt });

const needs = (
  practice: PracticeId,
  state: Exclude<PracticeState, 'absent'>,
  en: string,
  pt: string,
  foundation = false,
): Prerequisite => ({ practice, state, foundation, reason: text(en, pt) });

/** 5.4, Fig. 9: 30 of the 57 who deploy find it hard to reproduce development results in production. */
const REPRODUCING_IN_PRODUCTION: ShareReference = {
  seriesId: 'deployment_difficulties',
  categoryId: 'reproducing_results_in_production',
  relation: 'related',
  measure: text(
    'respondents who deploy models and find it hard to reproduce development results in production',
    'participantes que implantam modelos e têm dificuldade em reproduzir na produção os resultados do desenvolvimento',
  ),
};

/** 5.4: 25 of the 57 who deploy have low or no visibility of model metrics in production. */
export const LOW_MODEL_METRICS_VISIBILITY: ShareReference = {
  seriesId: 'deployment_difficulties',
  categoryId: 'low_model_metrics_visibility',
  relation: 'related',
  measure: text(
    'respondents who deploy models and have low or no visibility of model metrics in production',
    'participantes que implantam modelos e têm baixa ou nenhuma visibilidade das métricas dos modelos em produção',
  ),
};

/** Every practice, in questionnaire order (README "Practice model"). */
export const PRACTICES: readonly PracticeDefinition[] = Object.freeze([
  {
    id: 'experiment_tracking',
    question: 'experiment_tracking',
    stage: 'foundations',
    title: text('Experiment tracking', 'Rastreamento de experimentos'),
    action: text(
      "Record every training run's parameters, code version, data version and metrics in an experiment tracker (e.g. MLflow)",
      'Registrar parâmetros, versão do código, versão dos dados e métricas de cada treino em um rastreador de experimentos (por exemplo, MLflow)',
    ),
    target: {
      state: 'automated',
      reason: text(
        'Runs recorded by hand miss the ones that failed or were re-run; a tracker records each run as it happens.',
        'Registros à mão deixam de fora os treinos que falharam ou foram refeitos; um rastreador registra cada execução no momento em que ela acontece.',
      ),
    },
    effort: {
      size: 'S',
      reason: text(
        'A hosted or open-source tracker and a few lines of logging in the training code; no change to how models are built.',
        'Um rastreador hospedado ou de código aberto e algumas linhas de registro no código de treino; nada muda na forma de construir os modelos.',
      ),
    },
    prerequisites: [],
    gates: [],
    addresses: ['model_difficulties.experiment_tracking'],
    share: null,
    step: 'experiment_tracking',
  },
  {
    id: 'dataset_versioning',
    question: 'dataset_versioning',
    stage: 'foundations',
    title: text('Dataset versioning', 'Versionamento de datasets'),
    action: text(
      'Version datasets together with the code (e.g. DVC or lakeFS), so every model can be traced to the data it was trained on',
      'Versionar os conjuntos de dados junto com o código (por exemplo, DVC ou lakeFS), para rastrear cada modelo até os dados em que foi treinado',
    ),
    target: {
      state: 'automated',
      reason: text(
        'Retraining and audits need the exact data of every model version; copies made by hand are skipped under pressure.',
        'Retreino e auditoria precisam dos dados exatos de cada versão de modelo; cópias feitas à mão são esquecidas sob pressão.',
      ),
    },
    effort: {
      size: 'M',
      reason: text(
        'A versioning tool plus a change in how training data is stored and referenced by every pipeline.',
        'Uma ferramenta de versionamento e uma mudança na forma como os dados de treino são guardados e referenciados por cada pipeline.',
      ),
    },
    prerequisites: [],
    gates: [],
    addresses: ['data_problems.dataset_versioning'],
    share: {
      seriesId: 'data_problems.dataset_versioning',
      categoryId: 'at_least_rarely',
      relation: 'related',
      measure: text(
        'respondents who report problems with dataset versioning at least rarely',
        'participantes que relatam problemas com versionamento de datasets ao menos raramente',
      ),
    },
    step: 'dataset_versioning',
  },
  {
    id: 'data_validation',
    question: 'data_validation',
    stage: 'foundations',
    title: text('Data validation', 'Validação de dados'),
    action: text(
      'Automated data validation (schema and quality tests) at ingestion and before every training run',
      'Validação automática de dados (testes de esquema e qualidade) na ingestão e antes de cada treino',
    ),
    target: {
      state: 'automated',
      reason: text(
        'Data arrives continuously; only checks that run on every batch catch a broken source before a model learns from it.',
        'Os dados chegam continuamente; só verificações executadas a cada lote pegam uma fonte quebrada antes de um modelo aprender com ela.',
      ),
    },
    effort: {
      size: 'M',
      reason: text(
        'Expectations must be written for each dataset with its owners, then wired into ingestion and training.',
        'As expectativas precisam ser escritas para cada dataset com os seus donos, e então ligadas à ingestão e ao treino.',
      ),
    },
    prerequisites: [],
    gates: [],
    addresses: ['data_problems.unreliable_data', 'data_problems.insufficient_data'],
    share: {
      seriesId: 'data_problems.insufficient_data',
      categoryId: 'sometimes_or_frequently',
      relation: 'related',
      measure: text(
        'respondents who meet insufficient or incomplete data sometimes or frequently',
        'participantes que enfrentam dados insuficientes ou incompletos algumas vezes ou frequentemente',
      ),
    },
    step: 'data_quality',
  },
  {
    id: 'feature_management',
    question: 'feature_management',
    stage: 'foundations',
    title: text('Feature management', 'Gestão de features'),
    action: text(
      'Shared, documented feature definitions computed by the same code for training and production (a feature store once several models share features)',
      'Definições de features compartilhadas e documentadas, calculadas pelo mesmo código no treino e na produção (uma feature store quando vários modelos compartilham features)',
    ),
    target: {
      state: 'manual',
      reason: text(
        'Documented, shared feature code removes most training/serving skew; a feature store pays off only once several models share features.',
        'Código de features documentado e compartilhado elimina a maior parte da divergência entre treino e produção; uma feature store só compensa quando vários modelos compartilham features.',
      ),
    },
    effort: {
      size: 'L',
      reason: text(
        'Features must be extracted from each model’s code, agreed across teams and backfilled; a store adds infrastructure to run.',
        'As features precisam ser extraídas do código de cada modelo, combinadas entre times e recalculadas para o histórico; uma store acrescenta infraestrutura a operar.',
      ),
    },
    prerequisites: [
      needs(
        'data_validation',
        'manual',
        'Features others rely on must come from data that is checked.',
        'Features das quais outros dependem precisam vir de dados verificados.',
      ),
    ],
    gates: [],
    addresses: ['data_problems.data_access'],
    share: null,
    step: 'data_quality',
  },
  {
    id: 'model_registry',
    question: 'model_registry',
    stage: 'foundations',
    title: text('Model registry', 'Registro de modelos'),
    action: text(
      'A model registry that records every model version with its metrics and lineage and promotes versions between stages',
      'Um registro de modelos que guarda cada versão com as suas métricas e origem e promove versões entre estágios',
    ),
    target: {
      state: 'automated',
      reason: text(
        'Automated deployment and rollback read model versions from the registry; a registry kept by hand cannot feed a pipeline.',
        'A implantação automatizada e o rollback leem as versões do registro de modelos; um registro mantido à mão não alimenta um pipeline.',
      ),
    },
    effort: {
      size: 'S',
      reason: text(
        'Most experiment trackers include a registry; the work is registering each model from its training run.',
        'A maioria dos rastreadores de experimentos inclui um registro; o trabalho é registrar cada modelo a partir do seu treino.',
      ),
    },
    prerequisites: [
      needs(
        'experiment_tracking',
        'manual',
        'A registered version points to the run that produced it: runs must be recorded first.',
        'Uma versão registrada aponta para o treino que a produziu: os treinos precisam ser registrados antes.',
      ),
    ],
    gates: [],
    addresses: [],
    share: null,
    step: 'model_registry',
  },
  {
    id: 'training_pipeline',
    question: 'training_pipeline',
    stage: 'foundations',
    title: text('Training pipeline', 'Pipeline de treino'),
    action: text(
      'A versioned, automated training pipeline that rebuilds any model from its code and data',
      'Um pipeline de treino versionado e automatizado que reconstrói qualquer modelo a partir do seu código e dos seus dados',
    ),
    target: {
      state: 'automated',
      reason: text(
        'Continuous training runs this pipeline unattended, and reproducing a model in production needs the same steps every time.',
        'O treinamento contínuo executa este pipeline sem intervenção, e reproduzir um modelo em produção exige os mesmos passos sempre.',
      ),
    },
    effort: {
      size: 'M',
      reason: text(
        'Notebooks become parameterised, tested steps with pinned environments; done once per model family.',
        'Os notebooks viram etapas parametrizadas e testadas, com ambientes fixados; feito uma vez por família de modelos.',
      ),
    },
    prerequisites: [
      needs(
        'dataset_versioning',
        'manual',
        'A pipeline is reproducible only if it reads a known version of its data.',
        'Um pipeline só é reprodutível se ler uma versão conhecida dos seus dados.',
      ),
    ],
    gates: [],
    addresses: ['deployment_difficulties.reproducing_results_in_production', 'deployment_difficulties.retraining_complexity'],
    share: REPRODUCING_IN_PRODUCTION,
    step: 'training_pipeline',
  },
  {
    id: 'lineage',
    question: 'lineage',
    stage: 'foundations',
    title: text('Lineage and reproducibility', 'Linhagem e reprodutibilidade'),
    action: text(
      'Link every model version to its code commit, data version, parameters and environment, so it can be rebuilt and audited',
      'Ligar cada versão de modelo ao seu commit, à versão dos dados, aos parâmetros e ao ambiente, para que possa ser reconstruída e auditada',
    ),
    target: {
      state: 'automated',
      reason: text(
        'Lineage written by hand drifts from what was actually run; recorded by the pipeline it is complete by construction.',
        'A linhagem anotada à mão se afasta do que foi de fato executado; registrada pelo pipeline, ela é completa por construção.',
      ),
    },
    effort: {
      size: 'M',
      reason: text(
        'Mostly wiring: the tracker, the data versions and the registry already hold the pieces once they exist.',
        'Principalmente integração: o rastreador, as versões dos dados e o registro de modelos já guardam as peças quando existem.',
      ),
    },
    prerequisites: [
      needs('experiment_tracking', 'manual', 'Parameters and metrics come from the tracked run.', 'Parâmetros e métricas vêm do treino rastreado.'),
      needs('dataset_versioning', 'manual', 'The data version must exist to be linked.', 'A versão dos dados precisa existir para ser ligada.'),
      needs('model_registry', 'manual', 'Lineage is recorded against a registered model version.', 'A linhagem é registrada junto a uma versão registrada do modelo.'),
    ],
    gates: [],
    addresses: ['deployment_difficulties.reproducing_results_in_production'],
    share: REPRODUCING_IN_PRODUCTION,
    step: 'model_registry',
  },
  {
    id: 'model_documentation',
    question: 'model_documentation',
    stage: 'foundations',
    title: text('Model documentation', 'Documentação de modelos'),
    action: text(
      'A model card per model: purpose, training data, metrics and their slices, known limits and the owner',
      'Um model card por modelo: finalidade, dados de treino, métricas e seus recortes, limitações conhecidas e o responsável',
    ),
    target: {
      state: 'manual',
      reason: text(
        'Documentation is written by people for people: a maintained model card is the goal; generating parts of it is a convenience.',
        'A documentação é escrita por pessoas para pessoas: um model card mantido é o objetivo; gerar partes dele é uma conveniência.',
      ),
    },
    effort: {
      size: 'S',
      reason: text(
        'A template and an hour or two per model with its owner.',
        'Um modelo de documento e uma ou duas horas por modelo com o seu responsável.',
      ),
    },
    prerequisites: [],
    gates: [],
    addresses: ['model_difficulties.business_distrust'],
    share: null,
    step: 'governance',
  },
  {
    id: 'ci_cd',
    question: 'ci_cd',
    stage: 'delivery',
    title: text('CI/CD', 'CI/CD'),
    action: text(
      'Continuous integration: run the tests of code, data and model on every change, and let only what passes reach the deployment pipeline',
      'Integração contínua: executar os testes de código, dados e modelo a cada mudança, e deixar chegar ao pipeline de implantação apenas o que passar',
    ),
    target: {
      state: 'automated',
      reason: text(
        'Automated deployment is safe only behind tests that run on every change.',
        'A implantação automatizada só é segura atrás de testes executados a cada mudança.',
      ),
    },
    effort: {
      size: 'M',
      reason: text(
        'A CI service is quick to set up; writing the data and model tests worth running is the work.',
        'Um serviço de CI é rápido de configurar; escrever os testes de dados e de modelo que valem a pena é o trabalho.',
      ),
    },
    prerequisites: [
      needs(
        'training_pipeline',
        'manual',
        'CI tests the pipeline’s code; notebooks re-run by hand cannot be tested on every change (reproducibility before CI).',
        'O CI testa o código do pipeline; notebooks reexecutados à mão não podem ser testados a cada mudança (reprodutibilidade antes do CI).',
      ),
    ],
    gates: [],
    addresses: [],
    share: null,
    step: 'ci_cd',
  },
  {
    id: 'model_validation',
    question: 'model_validation',
    stage: 'delivery',
    title: text('Model validation before promotion', 'Validação do modelo antes da promoção'),
    action: text(
      'An automated evaluation that compares each candidate model with the current one on agreed thresholds and slices, and blocks promotion when it is worse',
      'Uma avaliação automatizada que compara cada modelo candidato com o atual em limites e recortes combinados, e bloqueia a promoção quando ele é pior',
    ),
    target: {
      state: 'automated',
      reason: text(
        'Automated deployment and retraining promote models without a person in the loop; only an automated check stops a worse model.',
        'A implantação e o retreino automatizados promovem modelos sem uma pessoa no caminho; só uma verificação automatizada barra um modelo pior.',
      ),
    },
    effort: {
      size: 'M',
      reason: text(
        'Thresholds and evaluation slices must be agreed with the business, then coded as a pipeline step.',
        'Limites e recortes de avaliação precisam ser combinados com as áreas de negócio, e então codificados como uma etapa do pipeline.',
      ),
    },
    prerequisites: [
      needs(
        'experiment_tracking',
        'manual',
        'The candidate is compared with the current model on recorded metrics.',
        'O candidato é comparado com o modelo atual a partir de métricas registradas.',
      ),
      needs(
        'training_pipeline',
        'manual',
        'Validation is a step of the training pipeline.',
        'A validação é uma etapa do pipeline de treino.',
      ),
    ],
    gates: [],
    addresses: ['model_difficulties.business_distrust'],
    share: null,
    step: 'ci_cd',
  },
  {
    id: 'model_review',
    question: 'model_review',
    stage: 'delivery',
    title: text('Review and approval', 'Revisão e aprovação'),
    action: text(
      'A named reviewer approves each model version before it is used for decisions, and the approval is recorded with the version',
      'Um revisor designado aprova cada versão de modelo antes de ela ser usada em decisões, e a aprovação fica registrada com a versão',
    ),
    target: {
      state: 'manual',
      reason: text(
        'A person’s approval is the point of the practice; automating the checks around it helps but does not replace it.',
        'A aprovação de uma pessoa é o objetivo da prática; automatizar as verificações em volta ajuda, mas não a substitui.',
      ),
    },
    effort: {
      size: 'S',
      reason: text(
        'Naming reviewers and adding an approval step to the release; no new infrastructure.',
        'Designar revisores e acrescentar uma etapa de aprovação à liberação; nenhuma infraestrutura nova.',
      ),
    },
    prerequisites: [
      needs(
        'model_registry',
        'manual',
        'An approval is recorded against a registered model version.',
        'Uma aprovação é registrada junto a uma versão registrada do modelo.',
      ),
      needs(
        'model_documentation',
        'manual',
        'Reviewers approve what the model card documents.',
        'Os revisores aprovam o que o model card documenta.',
      ),
    ],
    gates: [],
    addresses: ['model_difficulties.business_distrust', 'model_difficulties.unrealistic_expectations'],
    share: null,
    step: 'governance',
  },
  {
    id: 'deployment',
    question: 'deployment',
    stage: 'delivery',
    title: text('Automated deployment', 'Implantação automatizada'),
    action: text(
      'Continuous delivery for models: a pipeline that tests, packages and deploys a registered model version, with rollback',
      'Entrega contínua de modelos: um pipeline que testa, empacota e implanta uma versão registrada do modelo, com rollback',
    ),
    target: {
      state: 'automated',
      reason: text(
        'Level 4 (paper 5.1, Fig. 2) asks for automated deployment.',
        'O nível 4 (artigo 5.1, Fig. 2) exige implantação automatizada.',
      ),
    },
    effort: {
      size: 'L',
      reason: text(
        'Packaging, environments, a delivery pipeline and its permissions, for every model that is served.',
        'Empacotamento, ambientes, um pipeline de entrega e as suas permissões, para cada modelo disponibilizado.',
      ),
    },
    prerequisites: [
      needs(
        'model_registry',
        'manual',
        'A deployment pipeline promotes a registered model version; without a registry there is nothing defined to deploy.',
        'Um pipeline de implantação promove uma versão registrada do modelo; sem registro não há o que implantar de forma definida.',
        true,
      ),
      needs(
        'ci_cd',
        'manual',
        'Only tested changes may reach production automatically.',
        'Apenas mudanças testadas podem chegar à produção automaticamente.',
        true,
      ),
      needs(
        'model_validation',
        'manual',
        'Deploying without a person in the loop needs a check that the new model is not worse.',
        'Implantar sem uma pessoa no caminho exige uma verificação de que o novo modelo não é pior.',
      ),
    ],
    gates: ['l4.automated_deployment'],
    addresses: [],
    share: {
      seriesId: 'maturity_level',
      categoryId: 'level_3',
      relation: 'related',
      measure: text(
        'respondents whose company is at level 3: models in production, without automated processes',
        'participantes cuja empresa está no nível 3: modelos em produção, sem processos automatizados',
      ),
    },
    step: 'automated_deployment',
  },
  {
    id: 'safe_release',
    question: 'safe_release',
    stage: 'delivery',
    title: text('Safe release (shadow or canary)', 'Liberação segura (sombra ou canário)'),
    action: text(
      'Release new model versions in shadow or to a small share of traffic first, compare them on monitored metrics, then widen or roll back',
      'Liberar novas versões de modelo primeiro em sombra ou para uma pequena parte do tráfego, compará-las em métricas monitoradas, e então ampliar ou desfazer',
    ),
    target: {
      state: 'manual',
      reason: text(
        'A staged release judged by a person already limits the harm of a bad model; automating it pays off at high release rates.',
        'Uma liberação gradual avaliada por uma pessoa já limita o dano de um modelo ruim; automatizá-la compensa com muitas liberações.',
      ),
    },
    effort: {
      size: 'L',
      reason: text(
        'Traffic splitting or shadow serving in the serving layer, and metrics to compare the versions.',
        'Divisão de tráfego ou execução em sombra na camada de disponibilização, e métricas para comparar as versões.',
      ),
    },
    prerequisites: [
      needs(
        'deployment',
        'manual',
        'A staged release is a way of deploying: deployment must be a defined procedure first.',
        'Uma liberação gradual é uma forma de implantar: a implantação precisa ser um procedimento definido antes.',
      ),
      needs(
        'service_monitoring',
        'manual',
        'A canary is judged on the metrics of the service that runs it.',
        'Um canário é avaliado pelas métricas do serviço que o executa.',
      ),
    ],
    gates: [],
    addresses: [],
    share: null,
    step: 'automated_deployment',
  },
  {
    id: 'rollback',
    question: 'rollback',
    stage: 'delivery',
    title: text('Rollback', 'Rollback'),
    action: text(
      'Keep the previous model version deployable and restore it in one action from the deployment pipeline',
      'Manter a versão anterior do modelo implantável e restaurá-la com uma única ação pelo pipeline de implantação',
    ),
    target: {
      state: 'automated',
      reason: text(
        'When a model misbehaves in production, minutes matter; a manual restore under pressure fails when it is needed most.',
        'Quando um modelo apresenta problemas em produção, minutos importam; uma restauração manual sob pressão falha quando mais se precisa dela.',
      ),
    },
    effort: {
      size: 'M',
      reason: text(
        'Small once deployment is automated and versions are registered; large before that.',
        'Pequeno quando a implantação é automatizada e as versões são registradas; grande antes disso.',
      ),
    },
    prerequisites: [
      needs(
        'deployment',
        'manual',
        'Going back is deploying the previous version: deployment must be a defined procedure first.',
        'Voltar é implantar a versão anterior: a implantação precisa ser um procedimento definido antes.',
      ),
      needs('model_registry', 'manual', 'The previous version must be kept to go back to it.', 'A versão anterior precisa estar guardada para se voltar a ela.'),
    ],
    gates: [],
    addresses: [],
    share: null,
    step: 'automated_deployment',
  },
  {
    id: 'service_monitoring',
    question: 'service_monitoring',
    stage: 'operations',
    title: text('Service monitoring', 'Monitoramento do serviço'),
    action: text(
      'Collect availability, latency and error metrics of every model service and show them on live dashboards',
      'Coletar métricas de disponibilidade, latência e erros de cada serviço de modelo e exibi-las em painéis em tempo real',
    ),
    target: {
      state: 'automated',
      reason: text(
        'Looking at logs by hand finds outages after users do.',
        'Consultar logs à mão encontra as falhas depois dos usuários.',
      ),
    },
    effort: {
      size: 'S',
      reason: text(
        'Standard service metrics from the platform or an APM agent; no model-specific work.',
        'Métricas de serviço padrão da plataforma ou de um agente de APM; nenhum trabalho específico de modelo.',
      ),
    },
    prerequisites: [],
    gates: [],
    addresses: [],
    share: null,
    step: 'monitoring',
  },
  {
    id: 'model_monitoring',
    question: 'model_monitoring',
    stage: 'operations',
    title: text('Model monitoring', 'Monitoramento dos modelos'),
    action: text(
      'Automated model monitoring: log predictions and outcomes, compute model metrics on a schedule and follow them over time',
      'Monitoramento automatizado de modelos: registrar predições e resultados, calcular as métricas dos modelos periodicamente e acompanhá-las ao longo do tempo',
    ),
    target: {
      state: 'automated',
      reason: text(
        'Level 4 (paper 5.1, Fig. 2) asks for automated monitoring.',
        'O nível 4 (artigo 5.1, Fig. 2) exige monitoramento automatizado.',
      ),
    },
    effort: {
      size: 'L',
      reason: text(
        'Predictions must be logged and joined with outcomes that often arrive late, per model.',
        'As predições precisam ser registradas e cruzadas com resultados que muitas vezes chegam depois, modelo a modelo.',
      ),
    },
    prerequisites: [],
    gates: ['l4.automated_monitoring'],
    addresses: ['deployment_difficulties.low_model_metrics_visibility'],
    share: LOW_MODEL_METRICS_VISIBILITY,
    step: 'monitoring',
  },
  {
    id: 'drift_detection',
    question: 'drift_detection',
    stage: 'operations',
    title: text('Drift detection', 'Detecção de drift'),
    action: text(
      'Compare production inputs and predictions with the training data automatically, and flag drift',
      'Comparar automaticamente as entradas e predições de produção com os dados de treino, e sinalizar o drift',
    ),
    target: {
      state: 'automated',
      reason: text(
        'Drift is gradual and easy to miss by eye; only a scheduled comparison notices it in time.',
        'O drift é gradual e fácil de não perceber a olho; só uma comparação periódica o nota a tempo.',
      ),
    },
    effort: {
      size: 'M',
      reason: text(
        'Statistics over the logged inputs and predictions that model monitoring already collects.',
        'Estatísticas sobre as entradas e predições registradas que o monitoramento dos modelos já coleta.',
      ),
    },
    prerequisites: [
      needs(
        'model_monitoring',
        'manual',
        'Drift is computed from the production inputs and predictions that monitoring logs.',
        'O drift é calculado a partir das entradas e predições de produção que o monitoramento registra.',
      ),
    ],
    gates: [],
    addresses: [],
    share: null,
    step: 'monitoring',
  },
  {
    id: 'alerting',
    question: 'alerting',
    stage: 'operations',
    title: text('Alerting', 'Alertas'),
    action: text(
      'Alerts on thresholds of service and model metrics that reach the person on call',
      'Alertas a partir de limites das métricas do serviço e dos modelos, que chegam a quem está de plantão',
    ),
    target: {
      state: 'automated',
      reason: text(
        'Level 4 (paper 5.1, Fig. 2) asks for monitoring that reaches the team without someone looking.',
        'O nível 4 (artigo 5.1, Fig. 2) exige um monitoramento que chegue ao time sem que alguém precise olhar.',
      ),
    },
    effort: {
      size: 'S',
      reason: text(
        'Thresholds and routing on metrics that are already collected.',
        'Limites e encaminhamento sobre métricas que já são coletadas.',
      ),
    },
    prerequisites: [
      needs('service_monitoring', 'manual', 'Alerts fire on monitored service metrics.', 'Os alertas disparam a partir das métricas monitoradas do serviço.'),
      needs('model_monitoring', 'manual', 'Alerts fire on monitored model metrics.', 'Os alertas disparam a partir das métricas monitoradas dos modelos.'),
    ],
    gates: ['l4.automated_monitoring'],
    addresses: [],
    share: null,
    step: 'monitoring',
  },
  {
    id: 'retraining',
    question: 'retraining',
    stage: 'operations',
    title: text('Continuous training', 'Treinamento contínuo'),
    action: text(
      'Continuous training: run the training pipeline on a schedule or on monitored drift, validate the new model and promote it',
      'Treinamento contínuo: executar o pipeline de treino periodicamente ou por drift monitorado, validar o novo modelo e promovê-lo',
    ),
    target: {
      state: 'automated',
      reason: text(
        'Level 4 (paper 5.1, Fig. 2) asks for automated retraining.',
        'O nível 4 (artigo 5.1, Fig. 2) exige retreino automatizado.',
      ),
    },
    effort: {
      size: 'L',
      reason: text(
        'Triggers, unattended validation and promotion, and the data checks that make running without a person safe.',
        'Gatilhos, validação e promoção sem intervenção, e as verificações de dados que tornam seguro executar sem uma pessoa.',
      ),
    },
    prerequisites: [
      needs(
        'training_pipeline',
        'automated',
        'Continuous training runs the training pipeline without a person: the pipeline must run on its own first.',
        'O treinamento contínuo executa o pipeline de treino sem uma pessoa: o pipeline precisa executar sozinho antes.',
        true,
      ),
      needs(
        'dataset_versioning',
        'manual',
        'A model retrained on data nobody can recover cannot be reproduced or audited.',
        'Um modelo retreinado com dados que ninguém consegue recuperar não pode ser reproduzido nem auditado.',
        true,
      ),
      needs(
        'model_monitoring',
        'manual',
        'Retraining is triggered by, and judged on, the metrics monitoring measures.',
        'O retreino é disparado pelas métricas que o monitoramento mede, e avaliado por elas.',
      ),
      needs(
        'data_validation',
        'manual',
        'Unattended retraining must not learn from a broken batch of data.',
        'O retreino sem intervenção não pode aprender com um lote de dados quebrado.',
      ),
      needs(
        'model_validation',
        'manual',
        'A retrained model is validated before it is promoted.',
        'Um modelo retreinado é validado antes de ser promovido.',
      ),
    ],
    gates: ['l4.automated_retraining'],
    addresses: ['deployment_difficulties.retraining_complexity'],
    share: null,
    step: 'automated_retraining',
  },
] satisfies PracticeDefinition[]);

const BY_ID: ReadonlyMap<string, PracticeDefinition> = new Map(PRACTICES.map((practice) => [practice.id, practice]));

/** The practice with this id, or undefined. */
export function getPractice(id: string): PracticeDefinition | undefined {
  return BY_ID.get(id);
}

/** The state order: absent < manual < automated. */
export const STATE_RANK: Readonly<Record<PracticeState, number>> = { absent: 0, manual: 1, automated: 2 };

/**
 * STATE_RANK of a state, or -1 for anything that is not one (a status nobody gave). Compared, not
 * looked up: scoring ranks every practice of every response, and a keyed read of a constant table
 * by a value cost more than the rest of ranking it.
 */
export function stateRank(state: unknown): number {
  return state === 'automated' ? STATE_RANK.automated : state === 'manual' ? STATE_RANK.manual : state === 'absent' ? STATE_RANK.absent : -1;
}
