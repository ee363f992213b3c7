/**
 * The Chinese interface dictionary: the namespaces and keys of src/lib/i18n/en.ts, typed against
 * its `Dictionary`, so a key missing here, or one English lacks, is a type error. Terms follow
 * content/zh/TERMINOLOGY.md.
 */
import type { Dictionary } from './en';

export const ui: Dictionary['ui'] = {
  siteName: '涌现能力浏览器',
  nav: {
    label: '主导航',
    paper: '论文',
    figures: '图表',
    data: '数据',
    about: '关于',
    search: '搜索',
  },
  skip: '跳到正文',
  theme: {
    toggle: '切换深色主题',
    dark: '深色',
    light: '浅色',
  },
  lang: {
    switch: 'English',
    switchLabel: '阅读本页英文版',
  },
  footer: {
    paper: '论文',
    data: '本站所有数字均由项目自己的脚本从 arXiv v2 PDF 的矢量图中提取，详见“数据”页。',
    licence: '文字与代码采用 MIT 许可；论文及其图表版权归原作者所有。',
    more: '更多页面',
    glossary: '术语表',
    references: '参考文献',
    dataNotes: '数据说明',
    present: '演示图表',
  },
  notFound: {
    title: '页面不存在',
    text: '页面不存在。它可能已被移动，或者链接有误。',
    home: '首页',
  },
  // Chinese uses a full-width colon with no space.
  colon: '：',
  listSeparator: '、',
  figure: '图 {n}',
  figurePanel: '图 {n}{panel}',
  figureCell: '图 {n}（第 {row} 行第 {col} 列）',
  backToSite: '返回网站',
};

export const chart: Dictionary['chart'] = {
  flops: '训练算力（FLOPs）',
  params: '参数量',
  source: '来源',
  // Chinese uses a full-width colon with no space.
  colon: '：',
  figure: '图',
  panel: '子图',
  xFlopsTitle: '模型规模（训练算力，FLOPs）',
  xParamsTitle: '模型规模（参数量）',
  emergesAt: '表 1：涌现于',
  series: '条曲线',
  points: '个数据点',
  chartOf: '图表：',
  against: '随',
  value: '数值',
  model: '模型',
  count: '任务数',
};

export const axisTitles: Dictionary['axisTitles'] = {
  'Accuracy (%)': '准确率（%）',
  'Exact match (%)': '精确匹配（%）',
  'BLEU (%)': 'BLEU（%）',
  'Model scale (training FLOPs)': '模型规模（训练算力，FLOPs）',
  'Model scale (number of parameters)': '模型规模（参数量）',
  'Training FLOPs': '训练算力（FLOPs）',
  'Number of parameters': '参数量',
  'Cross-entropy loss': '交叉熵损失',
  'Error rate (%)': '错误率（%）',
  'Evaluation metric (%)': '评测指标（%）',
  'Number of tasks': '任务数',
  'Model parameters': '模型参数量',
  'WikiText103 ppl': 'WikiText103 困惑度',
  'Neg. log probability': '负对数概率',
  'GSM8K Accuracy (%)': 'GSM8K 准确率（%）',
  '10 NLU task average': '10 个 NLU 任务的平均成绩',
  '% ECE (log-scale, decreasing)': 'ECE（%，对数刻度，向上递减）',
  'VQA accuracy (%)': 'VQA 准确率（%）',
  'Performance of largest model': '最大模型的表现',
  'Performance of second-largest model': '第二大模型的表现',
};

export const referenceNames: Dictionary['referenceNames'] = {
  Random: '随机水平',
  'Random performance (25%)': '随机水平（25%）',
  'Prior SOTA (pretrain–finetune)': '此前最佳（预训练后微调）',
};

