/** Interface strings of the explorers and the reference pages (Table 1, Appendix E, bibliography, glossary, data notes). */
import type { Lang } from '../i18n/ui';
import { fillTemplate } from '../format/template';

const en = {
  // Table 1 explorer
  't1.caption': 'Table 1: emergent abilities and the scale at which each emerges',
  't1.kind': 'Kind',
  't1.ability': 'Ability',
  't1.flops': 'Emergence FLOPs',
  't1.params': 'Parameters',
  't1.model': 'Model',
  't1.reference': 'Reference',
  't1.chart': 'Chart',
  't1.kind.few-shot': 'Few-shot',
  't1.kind.augmented': 'Augmented',
  't1.many': 'Many',
  't1.filters': 'Filter Table 1',
  't1.filterKind': 'Kind',
  't1.filterModel': 'Model',
  't1.filterMin': 'FLOPs at least',
  't1.filterMax': 'FLOPs at most',
  't1.any': 'Any',
  't1.all': 'All',
  't1.reset': 'Reset filters',
  't1.showing': 'Showing {n} of {total}',
  't1.sortHint': 'Press a column heading to sort by it; press again to reverse.',
  't1.openChart': 'Open chart {label}',
  't1.stripTitle': 'Where each ability emerges',
  't1.stripIntro':
    'Each mark is one row of Table 1, placed by the scale at which the ability emerges: training compute on top, parameters below. Both axes are logarithmic; marks with the same value stack upwards. Rows hidden by the filters fade. The "Many BIG-Bench tasks" row has no single scale and is not drawn.',
  't1.stripFlops': 'Training FLOPs at emergence',
  't1.stripParams': 'Parameters at emergence',
  't1.stripLabel':
    'Strip chart of the Table 1 abilities by emergence FLOPs and by parameters, coloured by model family. The table lists the same values.',
  't1.legend': 'Model families',
  // BIG-bench explorer
  'bb.search': 'Search task names',
  'bb.searchHint': 'Underscores and spaces are treated alike.',
  'bb.categories': 'Categories',
  'bb.match': '{n} tasks match',
  'bb.matchOne': '1 task matches',
  'bb.tasks': '{n} tasks',
  'bb.tasksOf': '{n} of {total} tasks',
  'bb.palm62b': 'Appendix F: emergent with PaLM 62B but not with GPT-3 175B or LaMDA 137B',
  'bb.fig8Title': 'How Figure 8 relates to these categories',
  'bb.fig8':
    'Figure 8 has one bar per BIG-bench keyword (only keywords attached to at least five tasks) and counts the tasks of E.1–E.4 that carry it; a task with several keywords adds to several bars, so the bars add up to more than the number of tasks. Each bar is split by category: {stacks}. E.5 ("Other") is left out of the figure.',
  'bb.fig8Link': 'Open Figure 8',
  'bb.inFig8': 'Figure 8 segment: “{stack}”',
  'bb.notInFig8': 'Not in Figure 8',
  // Bibliography
  'ref.title': 'References',
  'ref.intro':
    'Every work the paper cites in Table 1 and in the figures, sorted by first author. Each entry says where it is cited; the links go to arXiv, the DOI or the address printed in the paper.',
  'ref.citedBy': 'cited in',
  'ref.self': 'this paper',
  'ref.table1': 'Table 1',
  'ref.figure': 'Figure {n}',
  'ref.citedAs': 'Cited as',
  // Glossary
  'gl.title': 'Glossary',
  'gl.intro':
    'The terms the explainer uses, with short definitions. Dotted links in the text lead here.',
  // Data notes
  'dn.title': 'Where the sources disagree',
  'dn.intro1':
    'While extracting the numbers from the paper, the script compared each value with every other place it appears: the same model in another figure, the same threshold in Table 1, the same result in the cited paper. Most agree. The {n} notes below are the ones that do not.',
  'dn.intro2':
    'We list them instead of quietly picking one value. A reader checking a number should see that two printed sources differ and by how much; a silent correction would make our charts look more precise than the paper is, and would hide the choice we made. Each note gives both values, the size of the gap and where the comparison comes from, so you can judge whether it matters for the point being made.',
  'dn.kinds': 'Kinds of disagreement',
  'dn.values': 'Values compared',
  'dn.gap': 'Gap',
  'dn.gapValue': '{abs} ({rel})',
  'dn.source': 'Source',
  'dn.charts': 'Charts',
  'dn.model': 'Model',
  'dn.count': '{n} notes',
  'dn.countOne': '1 note',
} as const;

