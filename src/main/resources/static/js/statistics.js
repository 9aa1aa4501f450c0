// The statistics page (STAT-09): trend by month (lines), composition by case kind (pie), comparison of the
// jurisdictions below (bars). Each element carries its data as JSON in data-chart; no inline script (CSP).
(function () {
  function option(kind, data) {
    if (kind === 'pie') {
      return { tooltip: { trigger: 'item' }, legend: { bottom: 0, type: 'scroll' },
        series: [{ type: 'pie', radius: ['35%', '65%'], data: data.pie.map(function (p) { return { name: p.label, value: p.value }; }) }] };
    }
    return {
      tooltip: { trigger: 'axis' }, legend: { top: 0, type: 'scroll' },
      grid: { left: 40, right: 8, top: 36, bottom: 40 },
      xAxis: { type: 'category', data: data.labels, axisLabel: { interval: 0, rotate: data.labels.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: data.series.map(function (s) { return { name: s.name, type: kind, data: s.data }; })
    };
  }
  function draw(el) {
    if (el.dataset.drawn || typeof echarts === 'undefined') { return; }
    el.dataset.drawn = '1';
    var data = JSON.parse(el.dataset.chart);
    if (el.dataset.kind !== 'pie' && data.labels.length === 0) { el.textContent = '无下级行政区划'; return; }
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption(option(el.dataset.kind, data));
    window.addEventListener('resize', function () { chart.resize(); });
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.stat-chart[data-chart]').forEach(draw);
  });
})();
