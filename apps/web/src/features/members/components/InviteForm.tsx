import { useState, type FormEvent, type ReactNode } from 'react';
import type { CreateInvitationBody, Role, Team } from '@assay/contracts';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { Field, SelectField } from '../../../components/Field.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';

const DEFAULT_DAYS = 7;
const MAX_DAYS = 30;

/** Makes an invitation link: a role (explained), an optional team, and how many days it works. */
export function InviteForm({ roles, teams, pending, error, onCreate }: {
  /** The roles the inviter may hand out. */
  roles: readonly Role[];
  /** Teams the new member may join on accepting (not archived ones). */
  teams: readonly Team[];
  pending: boolean;
  error: unknown;
  onCreate: (body: CreateInvitationBody) => void;
}): ReactNode {
  const { t } = useI18n();
  const [role, setRole] = useState<Role>(roles.includes('member') ? 'member' : (roles[0] ?? 'viewer'));
  const [teamId, setTeamId] = useState('');
  const [days, setDays] = useState(String(DEFAULT_DAYS));
  const [daysError, setDaysError] = useState<string | undefined>();
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const expiresInDays = Number(days);
    if (!Number.isInteger(expiresInDays) || expiresInDays < 1 || expiresInDays > MAX_DAYS) {
      setDaysError(t('invite.daysInvalid', { max: MAX_DAYS }));
      return;
    }
    setDaysError(undefined);
    onCreate({ role, expiresInDays, ...(teamId ? { teamId } : {}) });
  };
  return (
    // Our own message (in the reader's language, tied to the field) instead of the browser's bubble.
    <form onSubmit={submit} noValidate>
      {error !== null && error !== undefined && <ErrorAlert error={error} />}
      <SelectField label={t('invite.role')} value={role} hint={t(`role.about.${role}`)} onChange={(e) => setRole(roles.find((r) => r === e.target.value) ?? role)}>
        {roles.map((value) => (
          <option key={value} value={value}>
            {t(`role.${value}`)}
          </option>
        ))}
      </SelectField>
      {teams.length > 0 && (
        <SelectField label={t('invite.team')} value={teamId} hint={t('invite.teamHint')} onChange={(e) => setTeamId(e.target.value)}>
          <option value="">{t('invite.noTeam')}</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </SelectField>
      )}
      <Field
        label={t('invite.days')}
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_DAYS}
        step={1}
        required
        value={days}
        hint={t('invite.daysHint', { max: MAX_DAYS })}
        error={daysError}
        onChange={(e) => setDays(e.target.value)}
      />
      <button type="submit" disabled={pending}>
        {pending ? t('common.wait') : t('invite.create')}
      </button>
    </form>
  );
}
