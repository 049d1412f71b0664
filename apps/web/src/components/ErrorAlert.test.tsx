import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { z } from 'zod';
import { json, mockFetch, renderWithProviders } from '../test/render.tsx';
import { ApiError, NetworkError, http } from '../lib/http.ts';
import { ErrorAlert } from './ErrorAlert.tsx';

/** The ApiError the http client makes of one API answer. */
async function failureOf(method: 'get' | 'post' | 'patch', path: string, status: number, envelope: unknown): Promise<unknown> {
  mockFetch(() => json(status, envelope));
  return http[method](path, { schema: z.unknown(), body: method === 'get' ? undefined : {} }).catch((error: unknown) => error);
}

const alertText = (): string => screen.getByRole('alert').textContent ?? '';

describe('ErrorAlert', () => {
  it('falls back to the API’s own message for a code this page does not know', async () => {
    const error = await failureOf('post', '/workspaces', 418, {
      error: { code: 'quota_exceeded', message: 'This workspace has reached its plan’s limit of 3 teams.' },
      requestId: 'req-q',
    });
    renderWithProviders(<ErrorAlert error={error} />, { locale: 'pt-BR' });
    expect(alertText()).toContain('Algo deu errado.');
    expect(alertText()).toContain('This workspace has reached its plan’s limit of 3 teams.');
  });

  it('never shows the English message of a code it knows, and words the reason the API gives', async () => {
    const error = await failureOf('post', '/auth/sign-in', 401, {
      error: { code: 'unauthorized', reason: 'wrong_credentials', message: 'The email or password is wrong.' },
      requestId: 'req-s',
    });
    renderWithProviders(<ErrorAlert error={error} />, { locale: 'pt-BR' });
    expect(alertText()).toContain('O e-mail ou a senha estão errados.');
    expect(alertText()).not.toContain('wrong');
    // The reason says it all: not under "sign in again", which would contradict the form.
    expect(alertText()).toBe('O e-mail ou a senha estão errados.');
  });

  it('gives a reason under its code’s title, in the reader’s language, whatever the route', async () => {
    const error = await failureOf('patch', '/workspaces/w/members/u', 409, {
      error: { code: 'conflict', reason: 'last_owner', message: 'This is the last owner; make someone else owner first.' },
      requestId: 'req-o',
    });
    renderWithProviders(<ErrorAlert error={error} />, { locale: 'pt-BR' });
    expect(alertText()).toBe(
      'Isto não pode ser feito na situação atual.' + 'Um espaço de trabalho sempre mantém pelo menos um proprietário: torne outra pessoa proprietária primeiro.',
    );
    // The same code on another route with another reason reads differently: the reason decides, not the route.
    const other = new ApiError(409, 'conflict', 'This response was submitted.', [], 'req-r', 'PATCH /workspaces/w/members/u', 'response_submitted');
    renderWithProviders(<ErrorAlert error={other} />, { locale: 'pt-BR' });
    expect(screen.getAllByRole('alert')[1]?.textContent).toContain('Esta resposta foi enviada; as respostas não podem mais mudar.');
  });

  it('keeps the title of a known code and the API’s words for a reason this page does not know', async () => {
    const error = await failureOf('post', '/workspaces/w/teams', 409, {
      error: { code: 'conflict', reason: 'team_limit_reached', message: 'This workspace already has 50 teams.' },
      requestId: 'req-n',
    });
    renderWithProviders(<ErrorAlert error={error} />, { locale: 'pt-BR' });
    expect(alertText()).toBe('Isto não pode ser feito na situação atual.' + 'This workspace already has 50 teams.');
  });

  it('words a known code alone when the API gives no reason', () => {
    const error = new ApiError(409, 'conflict', 'Something English.', [], 'req-c', 'POST /workspaces');
    renderWithProviders(<ErrorAlert error={error} />, { locale: 'pt-BR' });
    expect(alertText()).toBe('Isto não pode ser feito na situação atual.');
  });

  it('always shows the request id of a server failure, so support can find it', async () => {
    const error = await failureOf('get', '/workspaces', 500, {
      error: { code: 'internal_error', message: 'Something went wrong on our side.' },
      requestId: 'req-500-abc',
    });
    renderWithProviders(<ErrorAlert error={error} />, { locale: 'pt-BR' });
    expect(alertText()).toContain('O servidor teve um problema.');
    expect(alertText()).toContain('referência req-500-abc');
    expect(alertText()).not.toContain('our side');
  });

  it('keeps the request id of a 4xx out of the way', () => {
    renderWithProviders(<ErrorAlert error={new ApiError(404, 'not_found', 'Team not found.', [], 'req-404', 'GET /workspaces/w/teams/t')} />);
    expect(alertText()).toBe('Not found, or you do not have access to it.');
  });

  it('words each field of a rejected request by its schema check', async () => {
    const error = await failureOf('post', '/auth/sign-up', 400, {
      error: {
        code: 'validation_failed',
        message: 'The request body is invalid: body.password: Too small: expected string to have >=10 characters',
        details: [{ field: 'body.password', code: 'too_small', message: 'Too small: expected string to have >=10 characters' }],
      },
      requestId: 'req-v',
    });
    renderWithProviders(<ErrorAlert error={error} />, { locale: 'pt-BR' });
    expect(alertText()).toContain('Alguns campos não são válidos.');
    expect(screen.getByRole('listitem').textContent).toBe('password: Curto demais, ou abaixo do mínimo.');
  });

  it('says when the server cannot be reached', () => {
    renderWithProviders(<ErrorAlert error={new NetworkError()} />, { locale: 'pt-BR' });
    expect(alertText()).toContain('Não foi possível contatar o servidor.');
  });
});
