/**
 * The assessment page's roster strings. They load with the assessment page (a lazy chunk), not
 * with the first page. `messages.roster.pt-BR.ts` must have every key (checked by its type).
 */
export const rosterEn = {
  'roster.title': 'Roster and progress',
  'roster.lead': 'Who has started and who has submitted. Statuses and times only: nobody’s answers are shown here.',
  'roster.personalLabel': 'Name or email',
  'roster.personalHint': 'A personal link is for one person and takes one response. To remind someone, reissue their link: the old one stops working and their answers so far are kept.',
  'roster.create': 'Create a personal link',
  'roster.labelBlank': 'Write the name or email of the person the link is for.',
  'roster.created': 'Personal link for {name}. Copy it now: it is shown only once.',
  'roster.reissued': 'New link for {name}: the previous one no longer works, and their answers so far are kept. Copy it now: it is shown only once.',
  'roster.url': 'Personal link for {name}',
  'roster.closed': 'The assessment is not open: personal links cannot be created or reissued.',
  'roster.empty': 'Nobody is on the roster yet: add people to the team or create a personal link.',
  'roster.who': 'Who',
  'roster.status': 'Status',
  'roster.activity': 'Last activity',
  'roster.actions': 'Actions',
  'roster.kind.member': 'Member',
  'roster.kind.personal': 'Personal link',
  'roster.kind.shared': 'Shared link',
  'roster.state.not_started': 'Not started',
  'roster.state.started': 'Started',
  'roster.state.submitted': 'Submitted',
  'roster.started.one': '{count} started',
  'roster.started.other': '{count} started',
  'roster.submitted.one': '{count} submitted',
  'roster.submitted.other': '{count} submitted',
  'roster.noActivity': 'No activity yet',
  'roster.unlabelled': 'Shared link without a label',
  'roster.revoked': 'Revoked',
  'roster.reissue': 'Reissue link',
  'roster.reissueFor': 'Reissue link for {name}',
  'roster.reissueQuestion': 'Send {name} a new link? The current one stops working at once; their answers so far are kept.',
  'roster.reissueConfirm': 'Reissue the link',
} as const;

export type RosterMessageKey = keyof typeof rosterEn;