/** Keys of the explorer strings. */
export type ExplainerKey = keyof typeof en;

const zh: Record<ExplainerKey, string> = {
  't1.caption': '表 1：涌现能力及其出现的规模',
  't1.kind': '类型',
  't1.ability': '能力',
  't1.flops': '涌现时的 FLOPs',
  't1.params': '参数量',
  't1.model': '模型',
  't1.reference': '文献',
  't1.chart': '图表',
  't1.kind.few-shot': '少样本',
  't1.kind.augmented': '增强提示',
  't1.many': '多个',
  't1.filters': '筛选表 1',
  't1.filterKind': '类型',
  't1.filterModel': '模型',
  't1.filterMin': 'FLOPs 不低于',
  't1.filterMax': 'FLOPs 不高于',
  't1.any': '不限',
  't1.all': '全部',
  't1.reset': '清除筛选',
  't1.showing': '显示 {n} / {total} 项',
  't1.sortHint': '点击列标题按该列排序，再点一次反向排序。',
  't1.openChart': '打开图表 {label}',
  't1.stripTitle': '各项能力在哪里涌现',
  't1.stripIntro':
    '每个标记是表 1 的一行，按该能力涌现时的规模摆放：上方为训练算力，下方为参数量。两条轴都是对数刻度，数值相同的标记向上堆叠。被筛选隐藏的行会变淡。“多个 BIG-bench 任务”一行没有单一规模，因此不画出。',
  't1.stripFlops': '涌现时的训练算力（FLOPs）',
  't1.stripParams': '涌现时的参数量',
  't1.stripLabel':
    '表 1 各能力按涌现 FLOPs 与参数量排列的条带图，颜色表示模型家族。上方表格列出相同的数值。',
  't1.legend': '模型家族',
  'bb.search': '搜索任务名称',
  'bb.searchHint': '下划线与空格视为相同。',
  'bb.categories': '类别',
  'bb.match': '匹配 {n} 个任务',
  'bb.matchOne': '匹配 1 个任务',
  'bb.tasks': '{n} 个任务',
  'bb.tasksOf': '{n} / {total} 个任务',
  'bb.palm62b': '附录 F：在 PaLM 62B 上涌现，而在 GPT-3 175B 和 LaMDA 137B 上没有',
  'bb.fig8Title': '图 8 与这些类别的关系',
  'bb.fig8':
    '图 8 为每个 BIG-bench 关键词画一根柱子（只含至少有五个任务的关键词），统计带有该关键词的 E.1–E.4 任务；一个任务有几个关键词就计入几根柱子，所以柱子加起来多于任务数。每根柱子按类别分段：{stacks}。E.5（“其他”）不在图中。',
  'bb.fig8Link': '打开图 8',
  'bb.inFig8': '图 8 中的分段：“{stack}”',
  'bb.notInFig8': '不在图 8 中',
  'ref.title': '参考文献',
  'ref.intro':
    '论文在表 1 和各图中引用的全部文献，按第一作者排序。每条注明引用位置；链接指向 arXiv、DOI 或论文中印出的网址。',
  'ref.citedBy': '引用位置',
  'ref.self': '本论文',
  'ref.table1': '表 1',
  'ref.figure': '图 {n}',
  'ref.citedAs': '引用为',
  'gl.title': '术语表',
  'gl.intro': '讲解中用到的术语及简短定义。正文中带虚线的链接指向这里。',
  'dn.title': '来源不一致之处',
  'dn.intro1':
    '从论文中提取数字时，脚本把每个数值与它出现的其他位置逐一比对：同一模型在另一张图中的位置、表 1 中的同一门槛、被引论文中的同一结果。绝大多数一致，下面的 {n} 条记录是不一致的那些。',
  'dn.intro2':
    '我们把它们列出来，而不是悄悄选定一个数值。核对数字的读者应当看到两个印出的来源有出入、出入有多大；如果默默修正，我们的图表就会显得比论文本身更精确，也会掩盖我们所做的取舍。每条记录都给出两个数值、差距大小以及比较的出处，方便你判断它对所讨论的结论是否重要。',
  'dn.kinds': '不一致的类型',
  'dn.values': '比较的数值',
  'dn.gap': '差距',
  'dn.gapValue': '{abs}（{rel}）',
  'dn.source': '来源',
  'dn.charts': '相关图表',
  'dn.model': '模型',
  'dn.count': '{n} 条',
  'dn.countOne': '1 条',
};

const strings: Record<Lang, Record<ExplainerKey, string>> = { en, zh };

