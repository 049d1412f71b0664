import type { ClientsMessageKey } from './messages.clients.en.ts';

/** The "Your clients" benchmark's strings in Brazilian Portuguese. Same keys as `clientsEn`. */
export const clientsPtBR: Readonly<Record<ClientsMessageKey, string>> = {
  'clients.heading': 'Seus clientes',
  'clients.lead': 'Como este time se compara com seus outros workspaces de clientes. Este não é o benchmark do artigo: seus 66 participantes aparecem acima, e os dois nunca são misturados.',
  'clients.base': 'Base: {count} workspaces de clientes, cada um contado uma vez pelo último resultado de time encerrado (entre seus times, a rodada encerrada por último). Este cliente não está entre eles.',
  'clients.source':
    'Fonte: seus outros workspaces onde você é proprietário, administrador ou avaliador e cujo proprietário aderiu; só resultados que atingiram o próprio limite de anonimato.',
  'clients.hiddenNote':
    '“Oculto”: menos de 2 workspaces de clientes, ou oculto junto com uma célula assim para que não possa ser deduzido da base. Nenhum cliente pode ser identificado, nem comparando duas visões ao longo do tempo: uma visão a um cliente de distância de outra já mostrada fica retida.',
  'clients.levels': 'Clientes por nível',
  'clients.level': 'Nível {level}',
  'clients.clients': 'Workspaces de clientes',
  'clients.thisTeam': 'este time',
  'clients.count': '{count} de {base}',
  'clients.hidden': 'oculto',
  'clients.allHidden': 'oculto em todos os estados',
  'clients.practices': 'Estado das práticas dos seus clientes',
  'clients.practicesBase': 'Base: {count} workspaces de clientes cujo resultado tem estados de práticas. “Desconhecido”: não sabe, sem resposta ou não perguntado.',
  'clients.practice': 'Prática',
  'clients.state.absent': 'Ausente',
  'clients.state.manual': 'Manual',
  'clients.state.automated': 'Automatizada',
  'clients.state.unknown': 'Desconhecido',
  'clients.teamState': 'Este time',
  'clients.practicesNotEnough': 'Os estados das práticas aparecem quando pelo menos {minimum} destes workspaces de clientes têm um resultado com estados de práticas (motor de pontuação 2).',
  'clients.notEnough':
    'Não exibido: aparece quando pelo menos {minimum} outros workspaces de clientes contribuem com um resultado encerrado. Os proprietários incluem um workspace na página dele; resultados abaixo do limite de anonimato nunca contam.',
  'clients.held':
    'Não exibido agora: exatamente um workspace de cliente mudou desde a última vez que foi mostrado aqui (aderiu, saiu ou encerrou uma nova rodada), e comparar as duas visões revelaria o resultado desse cliente. Volta a aparecer quando o resultado de outro cliente mudar.',
  'clients.setting.title': 'Benchmark de clientes dos seus consultores',
  'clients.setting.label': 'Contar este workspace no benchmark “Seus clientes”',
  'clients.setting.hint':
    'Proprietários, administradores e avaliadores deste workspace que também trabalham com outros workspaces de clientes veem como esses clientes se comparam, nível a nível e prática a prática. Com isto ativado, o último resultado de time encerrado deste workspace conta lá: nunca o nome, só com pelo menos 4 outros clientes, células abaixo de 2 ocultas. Só proprietários alteram; cada alteração fica no registro de auditoria.',
  'clients.setting.save': 'Salvar',
  'clients.setting.on': 'Este workspace conta no benchmark de clientes.',
  'clients.setting.off': 'Este workspace não conta no benchmark de clientes (o padrão).',
};