export const controls: Dictionary['controls'] = {
  legend: '曲线（点击显示或隐藏）',
  loadError: '无法加载图表数据，视图未改变。请检查网络连接后重试。',
  xAxis: '横轴',
  yAxis: '纵轴',
  flops: 'FLOPs',
  params: '参数量',
  linear: '线性',
  log: '对数',
  display: '显示',
  chart: '图表',
  table: '表格',
  dataTable: '数据表',
  keyboardHint:
    '交互式图表。用方向键在数据点之间移动：左右沿同一条曲线，上下切换曲线。按 Esc 关闭详情。',
  openChart: '打开此图表',
  series: '曲线',
  model: '模型',
  sortBy: '排序：',
  options: '选项',
};

export const share: Dictionary['share'] = {
  share: '分享',
  copyLink: '复制链接',
  nativeShare: '分享…',
  copyEmbed: '复制嵌入代码',
  copyImage: '复制图片',
  copied: '已复制到剪贴板。',
  failed: '操作失败',
  downloadImage: '下载图片',
  format: '格式',
  size: '尺寸',
  theme: '主题',
  light: '浅色',
  dark: '深色',
  transparent: '透明背景',
  download: '下载',
  downloaded: '已开始下载。',
  data: '数据',
  cite: '引用',
  thePaper: '论文',
  thisView: '当前图表视图',
  bibtexForView: '生成当前视图的 BibTeX（含链接与今天的日期）',
  copyBibtex: '复制 BibTeX',
  copyApa: '复制 APA',
  sizes: {
    '1x': '1×（宽 672 像素）',
    '2x': '2×（宽 1344 像素）',
    '1920x1080': '幻灯片 16:9，1920 × 1080',
    '1280x720': '幻灯片 16:9，1280 × 720',
    '1600x1200': '幻灯片 4:3，1600 × 1200',
    '1080x1080': '方形帖子，1080 × 1080',
  },
  directLabels: '在曲线旁标注名称',
  pptx: 'PowerPoint（.pptx），可编辑图表',
  embed: '嵌入',
  embedKind: '方式',
  embedKinds: {
    fixed: '固定尺寸（幻灯片）',
    auto: '自适应高度（文章）',
    markdown: '图片 + 链接（Markdown）',
    html: '图片 + 链接（HTML）',
  },
  embedNote: '“图片 + 链接”显示发布时的图表；链接打开当前视图。',
  noticeTitle: '链接中的部分参数无法使用，图表对这些参数采用默认值：',
  dismiss: '关闭',
};

