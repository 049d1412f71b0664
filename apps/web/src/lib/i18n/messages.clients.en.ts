/**
 * The "Your clients" benchmark's strings (the section on the team result page and the owner's
 * consent on the workspace page). They load with those lazy parts, not with the first page.
 * `messages.clients.pt-BR.ts` must have every key (its type).
 */
export const clientsEn = {
  'clients.heading': 'Your clients',
  'clients.lead': 'How this team compares with your other client workspaces. This is not the paper’s benchmark: its 66 respondents are shown above, and the two are never merged.',
  'clients.base': 'Base: {count} client workspaces, each counted once by its latest closed team result (of its teams, the round closed last). This client is not among them.',
  'clients.source':
    'Source: your other workspaces where you are owner, admin or assessor and whose owner opted in; only results that met their own anonymity threshold.',
  'clients.hiddenNote':
    '“Hidden”: fewer than 2 client workspaces, or hidden with such a cell so it cannot be worked out from the base. No single client can be read off, not even by comparing two views over time: a view one client away from one already shown is held.',
  'clients.levels': 'Clients by level',
  'clients.level': 'Level {level}',
  'clients.clients': 'Client workspaces',
  'clients.thisTeam': 'this team',
  'clients.count': '{count} of {base}',
  'clients.hidden': 'hidden',
  'clients.allHidden': 'hidden in every state',
  'clients.practices': 'Practice states of your clients',
  'clients.practicesBase': 'Base: {count} client workspaces whose result has practice states. “Unknown”: don’t know, not answered or not asked.',
  'clients.practice': 'Practice',
  'clients.state.absent': 'Absent',
  'clients.state.manual': 'Manual',
  'clients.state.automated': 'Automated',
  'clients.state.unknown': 'Unknown',
  'clients.teamState': 'This team',
  'clients.practicesNotEnough': 'Practice states are shown when at least {minimum} of these client workspaces have a result with practice states (scoring engine 2).',
  'clients.notEnough':
    'Not shown: it is shown when at least {minimum} other client workspaces contribute a closed result. Owners opt a workspace in on its page; results under their anonymity threshold never count.',
  'clients.held':
    'Not shown right now: exactly one client workspace changed since it was last shown here (it opted in or out, or closed a new round), so comparing the two would reveal that client’s result. It is shown again once another client’s result changes.',
  'clients.setting.title': 'Your consultants’ client benchmark',
  'clients.setting.label': 'Count this workspace in the “Your clients” benchmark',
  'clients.setting.hint':
    'Its owners, admins and assessors who also work with other client workspaces see how those clients compare, level by level and practice by practice. With this on, this workspace’s latest closed team result counts there: never its name, only with at least 4 other clients, cells under 2 hidden. Only owners change it; each change is recorded in the audit log.',
  'clients.setting.save': 'Save',
  'clients.setting.on': 'This workspace counts in the client benchmark.',
  'clients.setting.off': 'This workspace does not count in the client benchmark (the default).',
} as const;

export type ClientsMessageKey = keyof typeof clientsEn;
