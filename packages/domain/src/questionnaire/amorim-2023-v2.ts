import type { LocalizedText } from '../i18n.ts';
import type { PracticeQuestion, Question, Questionnaire } from './types.ts';
import { MODEL_RUNS, amorim2023v1, deepFreeze, practiceQuestion } from './amorim-2023-v1.ts';

/*
 * The questionnaire `amorim-2023@2`: every question of `amorim-2023@1`, unchanged and with the same
 * ids and meanings, plus seven practices an MLOps reviewer expects and the paper's challenge
 * catalogue points to (5.3: unreliable and insufficient data, access to data; 5.4: reproducing
 * results in production, low visibility of model metrics; 5.3 Fig. 7: business distrust):
 * data validation, feature management, lineage of a model version, model documentation, model
 * validation before promotion, review and approval, and safe release (shadow or canary).
 *
 * The new practices are asked like the others, as a state (absent, manual and documented,
 * automated). None of them is a level gate: the paper's four levels (5.1, Fig. 2) do not mention
 * them, so @1 and @2 responses with the same answers to the @1 questions get the same level.
 * They feed the dimensions (see `DIMENSIONS`) and the roadmap (see `PRACTICES`).
 */

const text = (en: string, ptBR: string): LocalizedText => ({ en, 'pt-BR': ptBR });

const dataValidation = practiceQuestion({
  id: 'data_validation',
  prompt: text(
    'How does your team check the data before it trains or feeds a model (schema, ranges, missing values)?',
    'Como o seu time verifica os dados antes de treinar ou alimentar um modelo (esquema, faixas de valores, valores ausentes)?',
  ),
  paperRef: '5.3, Fig. 6 (insufficient and unreliable data)',
  absent: text('Data is used as it arrives; problems show up in the model.', 'Os dados são usados como chegam; os problemas aparecem no modelo.'),
  manual: text(
    'Someone inspects the data by hand, following a documented checklist, before training.',
    'Alguém inspeciona os dados à mão, seguindo uma lista de verificação documentada, antes do treino.',
  ),
  automated: text(
    'Schema and quality tests run automatically on every new batch of data and stop the pipeline when they fail (for example Great Expectations or TFDV).',
    'Testes de esquema e de qualidade executam automaticamente a cada novo lote de dados e interrompem o pipeline quando falham (por exemplo, Great Expectations ou TFDV).',
  ),
});

const featureManagement = practiceQuestion({
  id: 'feature_management',
  prompt: text(
    'How are the features models use defined and shared between training and production?',
    'Como as features usadas pelos modelos são definidas e compartilhadas entre o treino e a produção?',
  ),
  paperRef: '5.3, Fig. 6 (access to data); 5.4 (reproducing results in production)',
  absent: text(
    'Each model computes its own features in its own code; training and production code may differ.',
    'Cada modelo calcula as próprias features no próprio código; o código de treino e o de produção podem divergir.',
  ),
  manual: text(
    'Feature definitions are documented and shared code is reused, kept in step by hand.',
    'As definições das features são documentadas e o código compartilhado é reutilizado, mantido em sincronia à mão.',
  ),
  automated: text(
    'A feature store or shared feature pipeline serves the same feature values to training and production.',
    'Uma feature store ou um pipeline de features compartilhado entrega os mesmos valores de features ao treino e à produção.',
  ),
});

const lineage = practiceQuestion({
  id: 'lineage',
  prompt: text(
    'For a model version in use, can your team tell exactly which code, data, parameters and environment produced it?',
    'Para uma versão de modelo em uso, o seu time consegue dizer exatamente qual código, quais dados, parâmetros e ambiente a produziram?',
  ),
  paperRef: '5.4, Fig. 9 (reproducing results in production); 6',
  absent: text('No: it would take detective work, and may not be possible.', 'Não: seria preciso investigar, e talvez não seja possível.'),
  manual: text(
    'Yes, from notes kept by hand for each version (commit, dataset snapshot, parameters).',
    'Sim, a partir de anotações feitas à mão para cada versão (commit, cópia do dataset, parâmetros).',
  ),
  automated: text(
    'Yes: every model version is linked automatically to its code commit, data version, parameters and environment, and can be rebuilt from them.',
    'Sim: cada versão de modelo é ligada automaticamente ao seu commit, à versão dos dados, aos parâmetros e ao ambiente, e pode ser reconstruída a partir deles.',
  ),
});