export const present: Dictionary['present'] = {
  title: '演示',
  description: '全屏演示论文中的图表：由图表链接组成的幻灯片、逐步展开、演讲者视图、打印为 PDF。',
  heading: '幻灯片',
  noscript:
    '此列表为示例幻灯片。幻灯片链接需要 JavaScript 才能读取，而当前 JavaScript 已关闭：下面是示例，而不是链接中的幻灯片。',
  previous: '上一张',
  next: '下一张',
  fullscreen: '全屏（F）',
  speaker: '演讲者视图（S）',
  edit: '编辑幻灯片',
  print: '打印 / PDF',
  pptx: 'PowerPoint（.pptx）',
  pptxFailed: '无法生成 PowerPoint 文件：',
  counter: '第 {n} 张，共 {total} 张',
  step: '第 {n} 步，共 {total} 步',
  noticeTitle: '此链接中有部分内容无法使用，其余幻灯片照常显示：',
  dismiss: '关闭',
  empty: '这套幻灯片中没有可以显示的内容。',
  loadError: '无法加载此图表。',
  keys: '按键：→ 或空格下一张，← 上一张，Home/End 第一张/最后一张，F 全屏，S 演讲者视图，B 黑屏。',
  openChart: '打开图表',
  brackets: ['（', '）'],
  speakerTitle: '演讲者视图',
  current: '当前幻灯片',
  upNext: '下一张幻灯片',
  notes: '备注',
  end: '幻灯片结束',
  timer: '已用时间',
  pause: '暂停',
  resume: '继续',
  reset: '重置',
  speakerBlocked: '无法打开演讲者视图：请允许本站打开弹出窗口。',
  titleSlide: '标题页',
  twoCharts: '两张图表',
  editTitle: '编辑幻灯片',
  editDescription: '用论文中的图表制作幻灯片：添加、排序、删除幻灯片，修改视图，并复制链接。',
  editIntro:
    '幻灯片保存在此浏览器和本页链接中。可在任意图表的“分享”菜单中选择“加入幻灯片”，或在下方添加。',
  editNoscript: '幻灯片编辑器需要 JavaScript。',
  addChart: '添加图表',
  addTitle: '添加标题页',
  addPair: '并排添加两张图表',
  chart: '图表',
  secondChart: '第二张图表',
  titleText: '标题',
  subtitleText: '副标题',
  add: '添加',
  up: '上移',
  down: '下移',
  remove: '删除',
  xAxis: 'x 轴',
  yAxis: 'y 轴',
  series: '系列',
  build: '展开方式',
  builds: {
    none: '无',
    series: '逐个显示系列',
    predict: '先预测，再揭晓',
    x: '先 FLOPs，再参数量',
  },
  flops: '训练算力（FLOPs）',
  params: '参数量',
  linear: '线性',
  log: '对数',
  deckLink: '幻灯片链接',
  copyLink: '复制链接',
  copied: '已复制到剪贴板。',
  present: '演示这套幻灯片',
  clear: '删除全部幻灯片',
  noSlides: '还没有幻灯片。',
  full: '幻灯片已满（最多 {max} 张）。',
  addToDeck: '加入幻灯片',
  addedToDeck: '已加入，幻灯片共 {n} 张。',
  openDeck: '打开幻灯片',
  slide: '幻灯片',
};

export const credit: Dictionary['credit'] = {
  lead: '数据：Wei 等（2022），{label}，',
};

export const pptx: Dictionary['pptx'] = {
  pictureNote: '上一张幻灯片中图表的图片（不可编辑）。',
};

export const predict: Dictionary['predict'] = {
  caption: '先预测，再揭晓',
  family: '模型家族',
  cutoff: '拟合所用模型（截至）',
  fit: '拟合趋势',
  guess: '你对最大模型得分的猜测',
  reveal: '揭晓',
  reset: '重新开始',
  noScript:
    '这个练习需要 JavaScript，因此下图显示的是包括较大模型在内的完整数据：如果想先猜一猜，请先遮住图的右端。',
  intro:
    '较大的模型已被隐藏。选一个模型家族，再选你“当时”已知的最大模型；可以先按“拟合趋势”，沿着较小的模型画一条直线，然后输入你自己对最大模型得分的猜测。“揭晓”会显示它的实际得分。',
};

export const predictStatus: Dictionary['predictStatus'] = {
  cutoffMarker: '截止点',
  trendName: '趋势（基于 ≤ {cutoff} 拟合）',
  fitted:
    '已用 {n} 个 {family} 模型（截至 {cutoff}）拟合。延伸到 {largest}，趋势预测的得分为 {predicted}。按“揭晓”查看实际得分。',
  hidden: '比 {cutoff} 更大的 {family} 模型已隐藏。请输入你对 {largest} 的猜测，再按“揭晓”。',
  revealed: '在 {largest} 处，趋势预测 {predicted}；模型实际得分 {actual}。',
  revealedGuess: '在 {largest} 处，你猜 {guess}，趋势预测 {predicted}；模型实际得分 {actual}。',
  revealedNoTrend: '在 {largest} 处，模型实际得分 {actual}。',
  revealedNoTrendGuess: '在 {largest} 处，你猜 {guess}；模型实际得分 {actual}。',
  tooFew: '拟合趋势至少需要截止点及以下有两个模型。请选择更大的截止点。',
  sameX: '截止点及以下的模型规模都相同，无法拟合趋势。请选择更大的截止点。',
  resetDone: '较大的模型已重新隐藏。',
  loadError: '无法加载图表数据，请刷新页面重试。',
};

