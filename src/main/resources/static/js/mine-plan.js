// Mine assignment plan page (issue 16): live progress while the solver runs, and the scatter of mines and home bases.
(function () {
  'use strict';

  function poll(box) {
    var url = box.getAttribute('data-progress-url');
    fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (p) {
        if (!p) { return; }
        document.getElementById('plan-status').textContent = p.status;
        document.getElementById('plan-score').textContent = p.score;
        document.getElementById('plan-violation-count').textContent = p.violationCount + ' 处';
        var list = document.getElementById('plan-violations');
        list.textContent = '';
        p.violations.forEach(function (v) {
          var li = document.createElement('li');
          li.textContent = v;
          list.appendChild(li);
        });
        if (p.running) {
          setTimeout(function () { poll(box); }, 2000);
        } else {
          window.location.reload();
        }
      })
      .catch(function () { setTimeout(function () { poll(box); }, 5000); });
  }

  function scatter(el) {
    var raw = el.getAttribute('data-chart');
    if (!raw || typeof echarts === 'undefined') { return; }
    var d = JSON.parse(raw);
    var path = [];
    d.lines.forEach(function (l) { path.push(l[0], l[1], '-'); });
    var chart = echarts.init(el);
    chart.setOption({
      tooltip: {trigger: 'item', formatter: function (p) { return p.data && p.data[2] ? p.data[2] : ''; }},
      legend: {data: ['矿山', '监管专员常驻地', '派驻关系']},
      grid: {left: 50, right: 20, top: 40, bottom: 40},
      xAxis: {type: 'value', name: '经度', scale: true},
      yAxis: {type: 'value', name: '纬度', scale: true},
      series: [
        {name: '派驻关系', type: 'line', data: path, symbol: 'none', lineStyle: {width: 1, opacity: 0.4}, silent: true},
        {name: '矿山', type: 'scatter', data: d.mines, symbol: 'triangle', symbolSize: 12},
        {name: '监管专员常驻地', type: 'scatter', data: d.homes, symbolSize: 8}
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var box = document.getElementById('plan-progress');
    if (box && box.getAttribute('data-running') === 'true') { poll(box); }
    var el = document.getElementById('plan-scatter');
    if (el) { scatter(el); }
  });
})();

// Rotation exception form: one select of "commissioner — mine" fills the two hidden ids.
document.addEventListener('DOMContentLoaded', function () {
  'use strict';
  var sel = document.querySelector('[data-pair-select]');
  if (!sel) { return; }
  sel.addEventListener('change', function () {
    var parts = sel.value.split(':');
    document.getElementById('x-commissioner').value = parts[0];
    document.getElementById('x-mine').value = parts[1];
  });
});
