import { createHash } from 'node:crypto';
import {
  confirmQuestions,
  getQuestionnaire,
  prefillAnswers,
  pruneHiddenAnswers,
  responseProgress,
  scoreResponse,
  sectionQuestionIds,
  unconfirmedAnswers,
  validateAnswers,
  type Answer,
  type AnswerProblem,
  type SectionId,
} from '@assay/domain';
import { ROLES, type Role } from '@assay/contracts';
import type {
  AnswerDto,
  AnswersConfirmed,
  AnswersSaved,
  ErrorDetail,
  GuestAssessment,
  GuestResponse,
  GuestResponseStarted,
  IndividualResult,
  RespondentLink,
  RespondentLinkCreated,
  RespondentLinkKind,
  RosterEntry,
  RosterStatus,
  Response,
  ResponseSubmitted,
  ResponseSummary,
  Page,
} from '@assay/contracts';
import type { Deps } from '../../deps.ts';
import { ConflictError, ForbiddenError, InvalidAnswersError, NotFoundError, ResponseIncompleteError, type Refusal } from '../../errors.ts';
import { resultDto } from '../../lib/dto.ts';
import { sameJson } from '../../lib/json.ts';
import { pageOf } from '../../lib/paging.ts';
import { addDays, iso, isoOrNull } from '../../lib/time.ts';
import { requireCurrentToken } from '../../lib/session.ts';
import { hashToken, newToken } from '../../lib/tokens.ts';
import { authorize, can, grantOf, type Access } from '../../permissions.ts';
import * as assessmentsRepo from '../assessments/assessments.repo.ts';
import { ASSESSMENT_NOT_FOUND, anonymityOf, questionnaireOf, requireAssessment } from '../assessments/assessments.service.ts';
import { insertAuditEvent } from '../audit/audit.repo.ts';
import * as resultsRepo from '../results/results.repo.ts';
import { WORKSPACE_NOT_FOUND } from '../workspaces/workspaces.service.ts';
import * as repo from './responses.repo.ts';

const RESPONSE_NOT_FOUND: Refusal = { reason: 'response_not_found', message: 'Response not found.' };
const RESULT_NOT_FOUND = 'This response has no result yet; submit it first.';
const LINK_UNUSABLE = 'This respondent link is unknown, expired or revoked; ask the assessor for a new one.';

function toSummary(row: repo.ResponseRow, questionnaireId: string): ResponseSummary {
  const progress = responseProgress(questionnaireOf({ questionnaireId }), row.answers);
  return {
    id: row.id,
    assessmentId: row.assessmentId,
    respondent: row.userId ? { kind: 'user', userId: row.userId, name: row.userName } : { kind: 'guest', userId: null, name: row.guestName },
    status: row.status as ResponseSummary['status'],
    revision: row.revision,
    progress: { ...progress, sections: progress.sections.map((s) => ({ ...s })) },
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    submittedAt: isoOrNull(row.submittedAt),
  };
}

function toResponse(row: repo.ResponseRow, questionnaireId: string): Response {
  const prefilled = row.prefilledFromResponseId !== null || row.prefilledQuestionIds.length > 0;
  return {
    ...toSummary(row, questionnaireId),
    answers: row.answers as Response['answers'],
    prefill: prefilled ? { fromResponseId: row.prefilledFromResponseId, unconfirmed: [...row.prefilledQuestionIds] } : null,
  };
}

function problemDetails(problems: readonly AnswerProblem[]): ErrorDetail[] {
  return problems.map((p) => ({ questionId: p.questionId, code: p.code, message: p.message }));
}

// ---------------------------------------------------------------------------------------------
// Writing a response: shared by signed-in respondents and guests once they are identified.

/**
 * The questionnaire each assessment (and each guest response) pinned. It never changes once
 * pinned, so a save can validate its answers before going to the database; the save statement
 * still checks that the assessment pins this very questionnaire.
 */
const pinned = new Map<string, string>();
const PINNED_MAX = 50_000;
function pin(key: string, questionnaireId: string): void {
  if (pinned.size >= PINNED_MAX) pinned.clear();
  pinned.set(key, questionnaireId);
}

/** Questions without a condition: whether they are shown never depends on other answers. */
const unconditional = new WeakMap<object, ReadonlySet<string>>();
function unconditionalOf(questionnaire: ReturnType<typeof questionnaireOf>): ReadonlySet<string> {
  let ids = unconditional.get(questionnaire);
  if (!ids) {
    // By id, the last definition wins, as in the domain's index.
    const byId = new Map(questionnaire.questions.map((question) => [question.id, question]));
    ids = new Set([...byId.values()].filter((question) => question.condition === undefined).map((question) => question.id));
    unconditional.set(questionnaire, ids);
  }
  return ids;
}

type Changes = Readonly<Record<string, AnswerDto | null>>;

/**
 * The answers to set and to clear, validated by the domain before the database is touched, or
 * undefined for the locked path: when validating needs the stored answers (an answer to a
 * question shown only under a condition on other answers), when the questionnaire is not known
 * yet, and when an answer is invalid (the locked path checks access first, so a stranger learns
 * nothing from a 422, then refuses with the same problems).
 */
