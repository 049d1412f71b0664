import type { ReactNode } from 'react';
import { describeError, describeFieldProblem, type ErrorText } from '../lib/api-errors.ts';
import { ApiError, type FieldProblem } from '../lib/http.ts';
import { useI18n } from '../lib/i18n/i18n.tsx';

/** An error in words, in the reader's language (see lib/api-errors.ts). */
export function useErrorText(): (error: unknown) => ErrorText {
  const { t } = useI18n();
  return (error) => describeError(error, t);
}

/**
 * `lead` says which action failed when a page has several (e.g. "Could not change Ana's role.").
 * `describeProblem` words one problem of `details` where the caller knows more than the field
 * (the questionnaire names questions by number and prompt); by default a field's schema check.
 */
export function ErrorAlert({ error, lead, describeProblem }: {
  error: unknown;
  lead?: string | undefined;
  describeProblem?: (problem: FieldProblem) => string;
}): ReactNode {
  const { t } = useI18n();
  const { title, detail, reference } = describeError(error, t);
  const problems = error instanceof ApiError ? error.problems : [];
  const wordProblem = describeProblem ?? ((problem: FieldProblem) => describeFieldProblem(problem, t));
  return (
    <div className="alert error" role="alert">
      {lead && <div>{lead}</div>}
      <strong>{title}</strong>
      {detail && <div>{detail}</div>}
      {problems.length > 0 && (
        <ul>
          {problems.map((problem, index) => (
            <li key={`${problem.field}:${problem.code}:${index}`}>
              {problem.field && !describeProblem ? `${problem.field.replace(/^body\./, '')}: ` : ''}
              {wordProblem(problem)}
            </li>
          ))}
        </ul>
      )}
      {reference && <div className="small">({reference})</div>}
    </div>
  );
}

export function Loading(): ReactNode {
  const { t } = useI18n();
  return (
    <p className="muted" role="status">
      {t('common.loading')}
    </p>
  );
}
