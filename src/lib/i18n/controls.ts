import type { Lang } from './ui';

/** Labels of chart controls, per language. */
export const CONTROL_STRINGS = {
  en: {
    legend: 'Series (press to show or hide)',
    loadError:
      'The chart data could not be loaded, so the view was not changed. Check the connection and try again.',
    xAxis: 'X axis',
    yAxis: 'Y axis',
    flops: 'FLOPs',
    params: 'Parameters',
    linear: 'Linear',
    log: 'Log',
    display: 'Display',
    chart: 'Chart',
    table: 'Table',
    dataTable: 'Data table',
    keyboardHint:
      'Interactive chart. Use the arrow keys to move between points: left and right along a series, up and down across series. Escape closes the details.',
    openChart: 'Open this chart',
    series: 'Series',
    model: 'Model',
    sortBy: 'Sort by',
    options: 'Options',
  },
  zh: {
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
    options: '选项',
    model: '模型',
    sortBy: '排序：',
  },
} as const satisfies Record<Lang, Record<string, string>>;