function prepareChanges(questionnaireId: string | undefined, changes: Changes) {
  const questionnaire = questionnaireId === undefined ? undefined : getQuestionnaire(questionnaireId);
  if (!questionnaire) return undefined;
  const shownAlways = unconditionalOf(questionnaire);
  const set: Record<string, Answer> = {};
  const cleared: string[] = [];
  const setIds: string[] = [];
  for (const [questionId, value] of Object.entries(changes)) {
    if (value === null) {
      cleared.push(questionId);
      continue;
    }
    // An unknown question is refused either way; a conditional one needs the stored answers.
    if (!shownAlways.has(questionId) && questionnaire.questions.some((question) => question.id === questionId)) return undefined;
    set[questionId] = value;
    setIds.push(questionId);
  }
  // The questions are shown whatever else is answered, so the changed answers alone decide.
  const problems = setIds.length > 0 ? validateAnswers(questionnaire, set, { only: setIds }) : [];
  if (problems.length > 0) return undefined;
  return { questionnaire, set, cleared };
}

function invalidAnswers(problems: readonly AnswerProblem[]): InvalidAnswersError {
  const count = problems.length === 1 ? '1 answer is' : `${problems.length} answers are`;
  return new InvalidAnswersError('answers_invalid', `Nothing was saved: ${count} not valid. ${problems[0]!.message}`, problemDetails(problems));
}

function savedDto(questionnaire: ReturnType<typeof questionnaireOf>, responseId: string, changes: Changes, row: repo.SavedRow): AnswersSaved {
  const progress = responseProgress(questionnaire, row.answers);
  return {
    id: responseId,
    revision: row.revision,
    saved: { ...changes },
    progress: { ...progress, sections: progress.sections.map((s) => ({ ...s })) },
    updatedAt: iso(row.updated_at),
    unconfirmed: row.prefilled_question_ids,
  };
}

/** Roles that may answer anywhere in a workspace, and those that may answer on their teams only. */
const ANSWER_ROLES = {
  all: ROLES.filter((role) => grantOf(role, 'responses.answer') === 'all'),
  team: ROLES.filter((role) => grantOf(role, 'responses.answer') === 'team'),
};

/**
 * Merges the changed answers into the stored ones under the response's row lock (and a share
 * lock on the assessment, so it cannot close meanwhile). Two tabs saving different questions
 * serialise here and both answers stay. Saving values equal to the stored ones changes nothing,
 * not even the revision (idempotent). Invalid answers reject the whole save (422), naming each.
 */
async function writeAnswers(
  deps: Deps,
  ref: { workspaceId: string; responseId: string },
  changes: Readonly<Record<string, AnswerDto | null>>,
): Promise<AnswersSaved> {
  return deps.db.transaction(async (tx) => {
    const response = await repo.findResponse(tx, { ...ref, lock: true });
    if (!response) throw new NotFoundError(RESPONSE_NOT_FOUND.reason, RESPONSE_NOT_FOUND.message);
    const assessment = await assessmentsRepo.findAssessment(tx, { workspaceId: ref.workspaceId, assessmentId: response.assessmentId, lock: 'share' });
    if (!assessment) throw new NotFoundError(RESPONSE_NOT_FOUND.reason, RESPONSE_NOT_FOUND.message);
    if (assessment.status !== 'open') throw new ConflictError('assessment_not_open', `The assessment is ${assessment.status}, so answers cannot change.`);
    if (response.status === 'submitted') throw new ConflictError('response_submitted', 'This response was submitted; its answers can no longer change.');

    const questionnaire = questionnaireOf(assessment);
    pin(response.id, assessment.questionnaireId);
    pin(assessment.id, assessment.questionnaireId);
    const merged: Record<string, Answer> = { ...response.answers };
    const setIds: string[] = [];
    let changed = false;
    for (const [questionId, value] of Object.entries(changes)) {
      // Own properties only: `answers.toString` is Object.prototype's, not an answer.
      const stored = Object.hasOwn(response.answers, questionId) ? response.answers[questionId] : undefined;
      if (!sameJson(stored, value ?? undefined)) changed = true;
      if (value === null) delete merged[questionId];
      else {
        merged[questionId] = value;
        setIds.push(questionId);
      }
    }
    const problems = setIds.length > 0 ? validateAnswers(questionnaire, merged, { only: setIds }) : [];
    if (problems.length > 0) throw invalidAnswers(problems);
    // Saving a question, whatever its value, is the person's answer to it: its prefill mark goes.
    const marks = confirmQuestions(response.prefilledQuestionIds, Object.keys(changes));
    if (marks.length !== response.prefilledQuestionIds.length) changed = true;
    const now = new Date();
    const revision = changed ? response.revision + 1 : response.revision;
    if (changed) await repo.updateAnswers(tx, { ...ref, answers: merged, prefilledQuestionIds: marks, revision, at: now });
    const progress = responseProgress(questionnaire, merged);
    return {
      id: response.id,
      revision,
      saved: { ...changes },
      progress: { ...progress, sections: progress.sections.map((s) => ({ ...s })) },
      updatedAt: iso(changed ? now : response.updatedAt),
      unconfirmed: marks,
    };
  });
}

