import { useState, type FormEvent, type ReactNode } from 'react';
import type { Member } from '@assay/contracts';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { SelectField } from '../../../components/Field.tsx';

/** Who is in the team (from the workspace's member list), with remove buttons and an add form. */
export function TeamMembers({ teamId, members, pendingUserId, onAdd, onRemove }: {
  teamId: string;
  members: readonly Member[];
  pendingUserId: string | null;
  onAdd: (member: Member) => void;
  onRemove: (member: Member) => void;
}): ReactNode {
  const { t } = useI18n();
  const [choice, setChoice] = useState('');
  const inTeam = members.filter((member) => member.teamIds.includes(teamId));
  const others = members.filter((member) => !member.teamIds.includes(teamId));
  const chosen = others.find((member) => member.userId === choice);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!chosen) return;
    onAdd(chosen);
    setChoice('');
  };
  return (
    <>
      {inTeam.length === 0 ? (
        <p className="muted">{t('teamAdmin.noMembers')}</p>
      ) : (
        <ul className="plain">
          {inTeam.map((member) => (
            <li key={member.userId} className="row spread" data-team-member={member.email}>
              <span>
                {member.name} <span className="small muted">{member.email}</span> <span className="badge">{t(`role.${member.role}`)}</span>
              </span>
              <button
                type="button"
                className="secondary"
                disabled={pendingUserId === member.userId}
                aria-label={t('teamAdmin.removeNamed', { name: member.name })}
                onClick={() => onRemove(member)}
              >
                {t('teamAdmin.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <form onSubmit={submit} className="inline-form">
          <SelectField label={t('teamAdmin.add')} value={choice} onChange={(event) => setChoice(event.target.value)}>
            <option value="">{t('teamAdmin.choose')}</option>
            {others.map((member) => (
              <option key={member.userId} value={member.userId}>
                {`${member.name} (${t(`role.${member.role}`)})`}
              </option>
            ))}
          </SelectField>
          <button type="submit" disabled={!chosen || pendingUserId === chosen.userId}>
            {t('teamAdmin.addButton')}
          </button>
        </form>
      )}
    </>
  );
}
