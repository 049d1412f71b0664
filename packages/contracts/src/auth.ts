import { z } from 'zod';
import { IdSchema, NameSchema, TimestampSchema } from './common.ts';

/** Emails are compared case-insensitively; the API stores them lower-cased. */
export const EmailSchema = z.email().max(254);

export const SignUpBodySchema = z
  .object({
    email: EmailSchema,
    /** 10 to 200 characters; hashed with argon2id, never stored or logged in clear. */
    password: z.string().min(10).max(200),
    name: NameSchema,
  })
  .strict();
export type SignUpBody = z.infer<typeof SignUpBodySchema>;

/** A new password: the same rule as at sign-up. */
export const PasswordSchema = z.string().min(10).max(200);

export const ChangePasswordBodySchema = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword: PasswordSchema })
  .strict();
export type ChangePasswordBody = z.infer<typeof ChangePasswordBodySchema>;

export const SignInBodySchema = z
  .object({ email: EmailSchema, password: z.string().min(1).max(200) })
  .strict();
export type SignInBody = z.infer<typeof SignInBodySchema>;

export const UserSchema = z
  .object({ id: IdSchema, email: EmailSchema, name: z.string(), createdAt: TimestampSchema })
  .strict();
export type User = z.infer<typeof UserSchema>;

/**
 * Answer of sign-up, sign-in and refresh. The access token goes in `Authorization: Bearer …`
 * and lives about 15 minutes; the refresh token is only ever in the httpOnly cookie
 * `assay_refresh` (path `/api/v1/auth`), rotated on every refresh.
 */
export const SessionSchema = z
  .object({ user: UserSchema, accessToken: z.string(), accessTokenExpiresAt: TimestampSchema })
  .strict();
export type Session = z.infer<typeof SessionSchema>;

/**
 * Answer of `POST /auth/session`: the session of the refresh cookie (rotated, as a refresh), or
 * null when there is none or it ended. A signed-out page load asks this rather than refresh, so
 * being signed out is an answer, not an error.
 */
export const ResumedSessionSchema = z.object({ session: SessionSchema.nullable() }).strict();
export type ResumedSession = z.infer<typeof ResumedSessionSchema>;

export const MeSchema = z.object({ user: UserSchema }).strict();
export type Me = z.infer<typeof MeSchema>;

/** Deleting one's account: the password again, as it cannot be undone. */
export const DeleteAccountBodySchema = z.object({ password: z.string().min(1).max(200) }).strict();
export type DeleteAccountBody = z.infer<typeof DeleteAccountBodySchema>;