/**
 * Submits a complete response: every shown required question answered and every answer valid
 * (422 naming each question otherwise), then scores it with `scoreResponse` and stores the
 * individual result with the engine version.
 */
async function submit(deps: Deps, ref: { workspaceId: string; responseId: string }): Promise<ResponseSubmitted> {
  return deps.db.transaction(async (tx) => {
    const response = await repo.findResponse(tx, { ...ref, lock: true });
    if (!response) throw new NotFoundError(RESPONSE_NOT_FOUND.reason, RESPONSE_NOT_FOUND.message);
    const assessment = await assessmentsRepo.findAssessment(tx, { workspaceId: ref.workspaceId, assessmentId: response.assessmentId, lock: 'share' });
    if (!assessment) throw new NotFoundError(RESPONSE_NOT_FOUND.reason, RESPONSE_NOT_FOUND.message);
    if (assessment.status !== 'open') throw new ConflictError('assessment_not_open', `The assessment is ${assessment.status}; responses can be submitted only while it is open.`);
    if (response.status === 'submitted') throw new ConflictError('response_submitted', 'This response was already submitted.');

    const questionnaire = questionnaireOf(assessment);
    const problems = validateAnswers(questionnaire, response.answers, { complete: true });
    if (problems.length > 0) {
      const missing = problems.filter((p) => p.code === 'required').length;
      throw new ResponseIncompleteError(
        'answers_missing',
        missing === problems.length
          ? `${missing} required question${missing === 1 ? ' is' : 's are'} not answered yet.`
          : `${problems.length} question${problems.length === 1 ? ' needs' : 's need'} attention before submitting.`,
        problemDetails(problems),
      );
    }
    const unconfirmed = unconfirmedAnswers(questionnaire, response.answers, response.prefilledQuestionIds);
    if (unconfirmed.length > 0) {
      const count = unconfirmed.length === 1 ? '1 answer' : `${unconfirmed.length} answers`;
      throw new ResponseIncompleteError(
        'answers_unconfirmed',
        `${count} carried over from your previous response ${unconfirmed.length === 1 ? 'is' : 'are'} not confirmed yet: confirm or change ${unconfirmed.length === 1 ? 'it' : 'them'} before submitting.`,
        unconfirmed.map((questionId) => ({ questionId, code: 'unconfirmed', message: 'Prefilled from your previous response: confirm it or change it.' })),
      );
    }
    // Answers to questions hidden by later changes are kept in the response but never scored.
    const result = scoreResponse(questionnaire, pruneHiddenAnswers(questionnaire, response.answers));
    const now = new Date();
    await resultsRepo.insertResponseResult(tx, { workspaceId: ref.workspaceId, assessmentId: response.assessmentId, responseId: response.id, result, computedAt: now });
    await repo.markSubmitted(tx, { ...ref, at: now });
    const submitted = { ...response, status: 'submitted', submittedAt: now, updatedAt: now };
    return {
      response: toResponse(submitted, assessment.questionnaireId),
      result: {
        responseId: response.id,
        assessmentId: response.assessmentId,
        engineVersion: result.engineVersion,
        questionnaireId: result.questionnaireId,
        computedAt: iso(now),
        result: resultDto(result),
      },
    };
  });
}

async function individualResult(deps: Deps, ref: { workspaceId: string; responseId: string }): Promise<IndividualResult> {
  const row = await resultsRepo.findResponseResult(deps.db, ref);
  if (!row) throw new NotFoundError('response_result_pending', RESULT_NOT_FOUND);
  return { ...row, computedAt: iso(row.computedAt), result: row.result };
}

// ---------------------------------------------------------------------------------------------
// Signed-in respondents.

type ResponseParams = { workspaceId: string; assessmentId: string; responseId: string; userId: string; tokenVersion: number };

/**
 * A response of this assessment the caller may read: their own, or anyone's for roles with
 * `responses.readAll`. Others read as not found. `write` also requires it to be their own and
 * their role to still allow answering.
 */
async function requireResponse(deps: Deps, params: ResponseParams, mode: 'read' | 'write'): Promise<{ access: Access; row: repo.ResponseRow; questionnaireId: string }> {
  const { access, assessment } = await requireAssessment(deps, params);
  const row = await repo.findResponse(deps.db, params);
  if (!row || row.assessmentId !== params.assessmentId) throw new NotFoundError(RESPONSE_NOT_FOUND.reason, RESPONSE_NOT_FOUND.message);
  pin(assessment.id, assessment.questionnaireId);
  const own = row.userId === params.userId;
  // Another person's answers: only on an attributed assessment (k = 1), and only for the roles
  // that run assessments. With k ≥ 2 nobody's, whatever the role.
  const othersReadable = anonymityOf(assessment.anonymityThreshold).attributed && can(access, 'responses.readAll');
  if (!own && !othersReadable) throw new NotFoundError(RESPONSE_NOT_FOUND.reason, RESPONSE_NOT_FOUND.message);
  if (mode === 'write') {
    if (!own) throw new ForbiddenError('respondent_only', 'Only the respondent can change or submit their response.');
    authorize(access, 'responses.answer', { teamId: assessment.teamId, notFound: RESPONSE_NOT_FOUND });
  }
  return { access, row, questionnaireId: assessment.questionnaireId };
}

