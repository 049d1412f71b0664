/**
 * The portfolio page's strings. They load with that page (a lazy chunk), not with the first page.
 * `messages.portfolio.pt-BR.ts` must have every key (checked by its type). `<base>.one` and
 * `<base>.other` are the forms `Intl.PluralRules` picks (`usePortfolioWords().plural`).
 */
export const portfolioEn = {
  'portfolio.title': 'Portfolio',
  'portfolio.intro':
    'Every workspace you belong to, with its teams’ latest levels and the assessments still open. Each one shows what your role there lets you see.',
  'portfolio.search': 'Find a workspace',
  'portfolio.count.one': '{count} workspace',
  'portfolio.count.other': '{count} workspaces',
  'portfolio.none': 'You do not belong to any workspace yet.',
  'portfolio.create': 'Create a workspace',
  'portfolio.noMatch': 'No workspace name contains “{q}”.',
  'portfolio.role': 'Your role: {role}',
  'portfolio.memberNote': 'As a member you see only your own teams here.',
  'portfolio.lastActivity': 'Last activity: {date}',
  'portfolio.noActivity': 'No assessment yet',
  'portfolio.threshold.one': 'A team result needs at least {count} submitted response.',
  'portfolio.threshold.other': 'A team result needs at least {count} submitted responses.',
  'portfolio.teams.heading': 'Teams by latest level',
  'portfolio.teams.count.one': '{count} team',
  'portfolio.teams.count.other': '{count} teams',
  'portfolio.teams.none': 'No team to show.',
  'portfolio.level': 'Level {level}',
  'portfolio.withheld': 'Not enough responses',
  'portfolio.notAssessed': 'Not assessed yet',
  'portfolio.withheldWhy': '{responses} of the {minimum} responses needed',
  'portfolio.teams.listed': 'Teams',
  'portfolio.teams.more.one': '{count} more team on the workspace’s dashboard',
  'portfolio.teams.more.other': '{count} more teams on the workspace’s dashboard',
  'portfolio.open.heading': 'Open assessments',
  'portfolio.open.none': 'No assessment is open.',
  'portfolio.open.count.one': '{count} open assessment',
  'portfolio.open.count.other': '{count} open assessments',
  'portfolio.open.submitted': 'Submitted: {count}',
  'portfolio.open.inProgress': 'In progress: {count}',
  'portfolio.open.progress': '{submitted} of {started} responses begun are submitted',
  'portfolio.open.below.one': '{count} of them is still short of the responses a team result needs.',
  'portfolio.open.below.other': '{count} of them are still short of the responses a team result needs.',
} as const;

export type PortfolioMessageKey = keyof typeof portfolioEn;