const modelDocumentation = practiceQuestion({
  id: 'model_documentation',
  prompt: text(
    'How is each model documented (purpose, training data, metrics, limits, owner)?',
    'Como cada modelo é documentado (finalidade, dados de treino, métricas, limitações, responsável)?',
  ),
  paperRef: '5.3, Fig. 7 (business distrust); 6',
  absent: text('There is no documentation beyond the code.', 'Não há documentação além do código.'),
  manual: text(
    'A model card or similar document is written by hand for each model and kept up to date.',
    'Um model card ou documento semelhante é escrito à mão para cada modelo e mantido atualizado.',
  ),
  automated: text(
    'Model cards are generated from the registry and the training run for every version, and completed by the owner.',
    'Os model cards são gerados a partir do registro de modelos e do treino de cada versão, e completados pelo responsável.',
  ),
});

const modelValidation = practiceQuestion({
  id: 'model_validation',
  prompt: text(
    'How is a new model version checked before it may replace the one in use?',
    'Como uma nova versão de modelo é verificada antes de poder substituir a que está em uso?',
  ),
  paperRef: '5.3, Fig. 7 (business distrust); 6',
  absent: text('It is not: if it trains, it ships.', 'Não é: se treinou, vai para produção.'),
  manual: text(
    'Someone compares its metrics with the current model by hand, against documented criteria.',
    'Alguém compara à mão as métricas com as do modelo atual, com critérios documentados.',
  ),
  automated: text(
    'An automated evaluation compares it with the current model and agreed thresholds (including slices and fairness checks) and blocks promotion when it is worse.',
    'Uma avaliação automatizada a compara com o modelo atual e com limites combinados (incluindo recortes e verificações de equidade) e bloqueia a promoção quando ela é pior.',
  ),
});

const modelReview = practiceQuestion({
  id: 'model_review',
  prompt: text(
    'Who approves a model version before it is used for decisions, and how is the approval recorded?',
    'Quem aprova uma versão de modelo antes de ela ser usada em decisões, e como a aprovação é registrada?',
  ),
  paperRef: '5.3, Fig. 7 (business distrust, unrealistic expectations)',
  absent: text('Nobody formally: whoever trains it decides.', 'Ninguém formalmente: quem treina decide.'),
  manual: text(
    'A named reviewer (business, risk or a peer) approves it, and the approval is written down.',
    'Um revisor designado (negócio, risco ou um colega) aprova, e a aprovação fica registrada por escrito.',
  ),
  automated: text(
    'Approval is a step of the release workflow: policy checks run automatically and the reviewer’s decision is recorded with the model version.',
    'A aprovação é uma etapa do fluxo de liberação: verificações de política executam automaticamente e a decisão do revisor fica registrada com a versão do modelo.',
  ),
});

const safeRelease = practiceQuestion({
  id: 'safe_release',
  prompt: text(
    'How is a new model version exposed to real traffic for the first time?',
    'Como uma nova versão de modelo é exposta pela primeira vez ao uso real?',
  ),
  paperRef: '5.4, Fig. 9; 6',
  condition: MODEL_RUNS,
  absent: text('It replaces the old version for everyone at once.', 'Ela substitui a versão antiga para todos de uma vez.'),
  manual: text(
    'It is first run beside the old one, or for a small share of users, and compared by hand before a full switch.',
    'Ela primeiro executa ao lado da antiga, ou para uma pequena parte dos usuários, e é comparada à mão antes da troca completa.',
  ),
  automated: text(
    'Shadow or canary releases are part of the delivery pipeline, which widens or rolls back the release on monitored metrics.',
    'Liberações em sombra (shadow) ou canário fazem parte do pipeline de entrega, que amplia ou desfaz a liberação a partir de métricas monitoradas.',
  ),
});

/** The new practices, each placed after the @1 practice it builds on. */
const INSERTED_AFTER: Readonly<Record<string, readonly PracticeQuestion[]>> = {
  dataset_versioning: [dataValidation, featureManagement],
  training_pipeline: [lineage, modelDocumentation],
  ci_cd: [modelValidation, modelReview],
  deployment: [safeRelease],
};

const questions: readonly Question[] = amorim2023v1.questions.flatMap((question) => [question, ...(INSERTED_AFTER[question.id] ?? [])]);

/** The practice questions `amorim-2023@2` adds to `amorim-2023@1`, in questionnaire order. */
export const PRACTICES_ADDED_IN_V2: readonly string[] = Object.freeze(Object.values(INSERTED_AFTER).flat().map((q) => q.id));

/**
 * The questionnaire `amorim-2023@2`: `amorim-2023@1` (paper 4.3 and 5) plus seven practice
 * questions (data validation, feature management, lineage, model documentation, model validation,
 * review and approval, safe release). Deeply frozen.
 */
export const amorim2023v2: Questionnaire = deepFreeze({
  ...amorim2023v1,
  id: 'amorim-2023@2',
  version: 2,
  questions,
});
