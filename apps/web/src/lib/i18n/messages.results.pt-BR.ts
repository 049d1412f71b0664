import { roadmapWordsPtBR } from '@assay/domain/words/roadmap.pt-BR';
import { stateWordsPtBR } from '@assay/domain/words/states.pt-BR';
import type { ResultMessageKey } from './messages.results.en.ts';

/** The result pages' own strings in Brazilian Portuguese. Same keys as `resultsEn`. */
export const resultsPtBR: Readonly<Record<ResultMessageKey, string>> = {
  'report.download': 'Baixar relatório em PDF',
  'report.context': 'Cliente: {client} · Time: {team}',
  'report.contextClient': 'Cliente: {client}',
  ...roadmapWordsPtBR,
  'roadmap.lead':
    'Cada prática abaixo do estado que deveria alcançar, na ordem em que o trabalho pode ser feito: um passo vem depois dos passos em que se apoia. Os passos são numerados na ordem do plano inteiro e agrupados por etapa. Abra um passo para ver o porquê, o esforço e as respostas em que se baseia.',
  'roadmap.now': 'hoje',
  'roadmap.wanted': 'desejado',
  'roadmap.state': 'Estado',
  'roadmap.targetDefault': 'A meta padrão desta prática. {reason}',
  'roadmap.targetTeam': 'A meta do próprio time (definida por seus gestores). {reason}',
  'roadmap.evidence': 'Respostas em que se baseia',
  ...stateWordsPtBR,
  'evidence.unaskedDontKnow': 'não perguntada, porque “{question}” foi respondida com “não sei”',
  'evidence.unaskedNotAnswered': 'não perguntada, porque “{question}” ficou sem resposta',
  'evidence.unasked': 'não perguntada, porque “{question}” não tem resposta definida',
  'evidence.notAsked': 'não perguntada: não se aplicava, porque “{question}” foi “{answer}”',
  'evidence.notAskedPlain': 'não perguntada: não se aplicava às respostas anteriores',
  'share.derivedTitle': 'Não impresso no artigo: calculado a partir de contagens que ele relata.',
  'gap.respondents': '{count} de {total} participantes',
  'gate.unansweredNote': 'Uma pergunta que decide este critério ficou sem resposta.',
  'disagreement.group.gate': 'decide o nível',
  'disagreement.group.practice': 'prática',
  'disagreement.group.challenge': 'desafio',
  'disagreement.group.activity': 'atividade',
  'disagreement.group.profile': 'perfil',
  'legacy.title': 'Calculado por um motor de pontuação anterior',
  'legacy.note':
    'Este resultado foi calculado pelo motor de pontuação {version} e é mostrado como foi calculado: não tem roteiro, nem a contagem das respostas por trás de cada pontuação, nem retenção de nível.',
  'legacy.canRecompute': 'Um proprietário ou administrador pode recalculá-lo com o motor atual; o recálculo fica registrado.',
  'legacy.recompute': 'Recalcular com o motor atual',
  'legacy.recomputeQuestion':
    'Recalcular este resultado do time com o motor de pontuação atual? O resultado do motor {version} é substituído, e o recálculo fica registrado com o seu nome.',
  'legacy.recomputeConfirm': 'Recalcular',
  'legacy.recomputed': 'Recalculado em {date} por {name}, substituindo o motor {version}.',
  'legacy.dimensionNoCount': 'sem respostas',
};
