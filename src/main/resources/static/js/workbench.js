// The workbench's chart (issue 12): cases opened per month, stacked by current stage. The card arrives by
// htmx, so charts are drawn when content is loaded (htmx.onLoad runs for the page and every swap).
(function () {
  function draw(el) {
    if (el.dataset.drawn || typeof echarts === 'undefined') { return; }
    el.dataset.drawn = '1';
    var data = JSON.parse(el.dataset.chart);
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 36, right: 8, top: 36, bottom: 24 },
      xAxis: { type: 'category', data: data.months.map(function (m) { return m.substring(2).replace('-', '/'); }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: data.series.map(function (s) { return { name: s.name, type: 'bar', stack: 'cases', data: s.data }; })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  function scan(root) {
    (root || document).querySelectorAll('.workbench-chart[data-chart]').forEach(draw);
  }
  if (window.htmx) { htmx.onLoad(function (el) { scan(el.parentNode || el); }); }
  document.addEventListener('DOMContentLoaded', function () { scan(document); });
})();
