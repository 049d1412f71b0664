// Plain values, no schema: a module that imports one of these builds no zod schema (the web app's
// first page reads RESPONSE_KEY_HEADER; importing it from responses.ts built every schema that
// module reaches, the questionnaire's and the result's included).

/** The header that carries a guest's response key on every guest response route. */
export const RESPONSE_KEY_HEADER = 'x-response-key';