/**
 * The caller's previous submitted response in this team carried into this assessment's
 * questionnaire (`prefillAnswers`); undefined when there is none, the versions are not mapped,
 * or nothing carries over.
 */
async function previousAnswers(
  deps: Deps,
  params: { workspaceId: string; assessmentId: string; teamId: string; userId: string; questionnaireId: string },
): Promise<{ fromResponseId: string; answers: Record<string, Answer>; questionIds: readonly string[] } | undefined> {
  const previous = await repo.findPreviousSubmittedResponse(deps.db, params);
  const from = previous ? getQuestionnaire(previous.questionnaireId) : undefined;
  if (!previous || !from) return undefined;
  const prefill = prefillAnswers(from, questionnaireOf(params), previous.answers);
  if (!prefill || prefill.prefilled.length === 0) return undefined;
  return { fromResponseId: previous.id, answers: { ...prefill.answers }, questionIds: prefill.prefilled };
}

/**
 * Starts the caller's response to an open assessment, or returns the one they have (idempotent).
 * On an assessment created with prefill, a new response starts from their previous submitted one.
 */
export async function startMyResponse(
  deps: Deps,
  params: { workspaceId: string; assessmentId: string; userId: string; tokenVersion: number },
): Promise<{ created: boolean; response: Response }> {
  const { access, assessment } = await requireAssessment(deps, params);
  authorize(access, 'responses.answer', { teamId: assessment.teamId, notFound: ASSESSMENT_NOT_FOUND });
  let created = false;
  let responseId = await repo.findUserResponseId(deps.db, params);
  if (!responseId) {
    if (assessment.status !== 'open') throw new ConflictError('assessment_not_open', `The assessment is ${assessment.status}; responses can be started only while it is open.`);
    const prefill = assessment.prefill ? await previousAnswers(deps, { ...params, teamId: assessment.teamId, questionnaireId: assessment.questionnaireId }) : undefined;
    responseId = await repo.insertUserResponse(deps.db, { workspaceId: params.workspaceId, assessmentId: params.assessmentId, userId: params.userId, prefill });
    created = responseId !== undefined;
    // Lost a race with the same user's other tab: theirs is the response.
    responseId ??= await repo.findUserResponseId(deps.db, params);
  }
  const row = responseId ? await repo.findResponse(deps.db, { workspaceId: params.workspaceId, responseId }) : undefined;
  if (!row) throw new NotFoundError(RESPONSE_NOT_FOUND.reason, RESPONSE_NOT_FOUND.message);
  return { created, response: toResponse(row, assessment.questionnaireId) };
}

export async function listResponses(
  deps: Deps,
  params: { workspaceId: string; assessmentId: string; userId: string; tokenVersion: number; cursor?: string | undefined; limit: number },
): Promise<Page<ResponseSummary>> {
  const { access, assessment } = await requireAssessment(deps, params);
  authorize(access, 'responses.readAll');
  const { rows, total } = await repo.listResponses(deps.db, { workspaceId: params.workspaceId, assessmentId: params.assessmentId, cursor: params.cursor, limit: params.limit + 1 });
  return pageOf(repo.RESPONSES_KEYSET, rows, params.limit, total, (row) => toSummary(row, assessment.questionnaireId));
}

/**
 * The checks of `requireResponse` (read), in the same order and with the same refusals, on the row
 * of one statement (`repo.readResponseWithAccess` / `readResultWithAccess`): the caller's token and
 * membership, the assessment and their access to its team, the response of that assessment, and
 * whether it is theirs or readable by their role on an attributed assessment.
 */
function checkRead(row: repo.ResponseReadRow | undefined, params: ResponseParams): { questionnaireId: string } {
  requireCurrentToken(row?.token_version, params);
  if (!row?.role) throw new NotFoundError('workspace_not_found', WORKSPACE_NOT_FOUND);
  const access: Access = { workspaceId: params.workspaceId, userId: params.userId, role: row.role as Role, teamIds: row.team_ids };
  if (row.assessment_id === null || row.team_id === null || row.questionnaire_id === null || row.anonymity_threshold === null) {
    throw new NotFoundError(ASSESSMENT_NOT_FOUND.reason, ASSESSMENT_NOT_FOUND.message);
  }
  authorize(access, 'teams.read', { teamId: row.team_id, notFound: ASSESSMENT_NOT_FOUND });
  if (row.response_id === null || row.response_assessment_id !== params.assessmentId) throw new NotFoundError(RESPONSE_NOT_FOUND.reason, RESPONSE_NOT_FOUND.message);
  pin(row.assessment_id, row.questionnaire_id);
  const own = row.user_id === params.userId;
  const othersReadable = anonymityOf(row.anonymity_threshold).attributed && can(access, 'responses.readAll');
  if (!own && !othersReadable) throw new NotFoundError(RESPONSE_NOT_FOUND.reason, RESPONSE_NOT_FOUND.message);
  return { questionnaireId: row.questionnaire_id };
}

