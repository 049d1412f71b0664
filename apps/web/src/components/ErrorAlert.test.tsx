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

  it('never shows the English message of a code it knows, and gives the reason its route means', async () => {
    const error = await failureOf('post', '/auth/sign-in', 401, {
      error: { code: 'unauthorized', message: 'The email or password is wrong.' },
      requestId: 'req-s',
    });
    renderWithProviders(<ErrorAlert error={error} />, { locale: 'pt-BR' });
    expect(alertText()).toContain('O e-mail ou a senha estão errados.');
    expect(alertText()).not.toContain('wrong');
    // The reason says it all: not under "sign in again", which would contradict the form.
    expect(alertText()).toBe('O e-mail ou a senha estão errados.');
  });

  it('words a known code alone where its route has several meanings', () => {
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