export const metricSwitch: Dictionary['metricSwitch'] = {
  legend: '在三个子图中只显示一种指标',
  all: '全部指标',
  whyTitle: '为什么指标会改变曲线的形状？',
  why: '精确匹配只在整个答案逐字完全正确时才给分。假设模型随规模增大，答案中每一部分都做得越来越好，但大多数答案里仍至少有一处出错：这时它的精确匹配得分一直贴近底部，要等到各个部分都足够可靠、整个答案能够完全正确时，才会陡然上升。给部分分的指标可以更早地捕捉到这种进步：BLEU 和 ROUGE 统计与参考答案相同的词和词序列，BLEURT 则用一个训练过的模型来判断答案在意思上有多接近。因此，对同一批输出，它们可能画出更平滑的曲线，但并不一定如此；用这个开关可以逐个任务核对。',
  noScript: '指标开关需要 JavaScript；下面每张图都显示了全部指标，图例中列出了它们。',
};

export const metricStatus: Dictionary['metricStatus'] = {
  showing: '每个子图现在只显示 {metric}。',
  showingAll: '每个子图现在显示全部指标。',
  missing: '{panels} 没有报告 {metric}，因此该图为空。',
};

/** The printed English name stays alongside the Chinese one, so the label matches the legends. */
export const metricNames: Dictionary['metricNames'] = {
  'Exact match': '精确匹配（Exact match）',
  'Multiple choice grade': '多选题得分（Multiple choice grade）',
  'Sequence F1': '序列 F1（Sequence F1）',
};

export const explainer: Dictionary['explainer'] = {
  t1: {
    caption: '表 1：涌现能力及其出现的规模',
    kind: '类型',
    ability: '能力',
    flops: '涌现时的 FLOPs',
    params: '参数量',
    model: '模型',
    reference: '文献',
    chart: '图表',
    kinds: {
      'few-shot': '少样本',
      augmented: '增强提示',
    },
    many: '多个',
    filters: '筛选表 1',
    filterKind: '类型',
    filterModel: '模型',
    filterMin: 'FLOPs 不低于',
    filterMax: 'FLOPs 不高于',
    any: '不限',
    all: '全部',
    reset: '清除筛选',
    showing: '显示 {n} / {total} 项',
    sortHint: '点击列标题按该列排序，再点一次反向排序。',
    openChart: '打开图表 {label}',
    stripTitle: '各项能力在哪里涌现',
    stripIntro:
      '每个标记是表 1 的一行，按该能力涌现时的规模摆放：上方为训练算力，下方为参数量。两条轴都是对数刻度，数值相同的标记向上堆叠。被筛选隐藏的行会变淡。“多个 BIG-bench 任务”一行没有单一规模，因此不画出。',
    stripFlops: '涌现时的训练算力（FLOPs）',
    stripParams: '涌现时的参数量',
    stripLabel:
      '表 1 各能力按涌现 FLOPs 与参数量排列的条带图，颜色表示模型家族。上方表格列出相同的数值。',
    legend: '模型家族',
  },
  bb: {
    search: '搜索任务名称',
    searchHint: '下划线与空格视为相同。',
    categories: '类别',
    match: '匹配 {n} 个任务',
    matchOne: '匹配 1 个任务',
    tasks: '{n} 个任务',
    tasksOf: '{n} / {total} 个任务',
    palm62b: '附录 F：在 PaLM 62B 上涌现，而在 GPT-3 175B 和 LaMDA 137B 上没有',
    fig8Title: '图 8 与这些类别的关系',
    fig8: '图 8 为每个 BIG-bench 关键词画一根柱子（只含至少有五个任务的关键词），统计带有该关键词的 E.1–E.4 任务；一个任务有几个关键词就计入几根柱子，所以柱子加起来多于任务数。每根柱子按类别分段：{stacks}。E.5（“其他”）不在图中。',
    fig8Link: '打开图 8',
    inFig8: '图 8 中的分段：“{stack}”',
    notInFig8: '不在图 8 中',
  },
  ref: {
    title: '参考文献',
    intro:
      '论文在表 1 和各图中引用的全部文献，按第一作者排序。每条注明引用位置；链接指向 arXiv、DOI 或论文中印出的网址。',
    citedBy: '引用位置',
    self: '本论文',
    table1: '表 1',
    figure: '图 {n}',
    citedAs: '引用为',
  },
  gl: {
    title: '术语表',
    intro: '讲解中用到的术语及简短定义。正文中带虚线的链接指向这里。',
  },
  dn: {
    title: '来源不一致之处',
    intro1:
      '从论文中提取数字时，脚本把每个数值与它出现的其他位置逐一比对：同一模型在另一张图中的位置、表 1 中的同一门槛、被引论文中的同一结果。绝大多数一致，下面的 {n} 条记录是不一致的那些。',
    intro2:
      '我们把它们列出来，而不是悄悄选定一个数值。核对数字的读者应当看到两个印出的来源有出入、出入有多大；如果默默修正，我们的图表就会显得比论文本身更精确，也会掩盖我们所做的取舍。每条记录都给出两个数值、差距大小以及比较的出处，方便你判断它对所讨论的结论是否重要。',
    kinds: '不一致的类型',
    values: '比较的数值',
    gap: '差距',
    gapValue: '{abs}（{rel}）',
    source: '来源',
    charts: '相关图表',
    model: '模型',
    count: '{n} 条',
    countOne: '1 条',
  },
};