/** One statement: the checks and the response (see checkRead). */
export async function getResponse(deps: Deps, params: ResponseParams): Promise<Response> {
  const row = await repo.readResponseWithAccess(deps.database, params);
  const { questionnaireId } = checkRead(row, params);
  const response: repo.ResponseRow = {
    id: row!.response_id!,
    workspaceId: params.workspaceId,
    assessmentId: row!.response_assessment_id!,
    userId: row!.user_id,
    userName: row!.user_name,
    guestName: row!.guest_name,
    status: row!.status!,
    answers: row!.answers!,
    revision: row!.revision!,
    createdAt: row!.created_at!,
    updatedAt: row!.updated_at!,
    submittedAt: row!.submitted_at,
    prefilledFromResponseId: row!.prefilled_from_response_id,
    prefilledQuestionIds: row!.prefilled_question_ids ?? [],
  };
  return toResponse(response, questionnaireId);
}

/**
 * One statement when it can (every check and the merge at once, see saveMyAnswersStatement);
 * when it returns nothing, or the answers need the stored ones to be validated, the checks run
 * one by one and the save takes the locked path, which says exactly why a save is refused.
 */
export async function saveMyAnswers(deps: Deps, params: ResponseParams & { answers: Changes }): Promise<AnswersSaved> {
  const prepared = prepareChanges(pinned.get(params.assessmentId), params.answers);
  if (prepared) {
    const row = await repo.saveMyAnswersStatement(deps.database, {
      set: prepared.set,
      cleared: prepared.cleared,
      questionnaireId: prepared.questionnaire.id,
      workspaceId: params.workspaceId,
      assessmentId: params.assessmentId,
      responseId: params.responseId,
      userId: params.userId,
      tokenVersion: params.tokenVersion,
      allRoles: ANSWER_ROLES.all,
      teamRoles: ANSWER_ROLES.team,
    });
    if (row) return savedDto(prepared.questionnaire, params.responseId, params.answers, row);
  }
  await requireResponse(deps, params, 'write');
  return writeAnswers(deps, params, params.answers);
}

export async function submitMyResponse(deps: Deps, params: ResponseParams): Promise<ResponseSubmitted> {
  await requireResponse(deps, params, 'write');
  return submit(deps, params);
}

/**
 * Keeps prefilled answers as they are: every question of a section (one call), or the questions
 * named. Their marks go; the answers do not change. Only the respondent, while the response is
 * in progress and the assessment open.
 */
export async function confirmMyAnswers(
  deps: Deps,
  params: ResponseParams & { sectionId?: SectionId | undefined; questionIds?: readonly string[] | undefined },
): Promise<AnswersConfirmed> {
  await requireResponse(deps, params, 'write');
  return deps.db.transaction(async (tx) => {
    const response = await repo.findResponse(tx, { workspaceId: params.workspaceId, responseId: params.responseId, lock: true });
    if (!response) throw new NotFoundError(RESPONSE_NOT_FOUND.reason, RESPONSE_NOT_FOUND.message);
    const assessment = await assessmentsRepo.findAssessment(tx, { workspaceId: params.workspaceId, assessmentId: response.assessmentId, lock: 'share' });
    if (!assessment) throw new NotFoundError(RESPONSE_NOT_FOUND.reason, RESPONSE_NOT_FOUND.message);
    if (assessment.status !== 'open') throw new ConflictError('assessment_not_open', `The assessment is ${assessment.status}, so answers cannot be confirmed.`);
    if (response.status === 'submitted') throw new ConflictError('response_submitted', 'This response was submitted; there is nothing left to confirm.');
    const questionnaire = questionnaireOf(assessment);
    let ids: readonly string[];
    if (params.sectionId !== undefined) ids = sectionQuestionIds(questionnaire, params.sectionId);
    else {
      ids = params.questionIds ?? [];
      const known = new Set(questionnaire.questions.map((question) => question.id));
      const unknown = ids.filter((id) => !known.has(id));
      if (unknown.length > 0) {
        throw new InvalidAnswersError(
          'answers_invalid',
          `Nothing was confirmed: ${unknown.length === 1 ? 'this question is' : 'these questions are'} not in ${questionnaire.id}: ${unknown.join(', ')}.`,
          unknown.map((questionId) => ({ questionId, code: 'unknown_question', message: `There is no question ${questionId} in ${questionnaire.id}.` })),
        );
      }
    }
    const marks = confirmQuestions(response.prefilledQuestionIds, ids);
    if (marks.length === response.prefilledQuestionIds.length) {
      return { id: response.id, revision: response.revision, unconfirmed: marks, updatedAt: iso(response.updatedAt) };
    }
    const now = new Date();
    const revision = response.revision + 1;
    await repo.updatePrefilledMarks(tx, { workspaceId: params.workspaceId, responseId: response.id, prefilledQuestionIds: marks, revision, at: now });
    return { id: response.id, revision, unconfirmed: marks, updatedAt: iso(now) };
  });
}

