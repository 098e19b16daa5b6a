/* Charts of the pages, drawn with the ECharts WebJar served by the application itself (no CDN: works offline). */
window.qcdcCharts = (function () {
  function chart(id) {
    var el = document.getElementById(id);
    if (!el || !window.echarts) { return null; }
    var c = echarts.init(el, null, {renderer: 'svg'});
    window.addEventListener('resize', function () { c.resize(); });
    return c;
  }
  function num(v) { return v == null ? null : Number(v); }
  /* A value as the page's language writes it: 19,91 on a Vietnamese page, 19.91 on an English one. */
  var locale = document.documentElement.lang === 'en' ? 'en-US' : 'vi-VN';
  function written(v) { return v == null ? '' : Number(v).toLocaleString(locale, {maximumFractionDigits: 2}); }
  function label(extra) {
    var l = {show: true, formatter: function (p) { return written(p.value); }};
    for (var k in extra) { l[k] = extra[k]; }
    return l;
  }
  return {
    /* Bars of each group's points against its maximum. */
    groups: function (id, groups, pointsLabel, maxLabel) {
      var c = chart(id); if (!c) { return; }
      c.setOption({
        animation: false,
        tooltip: {trigger: 'axis', valueFormatter: written},
        legend: {data: [pointsLabel, maxLabel]},
        grid: {left: 40, right: 10, bottom: 40, top: 30},
        xAxis: {type: 'category', data: groups.map(function (g) { return g.id; }),
                axisLabel: {interval: 0}},
        yAxis: {type: 'value'},
        series: [
          {name: maxLabel, type: 'bar', data: groups.map(function (g) { return num(g.maxPoints); }),
           itemStyle: {color: '#d9dee7'}, barGap: '-100%'},
          {name: pointsLabel, type: 'bar', data: groups.map(function (g) { return num(g.points); }),
           itemStyle: {color: '#1f6feb'}, label: label({position: 'top', fontSize: 10})}
        ]
      });
    },
    /* Line of the totals over the years. */
    trend: function (id, points, totalLabel) {
      var c = chart(id); if (!c) { return; }
      c.setOption({
        animation: false,
        tooltip: {trigger: 'axis', valueFormatter: written},
        grid: {left: 40, right: 20, bottom: 30, top: 20},
        xAxis: {type: 'category', data: points.map(function (p) { return String(p.year); })},
        yAxis: {type: 'value', min: 0, max: 100},
        series: [{name: totalLabel, type: 'line', data: points.map(function (p) { return num(p.total); }),
                  label: label({}), symbolSize: 8}]
      });
    },
    /* Bars of how many communes have each grade. */
    distribution: function (id, labels, counts) {
      var c = chart(id); if (!c) { return; }
      c.setOption({
        animation: false,
        tooltip: {},
        grid: {left: 40, right: 10, bottom: 30, top: 20},
        xAxis: {type: 'category', data: labels, axisLabel: {interval: 0}},
        yAxis: {type: 'value', minInterval: 1},
        series: [{type: 'bar', data: counts, itemStyle: {color: '#1f6feb'}, label: {show: true, position: 'top'}}]
      });
    }
  };
})();