export const bigbenchCategories: Dictionary['bigbenchCategories'] = {
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

export const noteKinds: Dictionary['noteKinds'] = {
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
};

export const pages: Dictionary['pages'] = {
  home: {
    kicker: '交互式导读：',
    summary:
      'Wei 等人汇集了数十个案例：随着模型变大，语言模型在某些任务上的表现一直停留在随机猜测的水平，而一旦规模越过某个门槛，表现就陡然上升。他们把这类能力称为“涌现能力”——无法通过外推小模型的表现来预测。论文的主图涵盖五个模型家族（LaMDA、GPT-3、Gopher、Chinchilla 和 PaLM），表 1 还收录了 FLAN、T5、Anthropic 模型等其他模型的结果；论文还指出思维链等提示技巧同样只有在越过门槛之后才有帮助，并讨论了这种现象的可能成因、小模型何时能够迎头赶上，以及它对整个领域的意义。',
    claim: '核心论点',
    claimText:
      '语言模型的某些能力无法从小模型的表现中预测：在许多规模上，表现都停留在随机猜测水平，直到训练算力越过某个门槛后突然跃升。图 2 展示了八个这样的任务，每条曲线代表一个模型家族。',
    families: '五个模型家族',
    sections: '逐节阅读论文',
    next: '从这里开始',
    explainer: '阅读导读',
    explainerText: '逐节用通俗的语言讲解整篇论文。',
    figures: '浏览图表',
    figuresText: '根据论文自身的数据重新绘制的每一张数据图。',
    data: '获取数据',
    dataText: '附带每个数据点出处的 JSON 与 CSV 文件。',
  },
  paperIndex: {
    title: '论文导读',
    intro: '可以按顺序阅读，也可以直接跳到需要的部分。每一页都以交互图表呈现论文自身的数据。',
  },
  paper: {
    pager: '上一页与下一页',
  },
  figures: {
    title: '全部图表',
    description: '论文中的 12 张数据图，全部由论文自身的数据重新绘制。',
    intro: '论文的每一张数据图（图 2 至图 13；图 1 是示意图）。点击进入查看完整的图和每个子图。',
    panels: '{n} 个子图',
    panelsOne: '1 个子图',
    pdfPage: 'PDF 第 {page} 页',
  },
  figure: {
    source: '来源：Wei et al. (2022), 图 {n}，arXiv v2 PDF 第 {page} 页',
    pager: '上一张与下一张图',
  },
  figureGrid: {
    open: '——点击子图可查看大图、数据表和交互控件。',
  },
  chart: {
    crumbs: '面包屑',
  },
  chartSources: {
    title: '数据来源',
    extractedFrom: '数据提取自 ',
    pdfPage: 'arXiv v2 PDF 第 {page} 页',
    provenance:
      '每个数据点都由项目脚本从论文的矢量图中读出，并附带出处（图、子图、曲线、模型、PDF 坐标）。',
    download: '下载：',
    allFigures: '全部图表数据',
    aboutData: '关于数据',
  },
  familyList: {
    sizes: '{n} 个规模，{range}参数',
  },
  data: {
    title: '数据',
    description: '本站数据集的下载与说明：全部从论文 PDF 的矢量图中提取，每个数字都可复现。',
    introBefore: '本站的每一个数字都来自论文 arXiv v2 PDF 中的矢量图：项目自己的脚本（',
    introAfter:
      '）读取每个坐标轴的刻度，把 PDF 坐标换算成数据值，再逐点记录出处。提取脚本在持续集成中重新运行，并检查结果与提交的数据逐字节一致。',
    notesLink: '数据说明：论文与自身及引用文献不一致之处',
    files: '文件',
    figuresFile:
      '图 2–13 的全部子图（{panels} 个子图，{points} 个数据点）：坐标轴及印刷的刻度、带颜色和标记的曲线、基线、图 8 的柱状计数。每个点包含 x、y、模型 id 以及读取它的 PDF 坐标。',
    modelsFile:
      '图中出现的 {n} 个模型：家族、名称、参数量（读自图 11–13、4、10）、所有画出的 FLOPs 值及对应图表、有来源时的训练词元数。',
    abilitiesFile: '表 1：{n} 项涌现能力，及其涌现时的规模（FLOPs、参数量）、模型和对应图表。',
    bigbenchFile:
      '附录 E：每个 BIG-bench 任务及其类别（随 LaMDA/GPT-3 涌现、随 PaLM 涌现、平滑增长、持平、其他）。',
    referencesFile: '图注和表 1 引用的文献（CSL-JSON）。',
    notesFile: '发现的所有不一致：论文自身前后、与表 1、与被引论文之间，附两个数值及差距。',
    csvTitle: '每个子图的 CSV',
    csv: '每个子图都有一个 CSV 文件，包含出处列（图、子图、曲线、模型、参数量、PDF 页码与坐标）。地址为 ',
    csvExample: '，例如 ',
    ids: '图表 id 是永久的：',
    idPanel: '（图 + 编号 + 子图字母）、',
    idSingle: '（单一子图）、',
    idGrid: '（无字母网格的行列）。',
    allCsv: '全部 {n} 个 CSV',
    licenceTitle: '许可与引用',
    cite: '这些数值是论文中的事实。使用时请引用原论文：',
    licence: '数据文件的整理与提取代码采用 MIT 许可。',
  },
  search: {
    title: '搜索',
    description: '搜索导读页面与图表（索引随网站一起发布，你的搜索词不会离开浏览器）。',
    intro: '在本站的导读页面和图表中搜索。搜索索引在构建时生成，完全在浏览器中运行。',
    noscript: '搜索需要 JavaScript。',
  },
  about: {
    title: '关于本站',
  },
  embed: {
    open: '在涌现能力浏览器中打开',
  },
  present: {
    sampleTitle: '大语言模型的涌现能力',
    sampleSubtitle: 'Wei 等（2022）论文中的图表，依据论文数据重新绘制',
  },
};

/** The whole Chinese dictionary. */
export const zh: Dictionary = {
  ui,
  chart,
  axisTitles,
  referenceNames,
  controls,
  share,
  present,
  credit,
  pptx,
  predict,
  predictStatus,
  metricSwitch,
  metricStatus,
  metricNames,
  explainer,
  bigbenchCategories,
  noteKinds,
  pages,
};
