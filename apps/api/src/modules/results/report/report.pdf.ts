import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { isCurrentResult, type FreeTextAnswer, type RoadmapStepDto, type StepReasonDto, type TeamResult } from '@assay/contracts';
import {
  STAGES,
  amorim2023Benchmark,
  formatSource,
  getPractice,
  percentOf,
  type AggregatedAnswers,
  type BenchmarkComparison,
  type Locale,
  type Questionnaire,
} from '@assay/domain';
// A type only: the module itself is imported on the first report (`loadPdfKit`).
import type PDFKit from 'pdfkit';
import { reportWords, type ReportWords } from './report.messages.ts';
import { answerWords, type AnswerWords } from './report.text.ts';

/**
 * The team result as a PDF report, drawn by PDFKit (no browser on the server): cover, executive
 * summary, roadmap, dimension chart, the paper's comparisons, the disagreements that decide the
 * level, free text and an appendix of the team's answers, in one language, with DejaVu Sans
 * embedded (subset) so every accent renders in any viewer.
 *
 * PDFKit is loaded on the first report, not at start: most processes never draw one.
 */
export interface ReportInput {
  readonly locale: Locale;
  readonly client: string;
  readonly team: string;
  readonly timeZone: string;
  readonly openedAt: Date | null;
  readonly minimum: number;
  readonly teamResult: TeamResult;
  readonly questionnaire: Questionnaire;
  /** The team's answers aggregated from the submitted responses (the appendix). */
  readonly aggregated: AggregatedAnswers;
  readonly generatedAt: Date;
}

type PDFDocumentClass = typeof PDFKit;
type Doc = InstanceType<PDFDocumentClass>;

let pdfkit: Promise<PDFDocumentClass> | undefined;
const loadPdfKit = (): Promise<PDFDocumentClass> => (pdfkit ??= import('pdfkit').then((module) => module.default));

const require = createRequire(import.meta.url);
/**
 * DejaVu Sans (npm `dejavu-fonts-ttf`, a production dependency, so it ships with the build and the
 * container image): TrueType with every Latin accent; PDFKit embeds only the glyphs used. Read once.
 */
let fonts: Promise<{ regular: Buffer; bold: Buffer }> | undefined;
const loadFonts = (): Promise<{ regular: Buffer; bold: Buffer }> =>
  (fonts ??= (async () => {
    const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    const [regular, bold] = await Promise.all([readFile(join(dir, 'DejaVuSans.ttf')), readFile(join(dir, 'DejaVuSans-Bold.ttf'))]);
    return { regular, bold };
  })());

const INK = '#1f2933';
const MUTED = '#52606d';
const ACCENT = '#1d4ed8';
const WARN = '#b45309';
const RULE = '#cbd2d9';
const BAR = '#3b6e8f';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 56, bottom: 64, left: 56, right: 56 };
const WIDTH = A4.width - MARGIN.left - MARGIN.right;