/** One statement: the checks and the stored result (see checkRead). */
export async function getMyResult(deps: Deps, params: ResponseParams): Promise<IndividualResult> {
  const row = await repo.readResultWithAccess(deps.database, params);
  checkRead(row, params);
  if (row!.result_response_id === null) throw new NotFoundError('response_result_pending', RESULT_NOT_FOUND);
  return {
    responseId: row!.result_response_id,
    assessmentId: row!.response_assessment_id!,
    engineVersion: row!.engine_version!,
    questionnaireId: row!.result_questionnaire_id!,
    computedAt: iso(row!.computed_at!),
    result: row!.result!,
  };
}

// ---------------------------------------------------------------------------------------------
// Respondent links (assessors) and guests.

type LinkRow = Awaited<ReturnType<typeof repo.listRespondentLinks>>[number];

function toLink(row: LinkRow): RespondentLink {
  return {
    id: row.id,
    assessmentId: row.assessmentId,
    kind: row.kind as RespondentLink['kind'],
    label: row.label,
    createdAt: iso(row.createdAt),
    expiresAt: isoOrNull(row.expiresAt),
    revokedAt: isoOrNull(row.revokedAt),
    replacedById: row.replacedById,
    responses: row.responses,
  };
}

/**
 * The access key of a personal link's response: derived from the link's token, so whoever holds
 * the link resumes the one response from any device, and a reissued link (a new token) gives a
 * new key while the old one stops working. The token's 256 random bits make it unguessable.
 */
function personalAccessKey(token: string): string {
  return createHash('sha256').update(`assay-personal-response-key:${token}`, 'utf8').digest('base64url');
}



export async function createRespondentLink(
  deps: Deps,
  params: {
    workspaceId: string;
    assessmentId: string;
    userId: string;
    tokenVersion: number;
    ip: string;
    kind?: RespondentLinkKind | undefined;
    label?: string | undefined;
    expiresInDays?: number | undefined;
  },
): Promise<RespondentLinkCreated> {
  const { access, assessment } = await requireAssessment(deps, params);
  authorize(access, 'assessments.run');
  if (assessment.status === 'closed') throw new ConflictError('assessment_closed', 'The assessment is closed; reopen it before inviting more respondents.');
  const kind = params.kind ?? 'shared';
  // The contract refuses it first; this keeps a caller of the service from storing a nameless personal link.
  if (kind === 'personal' && params.label === undefined) throw new Error('A personal link needs a label.');
  const token = newToken();
  // The link and its audit record commit together: no working link the trail does not show.
  const linkId = await deps.db.transaction(async (tx) => {
    const id = await repo.insertRespondentLink(tx, {
      workspaceId: params.workspaceId,
      assessmentId: params.assessmentId,
      kind,
      label: params.label ?? null,
      tokenHash: hashToken(token),
      createdBy: params.userId,
      expiresAt: params.expiresInDays ? addDays(new Date(), params.expiresInDays) : null,
    });
    await insertAuditEvent(tx, {
      workspaceId: params.workspaceId,
      actorUserId: params.userId,
      action: 'respondent_link.created',
      target: { type: 'respondent_link', id },
      details: { assessmentId: params.assessmentId, kind, expiresInDays: params.expiresInDays ?? null },
      ip: params.ip,
    });
    return id;
  });
  return { link: await linkById(deps, { ...params, linkId }), token };
}

async function linkById(deps: Deps, params: { workspaceId: string; assessmentId: string; linkId: string }): Promise<RespondentLink> {
  const [row] = await repo.listRespondentLinks(deps.db, { workspaceId: params.workspaceId, assessmentId: params.assessmentId, linkId: params.linkId, limit: 1 });
  return toLink(row!);
}

/**
 * A reminder for a personal link: a new token (shown once, here), the old link revoked and
 * pointing at the new one, and the response already started moved to the new link with the new
 * token's key; one transaction with its audit record. Only the newest link of a person is reissued.
 */
export async function reissueRespondentLink(
  deps: Deps,
  params: { workspaceId: string; assessmentId: string; linkId: string; userId: string; tokenVersion: number; ip: string; expiresInDays?: number | undefined },
): Promise<RespondentLinkCreated> {
  const { access, assessment } = await requireAssessment(deps, params);
  authorize(access, 'assessments.run');
  if (assessment.status === 'closed') throw new ConflictError('assessment_closed', 'The assessment is closed; reopen it before reissuing links.');
  const token = newToken();
  const linkId = await deps.db.transaction(async (tx) => {
    const old = await repo.lockRespondentLink(tx, params);
    if (!old) throw new NotFoundError('respondent_link_not_found', 'Respondent link not found.');
    if (old.kind !== 'personal') {
      throw new ConflictError('link_not_personal', 'Only a personal link can be reissued; to replace a shared link, revoke it and create a new one.');
    }
    if (old.replacedById) throw new ConflictError('link_superseded', 'This personal link was already reissued; reissue its newest link (the one the roster shows).');
    const now = new Date();
    const id = await repo.insertRespondentLink(tx, {
      workspaceId: params.workspaceId,
      assessmentId: params.assessmentId,
      kind: 'personal',
      label: old.label,
      tokenHash: hashToken(token),
      createdBy: params.userId,
      expiresAt: params.expiresInDays ? addDays(now, params.expiresInDays) : null,
    });
    await repo.markRespondentLinkReplaced(tx, { workspaceId: params.workspaceId, linkId: old.id, replacedById: id, at: now });
    const moved = await repo.moveLinkResponses(tx, {
      workspaceId: params.workspaceId,
      fromLinkId: old.id,
      toLinkId: id,
      accessKeyHash: hashToken(personalAccessKey(token)),
    });
    await insertAuditEvent(tx, {
      workspaceId: params.workspaceId,
      actorUserId: params.userId,
      action: 'respondent_link.reissued',
      target: { type: 'respondent_link', id },
      details: { assessmentId: params.assessmentId, replacesLinkId: old.id, responseKept: moved > 0, expiresInDays: params.expiresInDays ?? null },
      ip: params.ip,
    });
    return id;
  });
  return { link: await linkById(deps, { ...params, linkId }), token };
}

