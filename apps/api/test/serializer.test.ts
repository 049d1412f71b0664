// The response serializer: every response is parsed by its contract before it is written, and a
// response that breaks its contract is refused (fastify answers 500) rather than sent.
import { AnswersSavedSchema } from '@assay/contracts';
import { isResponseSerializationError } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { serializerCompiler } from '../src/app.ts';

const compile = (schema: z.ZodType) => serializerCompiler({ schema, method: 'GET', url: '/x', httpStatus: '200' });

const saved = {
  id: '3f1c0a5e-1234-4abc-8def-0123456789ab',
  revision: 3,
  saved: {},
  progress: { answered: 1, visible: 20, required: 18, requiredAnswered: 1, sections: [] },
  updatedAt: '2026-12-03T10:00:00.000Z',
  unconfirmed: [],
};

describe('response serializer', () => {
  it('writes a response that keeps its contract as JSON', () => {
    const schema = z.object({ id: z.string(), at: z.iso.datetime(), n: z.number().int() });
    expect(compile(schema)({ id: 'a', at: '2026-12-03T10:00:00.000Z', n: 2 })).toBe('{"id":"a","at":"2026-12-03T10:00:00.000Z","n":2}');
  });

  it('drops what a non-strict contract does not name, so nothing extra leaves the server', () => {
    const schema = z.object({ id: z.string() });
    expect(compile(schema)({ id: 'a', passwordHash: 'secret' })).toBe('{"id":"a"}');
  });

  it('refuses a response that breaks its contract', () => {
    const write = compile(AnswersSavedSchema);
    expect(JSON.parse(write(saved))).toEqual(saved);
    let thrown: unknown;
    try {
      write({ ...saved, revision: -1 });
    } catch (error) {
      thrown = error;
    }
    expect(isResponseSerializationError(thrown)).toBe(true);
    expect(() => write({ ...saved, extra: true })).toThrow();
  });

  it('refuses a schema that is not zod when the route is compiled', () => {
    expect(() => serializerCompiler({ schema: { type: 'object' } as never, method: 'GET', url: '/x', httpStatus: '200' })).toThrow(/not a zod schema/);
  });
});