/** Drawing helpers over one PDFKit document. */
class Writer {
  constructor(
    readonly doc: Doc,
    readonly words: ReportWords,
  ) {}

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** A new page unless `height` points still fit on this one. */
  room(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  /** A section's heading, on a new page unless `roomFor` points of it fit below what came before. */
  heading(text: string, roomFor?: number): void {
    if (roomFor === undefined) this.doc.addPage();
    else {
      this.room(roomFor);
      if (this.doc.y > this.doc.page.margins.top) this.doc.moveDown(1.5);
    }
    this.doc.outline.addItem(text);
    this.doc.font('bold').fontSize(18).fillColor(INK).text(text, MARGIN.left, this.doc.y, { width: WIDTH });
    this.doc.moveDown(0.5);
  }

  subheading(text: string, size = 12.5): void {
    this.room(size * 4);
    this.doc.moveDown(0.4);
    this.doc.font('bold').fontSize(size).fillColor(INK).text(text, MARGIN.left, this.doc.y, { width: WIDTH });
    this.doc.moveDown(0.2);
  }

  paragraph(text: string, options: { size?: number; color?: string; bold?: boolean; indent?: number; gap?: number } = {}): void {
    const size = options.size ?? 10;
    const indent = options.indent ?? 0;
    this.doc
      .font(options.bold ? 'bold' : 'regular')
      .fontSize(size)
      .fillColor(options.color ?? INK)
      .text(text, MARGIN.left + indent, this.doc.y, { width: WIDTH - indent, paragraphGap: options.gap ?? 4, lineGap: 1 });
  }

  /** A bulleted line (the bullet hangs in the margin of the indent). */
  bullet(text: string, options: { size?: number; color?: string; indent?: number } = {}): void {
    const size = options.size ?? 10;
    const indent = (options.indent ?? 0) + 12;
    this.room(size * 1.6);
    const y = this.doc.y;
    this.doc.font('regular').fontSize(size).fillColor(options.color ?? INK).text('•', MARGIN.left + indent - 10, y, { width: 10, lineBreak: false });
    this.doc.text(text, MARGIN.left + indent, y, { width: WIDTH - indent, paragraphGap: 2, lineGap: 1 });
  }

  /** A label in bold followed by its text, as one paragraph. */
  labelled(label: string, text: string, options: { size?: number; indent?: number } = {}): void {
    const size = options.size ?? 10;
    const indent = options.indent ?? 0;
    this.doc.font('bold').fontSize(size).fillColor(INK).text(`${label}: `, MARGIN.left + indent, this.doc.y, { width: WIDTH - indent, continued: true, lineGap: 1 });
    this.doc.font('regular').text(text, { paragraphGap: 3, lineGap: 1 });
  }

  rule(): void {
    const y = this.doc.y + 2;
    this.doc.moveTo(MARGIN.left, y).lineTo(MARGIN.left + WIDTH, y).lineWidth(0.5).strokeColor(RULE).stroke();
    this.doc.y = y + 6;
  }
}

function cover(w: Writer, input: ReportInput, ui: AnswerWords): void {
  const { doc, words } = w;
  const { teamResult } = input;
  doc.outline.addItem(words.t('report.kind'));
  doc.y = 150;
  doc.font('regular').fontSize(12).fillColor(ACCENT).text('Assay', MARGIN.left, doc.y, { width: WIDTH, characterSpacing: 1 });
  doc.moveDown(0.3);
  doc.font('bold').fontSize(26).fillColor(INK).text(words.t('report.kind'), { width: WIDTH });
  doc.moveDown(0.3);
  doc.font('regular').fontSize(16).fillColor(MUTED).text(`${input.client} · ${input.team}`, { width: WIDTH });
  doc.moveDown(1.5);
  const rows: [string, string][] = [
    [words.t('cover.client'), input.client],
    [words.t('cover.team'), input.team],
    [words.t('cover.assessment'), teamResult.title],
    [
      words.t('cover.dates'),
      words.t('cover.datesValue', {
        opened: input.openedAt ? words.date(input.openedAt, input.timeZone) : '—',
        closed: words.date(teamResult.closedAt, input.timeZone),
      }),
    ],
    [words.t('cover.respondents'), words.plural('cover.respondents', teamResult.result.respondents, { minimum: input.minimum })],
  ];
  for (const [label, value] of rows) {
    const y = doc.y;
    doc.font('bold').fontSize(11).fillColor(MUTED).text(label, MARGIN.left, y, { width: 120 });
    doc.font('regular').fontSize(11).fillColor(INK).text(value, MARGIN.left + 130, y, { width: WIDTH - 130 });
    doc.y = Math.max(doc.y, y + 16) + 8;
  }
  doc.moveDown(1);
  w.rule();
  const level = teamResult.result;
  doc.font('bold').fontSize(20).fillColor(ACCENT).text(levelLine(words, level), MARGIN.left, doc.y, { width: WIDTH });
  doc.moveDown(0.2);
  w.paragraph(ui.text(level.explanation.summary), { size: 11 });
  doc.y = A4.height - MARGIN.bottom - 130;
  w.paragraph(words.t('cover.anonymity'), { size: 9, color: MUTED });
  w.paragraph(words.t('cover.source'), { size: 9, color: MUTED });
  w.paragraph(words.t('cover.generated', { date: words.date(input.generatedAt, input.timeZone) }), { size: 9, color: MUTED });
}

function levelLine(words: ReportWords, result: TeamResult['result']): string {
  const { min, max } = result.confidence;
  return max > min ? words.t('level.range', { level: min, max }) : words.t('level.value', { level: result.level });
}

const practiceTitle = (ui: AnswerWords, result: TeamResult['result'], id: string): string => {
  const step = isCurrentResult(result) ? result.roadmap.find((s) => s.practiceId === id) : undefined;
  if (step) return ui.text(step.title);
  const practice = getPractice(id);
  return practice ? ui.text(practice.title) : id;
};

function summary(w: Writer, input: ReportInput, ui: AnswerWords): void {
  const { doc, words } = w;
  const result = input.teamResult.result;
  w.heading(words.t('summary.heading'));
  doc.font('bold').fontSize(16).fillColor(ACCENT).text(levelLine(words, result), MARGIN.left, doc.y, { width: WIDTH });
  doc.moveDown(0.3);
  w.labelled(words.t('level.value', { level: result.level }), words.t(`level.definition.${result.level}`));
  const { min, max, uncertainQuestions } = result.confidence;
  if (max > min) {
    w.paragraph(words.t('result.rangeExplained', { level: min, max }), { color: WARN });
    for (const id of uncertainQuestions) w.bullet(ui.question(id));
  }
  if (isCurrentResult(result) && result.cap !== null) {
    w.subheading(words.t('cap.title'), 11);
    w.paragraph(words.t('cap.lead', { to: result.cap.to }));
    for (const reason of result.cap.reasons) {
      w.bullet(
        `${words.t('cap.reason', {
          practice: practiceTitle(ui, result, reason.practiceId),
          foundation: practiceTitle(ui, result, reason.foundationId),
          status: words.t(`status.${reason.foundationStatus}`),
        })} ${ui.text(reason.reason)}`,
      );
    }
  }
  w.subheading(words.t('result.why'));
  w.paragraph(ui.text(result.explanation.summary));
  const passed = result.gates.filter((g) => g.status === 'passed' && g.level > 1);
  w.paragraph(passed.length === 0 ? words.t('result.noGatesPassed') : words.t('result.gatesPassed', { gates: passed.map((g) => `${ui.text(g.title)} (${g.level})`).join('; ') }));
  const firstUnmet = result.gates.find((g) => g.id === result.explanation.firstUnmetGate);
  w.paragraph(firstUnmet ? words.t('result.firstUnmetGate', { gate: ui.text(firstUnmet.title), level: firstUnmet.level }) : words.t('result.allGatesPassed'));
  if (result.selfDeclaredLevel !== null) {
    w.paragraph(
      result.selfDeclaredLevel === result.level
        ? words.t('result.selfDeclaredSameTeam', { level: result.selfDeclaredLevel })
        : words.t('result.selfDeclaredDiffersTeam', { declared: result.selfDeclaredLevel, level: result.level }),
    );
  }
  w.subheading(words.t('result.nextSteps'));
  if (result.nextSteps.length === 0) w.paragraph(words.t('result.topLevel'));
  for (const step of result.nextSteps) {
    w.paragraph(words.t('result.toReach', { level: step.level }), { bold: true });
    for (const gate of step.unmetGates) {
      w.bullet(`${ui.text(gate.title)}: ${ui.text(gate.requirement)}`);
      w.paragraph(words.t('result.practice', { practice: ui.text(gate.practice) }), { size: 9, color: MUTED, indent: 12 });
    }
  }
  doc.moveDown(0.5);
  w.paragraph(
    `${words.plural('result.basis', result.respondents, { completeness: words.percent(Math.round(result.completeness * 1000) / 10) })} ${words.t('result.engine', {
      version: result.engineVersion,
      questionnaire: result.questionnaireId,
    })}`,
    { size: 9, color: MUTED },
  );
}

/** A cited count of the paper: relation, "derived" when not printed, count of base, percent, source. */
function shareLine(words: ReportWords, ui: AnswerWords, share: NonNullable<RoadmapStepDto['share']>): string {
  const percent = words.percent(percentOf(share.count, share.base));
  const note = share.relation === 'upper_bound' ? words.t('share.upper') : share.relation === 'lower_bound' ? words.t('share.lower') : share.relation === 'related' ? words.t('share.related') : '';
  const tags = [words.t(`share.relation.${share.relation}`), share.status === 'derived' ? words.t('share.derived') : null].filter(Boolean).join(', ');
  return [`[${tags}]`, words.t('share.count', { count: share.count, base: share.base, percent, measure: ui.text(share.measure) }), note, words.t('share.source', { source: share.source })]
    .filter(Boolean)
    .join(' ');
}

function reasonText(words: ReportWords, ui: AnswerWords, result: TeamResult['result'], reason: StepReasonDto): string {
  switch (reason.kind) {
    case 'gate': {
      const gate = result.gates.find((g) => g.id === reason.gateId);
      return words.t('roadmap.why.gate', { level: reason.level, gate: gate ? ui.text(gate.title) : reason.gateId });
    }
    case 'foundation':
      return words.t('roadmap.why.foundation', { practice: practiceTitle(ui, result, reason.practiceId), reason: ui.text(reason.reason) });
    case 'unlocks':
      return words.t('roadmap.why.unlocks', { practice: practiceTitle(ui, result, reason.practiceId), reason: ui.text(reason.reason) });
    case 'hotspot': {
      const gap = result.gaps.find((g) => g.id === reason.gapId);
      return words.t('roadmap.why.hotspot', { gap: gap ? ui.text(gap.title) : reason.gapId });
    }
  }
}

function roadmap(w: Writer, input: ReportInput, ui: AnswerWords): void {
  const { doc, words } = w;
  const result = input.teamResult.result;
  w.heading(words.t('roadmap.heading'));
  if (!isCurrentResult(result)) {
    w.paragraph(words.t('roadmap.legacy', { version: result.engineVersion }));
    return;
  }
  if (result.roadmap.length === 0) {
    w.paragraph(words.t('roadmap.empty'));
    return;
  }
  w.paragraph(words.t('roadmap.lead'), { size: 9.5, color: MUTED });
  const ordered = [...result.roadmap].sort((a, b) => a.order - b.order);
  for (const stage of STAGES) {
    const steps = ordered.filter((step) => step.stage === stage);
    if (steps.length === 0) continue;
    w.subheading(words.t(`roadmap.stage.${stage}`), 14);
    w.paragraph(words.t(`roadmap.stageLead.${stage}`), { size: 9.5, color: MUTED });
    for (const step of steps) {
      w.room(90);
      doc.moveDown(0.3);
      const now = words.t(`status.${step.now}`);
      const target = words.t(`status.${step.target}`);
      doc
        .font('bold')
        .fontSize(11)
        .fillColor(ACCENT)
        .text(`${words.t('roadmap.stepNumber', { order: step.order })}  `, MARGIN.left, doc.y, { width: WIDTH, continued: true })
        .fillColor(INK)
        .text(ui.text(step.title), { continued: true })
        .font('regular')
        .fontSize(9.5)
        .fillColor(MUTED)
        .text(`  ·  ${words.t('roadmap.stateLine', { now, target })} ${words.t('roadmap.effortShort', { size: step.effort })}`, { paragraphGap: 3 });
      w.labelled(words.t('roadmap.action'), ui.text(step.action), { size: 9.5, indent: 12 });
      w.labelled(words.t('roadmap.effort'), words.t('roadmap.effortLine', { size: step.effort, word: words.t(`effort.${step.effort}`), reason: ui.text(step.effortReason) }), {
        size: 9.5,
        indent: 12,
      });
      if (step.why.length > 0) w.labelled(words.t('roadmap.why'), step.why.map((reason) => reasonText(words, ui, result, reason)).join(' '), { size: 9.5, indent: 12 });
      const before = step.after.map((id) => result.roadmap.find((s) => s.practiceId === id)).filter((s) => s !== undefined);
      w.labelled(
        words.t('roadmap.after'),
        before.length === 0 ? words.t('roadmap.afterNone') : before.map((s) => words.t('roadmap.afterStep', { order: s.order, title: ui.text(s.title) })).join('; '),
        { size: 9.5, indent: 12 },
      );
      if (step.share !== null) w.labelled(words.t('roadmap.share'), shareLine(words, ui, step.share), { size: 9.5, indent: 12 });
    }
  }
}

/** Horizontal bars, 0–100, one per dimension; a dimension without a score says so instead of a bar. */
function dimensions(w: Writer, input: ReportInput, ui: AnswerWords): void {
  const { doc, words } = w;
  const result = input.teamResult.result;
  const labelWidth = 150;
  const chartX = MARGIN.left + labelWidth + 10;
  const chartWidth = WIDTH - labelWidth - 10 - 40;
  const rowHeight = 36;
  const height = result.dimensions.length * rowHeight;
  // The chart stays whole with its heading and note: on this page if it fits, else on the next.
  w.heading(words.t('result.dimensions'), height + 110);
  w.paragraph(words.t('result.dimensionsNote'), { size: 9.5, color: MUTED });
  doc.moveDown(0.5);
  const top = doc.y + 14;
  // The scale: gridlines at 0, 25, 50, 75, 100.
  doc.font('regular').fontSize(8).fillColor(MUTED);
  for (const tick of [0, 25, 50, 75, 100]) {
    const x = chartX + (chartWidth * tick) / 100;
    doc.moveTo(x, top).lineTo(x, top + height).lineWidth(0.5).strokeColor(RULE).stroke();
    doc.text(String(tick), x - 10, top - 12, { width: 20, align: 'center', lineBreak: false });
  }
  result.dimensions.forEach((dimension, index) => {
    const y = top + index * rowHeight;
    const counted = dimension as { answered?: number; signals?: number };
    const answered =
      counted.answered !== undefined && counted.signals !== undefined ? words.t('dimension.answered', { answered: counted.answered, signals: counted.signals }) : null;
    // A long label takes two lines (at 8.5 pt), the count of answers below it.
    const label = ui.text(dimension.label);
    doc.font('bold').fontSize(9.5);
    const size = doc.widthOfString(label) > labelWidth ? 8.5 : 9.5;
    doc.fontSize(size).fillColor(INK).text(label, MARGIN.left, y + 3, { width: labelWidth, lineGap: 0 });
    if (answered) doc.font('regular').fontSize(7.5).fillColor(MUTED).text(answered, MARGIN.left, doc.y, { width: labelWidth, lineBreak: false });
    if (dimension.score === null) {
      doc.font('regular').fontSize(9).fillColor(WARN).text(words.t('dimension.notEnough'), chartX + 4, y + 13, { width: chartWidth, lineBreak: false });
      return;
    }
    const barWidth = Math.max(1, (chartWidth * dimension.score) / 100);
    doc.rect(chartX, y + 8, barWidth, rowHeight - 16).fillColor(BAR).fill();
    doc
      .font('bold')
      .fontSize(9.5)
      .fillColor(INK)
      .text(new Intl.NumberFormat(words.locale, { maximumFractionDigits: 0 }).format(dimension.score), chartX + barWidth + 4, y + 13, { width: 36, lineBreak: false });
  });
  doc.y = top + height + 12;
  doc.x = MARGIN.left;
  if (result.dimensions.some((d) => d.score === null)) w.paragraph(words.t('dimension.notEnoughNote'), { size: 9, color: MUTED });
}

/** The paper's categories the team's answer falls in, with count of base, share, "derived" or "not reported". */
function benchmark(w: Writer, input: ReportInput, ui: AnswerWords): void {
  const { words } = w;
  const comparisons = input.teamResult.result.benchmark as readonly BenchmarkComparison[];
  const seriesById = new Map(amorim2023Benchmark.series.map((s) => [s.id, s]));
  w.heading(words.t('result.compare'));
  w.paragraph(words.t('compare.lead'), { size: 9.5, color: MUTED });
  // With a count: the answer beside the paper's count. Without one: listed, never estimated.
  const counted = (c: BenchmarkComparison): boolean =>
    c.placement === 'matched' && c.matchedCategories.some((id) => seriesById.get(c.seriesId)?.categories.find((category) => category.id === id)?.count != null);
  const placed = comparisons.filter(counted);
  const uncounted = comparisons.filter((c) => !counted(c) && (c.placement === 'matched' || c.placement === 'not_reported'));
  const unplaced = comparisons.filter((c) => c.placement === 'unanswered' || c.placement === 'no_category');
  for (const comparison of placed) {
    const series = seriesById.get(comparison.seriesId);
    if (!series) continue;
    w.room(70);
    w.doc.moveDown(0.3);
    w.paragraph(ui.question(comparison.questionId, comparison.itemId), { bold: true, size: 10, gap: 1 });
    w.paragraph(ui.answer(comparison.questionId, comparison.answer, comparison.itemId), { size: 10, color: ACCENT, gap: 2 });
    const categories = comparison.matchedCategories
      .map((id) => series.categories.find((c) => c.id === id))
      .filter((c) => c !== undefined)
      .map((c) =>
        c.count === null
          ? words.t('compare.categoryNotReported', { label: ui.text(c.label) })
          : `${words.t('compare.category', { label: ui.text(c.label), count: c.count, base: series.base, percent: words.percent(percentOf(c.count, series.base)) })}${
              c.status === 'derived' ? ` [${words.t('compare.derived')}]` : ''
            }`,
      );
    if (categories.length > 0) w.paragraph(words.t('compare.paper', { categories: categories.join('; ') }), { size: 9.5, indent: 12, gap: 1 });
    w.paragraph(`${ui.text(series.title)}. ${words.t('compare.base', { base: series.base, who: ui.text(series.baseLabel) })} ${words.t('compare.source', { source: formatSource(series.source) })}`, {
      size: 8.5,
      indent: 12,
      color: MUTED,
    });
  }
  if (uncounted.length > 0) {
    w.subheading(words.t('compare.uncounted'), 11);
    w.paragraph(words.t('compare.uncountedLead'), { size: 9, color: MUTED });
    for (const comparison of uncounted) {
      const series = seriesById.get(comparison.seriesId);
      const source = series ? ` (${formatSource(series.source)})` : '';
      w.bullet(`${ui.question(comparison.questionId, comparison.itemId)}: ${ui.answer(comparison.questionId, comparison.answer, comparison.itemId)}${source}`, { size: 9 });
    }
  }
  if (unplaced.length > 0) {
    w.subheading(words.t('compare.unplaced'), 11);
    for (const comparison of unplaced) {
      w.bullet(`${ui.question(comparison.questionId, comparison.itemId)}: ${words.t(`placement.${comparison.placement as 'unanswered' | 'no_category'}`)}`, { size: 9 });
    }
  }
}

function disagreements(w: Writer, input: ReportInput, ui: AnswerWords): void {
  const { words } = w;
  const result = input.teamResult.result;
  w.heading(words.t('result.disagreements'));
  const all = result.disagreements as readonly { questionId: string; itemId?: string; group?: string; distribution: Readonly<Record<string, number>>; respondents: number; spread: number }[];
  if (all.length === 0) {
    w.paragraph(words.t('result.noDisagreements'));
    return;
  }
  // Engine 2 names what each question decides: the level's gates come first. Engine 1 did not.
  const legacy = !isCurrentResult(result);
  const deciding = legacy ? all.slice(0, 8) : all.filter((d) => d.group === 'gate');
  w.paragraph(words.t(legacy ? 'disagreements.legacyLead' : 'disagreements.lead'), { size: 9.5, color: MUTED });
  if (deciding.length === 0) w.paragraph(words.t('disagreements.noneDeciding'));
  for (const d of deciding) {
    w.room(50);
    w.doc.moveDown(0.2);
    w.paragraph(`${ui.question(d.questionId, d.itemId)}  —  ${words.t('result.spread')} ${words.percent(Math.round(d.spread * 1000) / 10)}`, { bold: true, gap: 1 });
    for (const [key, count] of Object.entries(d.distribution)) {
      w.bullet(`${ui.answer(d.questionId, ui.answerOfKey(d.questionId, key))}: ${words.t('result.respondentsCount', { count, total: d.respondents })}`, { size: 9.5, indent: 6 });
    }
  }
  const others = all.length - deciding.length;
  if (others > 0) {
    w.doc.moveDown(0.4);
    w.paragraph(words.plural('disagreements.others', others), { size: 9.5, color: MUTED });
  }
}

function freeText(w: Writer, input: ReportInput, ui: AnswerWords): void {
  const { words } = w;
  w.heading(words.t('result.freeText'), 120);
  const answers: readonly FreeTextAnswer[] = input.teamResult.freeText;
  for (const question of input.questionnaire.questions.filter((q) => q.kind === 'text')) {
    w.paragraph(words.t('result.freeTextLead', { question: ui.text(question.prompt) }), { size: 9.5, color: MUTED });
    const given = answers.filter((a) => a.questionId === question.id);
    if (given.length === 0) w.paragraph(words.t('result.noFreeText'));
    for (const answer of given) w.bullet(answer.text);
  }
}

function appendix(w: Writer, input: ReportInput, ui: AnswerWords): void {
  const { words } = w;
  w.heading(words.t('appendix.heading'));
  w.paragraph(words.t('appendix.lead'), { size: 9.5, color: MUTED });
  const { answers, disagreements: split } = input.aggregated;
  for (const section of input.questionnaire.sections) {
    const questions = input.questionnaire.questions.filter((q) => q.section === section.id && q.kind !== 'text');
    if (questions.length === 0) continue;
    w.subheading(ui.text(section.title), 12);
    for (const question of questions) {
      w.room(40);
      const number = question.number === null ? '' : `${question.number}. `;
      w.paragraph(`${number}${ui.text(question.prompt)}`, { bold: true, size: 9.5, gap: 1 });
      const answer = answers[question.id];
      if (question.kind === 'frequency') {
        for (const item of question.items) {
          const value = answer === undefined ? undefined : (answer as Readonly<Record<string, string>>)[item.id];
          const itemSplit = split.find((d) => d.questionId === question.id && d.itemId === item.id);
          const given = itemSplit ? `  (${distribution(words, ui, question.id, itemSplit)})` : '';
          w.bullet(`${ui.text(item.label)}: ${value === undefined ? words.t('result.notAnswered') : ui.answer(question.id, value)}${given}`, { size: 9, indent: 6 });
        }
        continue;
      }
      w.paragraph(words.t('appendix.team', { answer: answer === undefined ? words.t('appendix.noTeamAnswer') : ui.answer(question.id, answer) }), { size: 9, indent: 12, gap: 1 });
      const questionSplit = split.find((d) => d.questionId === question.id && d.itemId === undefined);
      if (questionSplit) w.paragraph(words.t('appendix.given', { answers: distribution(words, ui, question.id, questionSplit) }), { size: 9, indent: 12, color: MUTED, gap: 2 });
    }
  }
}

function distribution(words: ReportWords, ui: AnswerWords, questionId: string, d: { distribution: Readonly<Record<string, number>>; respondents: number }): string {
  return Object.entries(d.distribution)
    .map(([key, count]) => `${ui.answer(questionId, ui.answerOfKey(questionId, key))} ${words.t('result.respondentsCount', { count, total: d.respondents })}`)
    .join('; ');
}

/** Every page but the cover names client, team and assessment, and its number of the whole. */
function footers(w: Writer, input: ReportInput): void {
  const { doc, words } = w;
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    if (index === range.start) continue;
    const bottomMargin = doc.page.margins.bottom;
    // Drawn inside the bottom margin: without this PDFKit would start a new page.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - 40;
    doc.moveTo(MARGIN.left, y - 6).lineTo(MARGIN.left + WIDTH, y - 6).lineWidth(0.5).strokeColor(RULE).stroke();
    doc.font('regular').fontSize(8).fillColor(MUTED);
    doc.text(`${input.client} · ${input.team} · ${input.teamResult.title}`, MARGIN.left, y, { width: WIDTH - 90, lineBreak: false, ellipsis: true });
    doc.text(words.t('footer.page', { page: index + 1, pages: range.count }), MARGIN.left + WIDTH - 90, y, { width: 90, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottomMargin;
  }
}

/** Draws the report; resolves to the PDF's bytes. */
export async function renderTeamReport(input: ReportInput): Promise<Buffer> {
  const [PDFDocument, font] = await Promise.all([loadPdfKit(), loadFonts()]);
  const words = reportWords(input.locale);
  const ui = answerWords(words, input.questionnaire);
  const title = `${words.t('report.kind')}: ${input.client} · ${input.team} · ${input.teamResult.title}`;
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    lang: input.locale,
    displayTitle: true,
    info: { Title: title, Author: 'Assay', Subject: words.t('report.subject'), CreationDate: input.generatedAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', font.regular);
  doc.registerFont('bold', font.bold);
  const w = new Writer(doc, words);
  cover(w, input, ui);
  summary(w, input, ui);
  roadmap(w, input, ui);
  dimensions(w, input, ui);
  benchmark(w, input, ui);
  disagreements(w, input, ui);
  freeText(w, input, ui);
  appendix(w, input, ui);
  footers(w, input);
  doc.end();
  return done;
}