/** The explorer string `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function xt(
  lang: Lang,
  key: ExplainerKey,
  vars: Record<string, string | number> = {},
): string {
  return fillTemplate(strings[lang][key], vars);
}

/** Every string of a language, for islands that need a few of them at run time (passed as data-* attributes). */
export function explainerStrings(lang: Lang): Readonly<Record<ExplainerKey, string>> {
  return strings[lang];
}

/** Chinese names of the Appendix E categories and their one-line descriptions (the data file is English). */
export const CATEGORY_ZH: Record<string, { title: string; description: string }> = {
  'E.1': { title: '平稳上升', description: '模型越大，表现越好，提升可以预测，没有突然跃升。' },
  'E.2': {
    title: '在 GPT-3 或 LaMDA 上涌现',
    description: '在 LaMDA 137B 或 GPT-3 175B 之前接近随机，之后明显高于随机。',
  },
  'E.3': {
    title: '在 PaLM 上涌现',
    description:
      '所有规模的 LaMDA 和 GPT-3 都接近随机；只有 PaLM 模型（8B、62B 或 540B）高于随机。',
  },
  'E.4': {
    title: '持平（没有模型优于随机）',
    description: '测试过的模型都不比随机好：未来可能涌现的候选。',
  },
  'E.5': {
    title: '其他',
    description: '未计入图 8：与规模无关、随规模变差、样本太少、评测不完整或难以判断。',
  },
};

/** Chinese names and explanations of data-note kinds; English ones below. */
export const NOTE_KIND_TEXT: Record<Lang, Record<string, { title: string; about: string }>> = {
  en: {
    'flops-mismatch': {
      title: 'Table 1 FLOPs vs. the figures',
      about:
        'Table 1 gives a training compute for a model that differs from where the figures draw that model.',
    },
    'reference-mismatch': {
      title: 'Figure vs. the cited paper',
      about:
        'A value drawn in a figure differs from the number printed in the paper it comes from.',
    },
    'value-differs': {
      title: 'Same result, two figures',
      about: 'The same model on the same task is drawn at different heights in two figures.',
    },
    'model-x-differs': {
      title: 'Same model, different positions',
      about: 'One model is drawn at different training FLOPs (or parameters) in different panels.',
    },
    'model-missing': {
      title: 'Point without a twin',
      about: 'A point drawn in one figure has no counterpart in the figure that should repeat it.',
    },
    'model-unmatched': {
      title: 'Point without a known model',
      about: 'A point sits at a scale that matches no model size drawn elsewhere.',
    },
    'tick-off-position': {
      title: 'Tick label off its position',
      about:
        'An axis tick label does not sit where its value falls on the axis, judged from the other ticks.',
    },
    'axis-scale-differs': {
      title: 'Neighbouring panels, different scales',
      about: 'Panels that look alike use different axis scales (log vs. linear).',
    },
    'label-suspect': {
      title: 'A label that may be swapped',
      about:
        'The drawing and the text suggest two labels may have been exchanged; the data are kept as printed and both readings are given.',
    },
  },
  zh: {
    'flops-mismatch': {
      title: '表 1 的 FLOPs 与图不符',
      about: '表 1 给出的某模型训练算力，与图中画出该模型的位置不同。',
    },
    'reference-mismatch': {
      title: '图与被引论文不符',
      about: '图中画出的数值与其出处论文印出的数字不同。',
    },
    'value-differs': {
      title: '同一结果，两张图不同',
      about: '同一模型在同一任务上的结果，在两张图中画在不同高度。',
    },
    'model-x-differs': {
      title: '同一模型，位置不同',
      about: '同一模型在不同子图中被画在不同的训练算力（或参数量）处。',
    },
    'model-missing': {
      title: '缺少对应点',
      about: '某张图中画出的点，在本应重复它的图中没有对应点。',
    },
    'model-unmatched': {
      title: '找不到对应模型的点',
      about: '某个点所在的规模与其他地方画出的任何模型规模都不匹配。',
    },
    'tick-off-position': {
      title: '刻度标签位置偏移',
      about: '根据其他刻度判断，某个坐标轴刻度标签并不在其数值应在的位置。',
    },
    'axis-scale-differs': {
      title: '相邻子图刻度不同',
      about: '看起来相同的子图使用了不同的坐标刻度（对数与线性）。',
    },
    'label-suspect': {
      title: '可能互换的标签',
      about: '图形与正文显示两个标签可能被互换；数据按原样保留，并给出两种解读。',
    },
  },
};