function toRosterEntry(row: repo.RosterRow): RosterEntry {
  const time = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());
  const status: RosterStatus = row.response_status === 'submitted' ? 'submitted' : row.response_status === 'in_progress' ? 'started' : 'not_started';
  return {
    kind: row.kind,
    id: row.id,
    name: row.name,
    status: row.kind === 'shared' ? null : status,
    lastActivityAt: time(row.last_activity),
    counts: row.kind === 'shared' ? { started: Number(row.started ?? 0), submitted: Number(row.submitted ?? 0) } : null,
    link: row.kind === 'member' ? null : { createdAt: time(row.link_created_at)!, expiresAt: time(row.expires_at), revokedAt: time(row.revoked_at) },
  };
}

/**
 * Who has answered, for those who run the assessment: statuses and times, never answers, so it
 * holds whatever the anonymity threshold (k ≥ 2 hides answers, not who took part).
 */
export async function listRoster(
  deps: Deps,
  params: { workspaceId: string; assessmentId: string; userId: string; tokenVersion: number; cursor?: string | undefined; limit: number },
): Promise<Page<RosterEntry>> {
  const { access, assessment } = await requireAssessment(deps, params);
  authorize(access, 'assessments.run');
  const scope = { workspaceId: params.workspaceId, assessmentId: params.assessmentId, teamId: assessment.teamId };
  const rows = await repo.listRoster(deps.db, { ...scope, cursor: params.cursor, limit: params.limit + 1 });
  return pageOf(repo.ROSTER_KEYSET, rows, params.limit, await repo.countRoster(deps.db, scope), toRosterEntry);
}

export async function listRespondentLinks(
  deps: Deps,
  params: { workspaceId: string; assessmentId: string; userId: string; tokenVersion: number; cursor?: string | undefined; limit: number },
): Promise<Page<RespondentLink>> {
  const { access } = await requireAssessment(deps, params);
  authorize(access, 'assessments.run');
  const scope = { workspaceId: params.workspaceId, assessmentId: params.assessmentId };
  const rows = await repo.listRespondentLinks(deps.db, { ...scope, cursor: params.cursor, limit: params.limit + 1 });
  return pageOf(repo.LINKS_KEYSET, rows, params.limit, await repo.countRespondentLinks(deps.db, scope), toLink);
}

export async function revokeRespondentLink(
  deps: Deps,
  params: { workspaceId: string; assessmentId: string; linkId: string; userId: string; tokenVersion: number; ip: string },
): Promise<void> {
  const { access } = await requireAssessment(deps, params);
  authorize(access, 'assessments.run');
  await deps.db.transaction(async (tx) => {
    if (!(await repo.revokeRespondentLink(tx, { ...params, at: new Date() }))) throw new NotFoundError('respondent_link_not_found', 'Respondent link not found.');
    await insertAuditEvent(tx, {
      workspaceId: params.workspaceId,
      actorUserId: params.userId,
      action: 'respondent_link.revoked',
      target: { type: 'respondent_link', id: params.linkId },
      details: { assessmentId: params.assessmentId },
      ip: params.ip,
    });
  });
}

function toGuestAssessment(row: NonNullable<Awaited<ReturnType<typeof repo.findGuestAssessment>>>): GuestAssessment {
  const { anonymityThreshold, ...rest } = row;
  return { ...rest, status: rest.status as GuestAssessment['status'], anonymity: anonymityOf(anonymityThreshold) };
}

const LINK_REPLACED = 'This personal link was replaced by a newer one: open the latest link you were sent (your answers so far are kept there), or ask the assessor for one.';

async function usableLink(deps: Deps, token: string) {
  const link = await repo.findRespondentLinkByTokenHash(deps.db, { tokenHash: hashToken(token) });
  if (link?.replacedById) throw new NotFoundError('link_replaced', LINK_REPLACED);
  if (!link || link.revokedAt || (link.expiresAt && link.expiresAt <= new Date())) throw new NotFoundError('link_unusable', LINK_UNUSABLE);
  const assessment = await repo.findGuestAssessment(deps.db, link);
  if (!assessment) throw new NotFoundError('link_unusable', LINK_UNUSABLE);
  return { link, assessment: toGuestAssessment(assessment) };
}

