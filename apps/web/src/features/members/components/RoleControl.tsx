import { useId, useState, type ReactNode } from 'react';
import type { Member, Role } from '@assay/contracts';
import { useI18n } from '../../../lib/i18n/i18n.tsx';

/**
 * A member's role as a select with an explicit "Change" button, so that moving through the
 * options with the keyboard never changes anyone's role by itself. Keyed by the saved role by
 * its parent: a saved change starts it afresh.
 */
export function RoleControl({ member, roles, pending, onChange }: {
  member: Member;
  roles: readonly Role[];
  pending: boolean;
  onChange: (role: Role) => void;
}): ReactNode {
  const { t } = useI18n();
  const id = useId();
  const [role, setRole] = useState<Role>(member.role);
  return (
    <form
      className="row nowrap"
      onSubmit={(event) => {
        event.preventDefault();
        if (role !== member.role) onChange(role);
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {t('members.roleOf', { name: member.name })}
      </label>
      <select id={id} className="compact" value={role} onChange={(event) => setRole(roles.find((r) => r === event.target.value) ?? member.role)}>
        {roles.map((value) => (
          <option key={value} value={value}>
            {t(`role.${value}`)}
          </option>
        ))}
      </select>
      <button type="submit" className="secondary" disabled={pending || role === member.role}>
        {pending ? t('common.wait') : t('members.changeRole')}
      </button>
    </form>
  );
}
