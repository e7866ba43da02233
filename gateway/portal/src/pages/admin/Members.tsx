import { useState } from 'react';
import { call } from '../../api';
import { Async } from '../../components/Async';
import { Field } from '../../components/Field';
import { ProblemMessage } from '../../components/ProblemMessage';
import { Table } from '../../components/Table';
import { ROLE_LABEL } from '../../navigation';
import { Problem } from '../../problem';
import { asProblem, useResource } from '../../useResource';

export interface Member {
  id: string;
  username: string;
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  roles: string[];
}

/** The roles an institution admin hands out (the gateway's AdminRoutes.MEMBER_ROLES). */
export const MEMBER_ROLES = ['faculty', 'mentor', 'committee', 'institution-admin'];

export function displayName(member: Member): string {
  const name = [member.firstName, member.lastName].filter(Boolean).join(' ');
  return name || member.email || member.username;
}

export function matches(member: Member, query: string): boolean {
  const q = query.trim().toLowerCase();
  return !q || [member.username, member.email, member.firstName, member.lastName].some((v) => v?.toLowerCase().includes(q));
}

/** The institution's members and their Pathway roles, granted and revoked one checkbox at a time. */
export function Members() {
  const [members, reload] = useResource(() => call<Member[]>('/api/admin/members?max=500'));
  const [query, setQuery] = useState('');
  const [pending, setPending] = useState<string>();
  const [failure, setFailure] = useState<Problem>();
  const [status, setStatus] = useState('');
  // Changes made here, shown at once; the list is reloaded after each to show what Keycloak now holds.
  const [changed, setChanged] = useState<Record<string, string[]>>({});

  const change = async (member: Member, role: string, grant: boolean) => {
    const key = `${member.id}/${role}`;
    setPending(key);
    setFailure(undefined);
    try {
      await call(`/api/admin/members/${encodeURIComponent(member.id)}/roles/${role}`, { method: grant ? 'PUT' : 'DELETE' });
      const roles = changed[member.id] ?? member.roles;
      setChanged({ ...changed, [member.id]: grant ? [...roles, role] : roles.filter((r) => r !== role) });
      setStatus(`${ROLE_LABEL[role]} ${grant ? 'granted to' : 'revoked from'} ${displayName(member)}.`);
    } catch (error) {
      setFailure(asProblem(error));
      setStatus('');
    } finally {
      setPending(undefined);
    }
  };

  return (
    <section className="card wide" aria-labelledby="members-heading">
      <h2 id="members-heading">Members</h2>
      <p className="muted">
        The Pathway roles of your institution's members. A change applies from the member's next sign-in.
      </p>
      <Field label="Find a member">
        {(props) => <input {...props} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />}
      </Field>
      <p role="status" aria-live="polite">
        {status}
      </p>
      {failure && <ProblemMessage problem={failure} />}
      <Async resource={members} label="members" onRetry={reload}>
        {(rows) => (
          <Table
            caption="Members and their roles"
            rows={rows.filter((member) => matches(member, query))}
            rowKey={(row) => row.id}
            empty={rows.length === 0 ? 'Your institution has no members yet.' : 'No member matches.'}
            columns={[
              {
                header: 'Member',
                cell: (row) => (
                  <>
                    {displayName(row)}
                    {row.email && displayName(row) !== row.email && <div className="muted">{row.email}</div>}
                  </>
                ),
              },
              ...MEMBER_ROLES.map((role) => ({
                header: ROLE_LABEL[role],
                cell: (row: Member) => {
                  const held = (changed[row.id] ?? row.roles).includes(role);
                  return (
                    <input
                      type="checkbox"
                      className="role-toggle"
                      checked={held}
                      disabled={pending === `${row.id}/${role}`}
                      aria-label={`${ROLE_LABEL[role]}: ${displayName(row)}`}
                      onChange={(event) => void change(row, role, event.target.checked)}
                    />
                  );
                },
              })),
              {
                header: 'Other',
                cell: (row) => (row.roles.includes('platform-admin') ? <span className="badge">Platform admin</span> : ''),
              },
            ]}
          />
        )}
      </Async>
    </section>
  );
}