/** What a respondent link leads to, whatever the assessment's status (the page can say "not open yet"). */
export async function lookupRespondentLink(deps: Deps, params: { token: string }): Promise<GuestAssessment> {
  return (await usableLink(deps, params.token)).assessment;
}

/**
 * Starts a guest response through a respondent link; no account. The access key is returned
 * once (stored hashed) and proves ownership of the response from then on.
 */
export async function startGuestResponse(deps: Deps, params: { token: string; name?: string | undefined }): Promise<GuestResponseStarted> {
  const { link, assessment } = await usableLink(deps, params.token);
  if (assessment.status !== 'open') throw new ConflictError('assessment_not_open', `The assessment is ${assessment.status}; responses can be started only while it is open.`);
  const insert = (db: typeof deps.db, accessKey: string) =>
    repo.insertGuestResponse(db, {
      workspaceId: link.workspaceId,
      assessmentId: link.assessmentId,
      respondentLinkId: link.id,
      guestName: params.name ?? null,
      accessKeyHash: hashToken(accessKey),
    });
  let accessKey: string;
  let started: { responseId: string; resumed: boolean };
  if (link.kind === 'personal') {
    // One response per personal link: the link's row lock makes two starts at once find the same one.
    accessKey = personalAccessKey(params.token);
    started = await deps.db.transaction(async (tx) => {
      const locked = await repo.lockRespondentLink(tx, { workspaceId: link.workspaceId, assessmentId: link.assessmentId, linkId: link.id });
      if (!locked || locked.replacedById) throw new NotFoundError('link_replaced', LINK_REPLACED);
      if (locked.revokedAt) throw new NotFoundError('link_unusable', LINK_UNUSABLE);
      const existing = await repo.findLinkResponseId(tx, { workspaceId: link.workspaceId, linkId: link.id });
      return existing ? { responseId: existing, resumed: true } : { responseId: await insert(tx, accessKey), resumed: false };
    });
  } else {
    accessKey = newToken();
    started = { responseId: await insert(deps.db, accessKey), resumed: false };
  }
  const row = await repo.findResponse(deps.db, { workspaceId: link.workspaceId, responseId: started.responseId });
  return { response: toResponse(row!, assessment.questionnaireId), assessment, accessKey, resumed: started.resumed };
}

/**
 * The guest's response for a matching id and key; a wrong key reads as not found. `write`: the
 * link it came through must not be revoked, since revoking is how an assessor stops a leaked
 * link, and keys handed out before that must not keep feeding the team result.
 */
async function requireGuestResponse(deps: Deps, params: { responseId: string; accessKey: string }, mode: 'read' | 'write' = 'read') {
  const found = await repo.findGuestResponse(deps.db, { responseId: params.responseId, accessKeyHash: hashToken(params.accessKey) });
  if (!found) throw new NotFoundError(RESPONSE_NOT_FOUND.reason, RESPONSE_NOT_FOUND.message);
  if (mode === 'write' && found.linkRevokedAt) {
    throw new ConflictError('link_revoked', 'The respondent link of this response was revoked, so it can no longer change or be submitted; ask the assessor for a new link.');
  }
  return { workspaceId: found.workspaceId, responseId: params.responseId, assessmentId: found.assessmentId };
}

export async function getGuestResponse(deps: Deps, params: { responseId: string; accessKey: string }): Promise<GuestResponse> {
  const ref = await requireGuestResponse(deps, params);
  const assessment = await repo.findGuestAssessment(deps.db, ref);
  const row = await repo.findResponse(deps.db, ref);
  if (!assessment || !row) throw new NotFoundError(RESPONSE_NOT_FOUND.reason, RESPONSE_NOT_FOUND.message);
  pin(row.id, assessment.questionnaireId);
  return { response: toResponse(row, assessment.questionnaireId), assessment: toGuestAssessment(assessment) };
}

/** As saveMyAnswers: one statement when it can, else the checks one by one and the locked path. */
export async function saveGuestAnswers(deps: Deps, params: { responseId: string; accessKey: string; answers: Changes }): Promise<AnswersSaved> {
  const prepared = prepareChanges(pinned.get(params.responseId), params.answers);
  if (prepared) {
    const row = await repo.saveGuestAnswersStatement(deps.database, {
      set: prepared.set,
      cleared: prepared.cleared,
      questionnaireId: prepared.questionnaire.id,
      responseId: params.responseId,
      accessKeyHash: hashToken(params.accessKey),
    });
    if (row) return savedDto(prepared.questionnaire, params.responseId, params.answers, row);
  }
  return writeAnswers(deps, await requireGuestResponse(deps, params, 'write'), params.answers);
}

export async function submitGuestResponse(deps: Deps, params: { responseId: string; accessKey: string }): Promise<ResponseSubmitted> {
  return submit(deps, await requireGuestResponse(deps, params, 'write'));
}

export async function getGuestResult(deps: Deps, params: { responseId: string; accessKey: string }): Promise<IndividualResult> {
  return individualResult(deps, await requireGuestResponse(deps, params));
}

