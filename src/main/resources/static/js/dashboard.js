/* The dashboard's charts; their data comes from the page's JSON block (CSP allows no inline script). */
(function () {
  var block = document.getElementById('dashboard-charts');
  if (!block || !window.qcdcCharts) { return; }
  var data = JSON.parse(block.textContent);
  qcdcCharts.groups('chart-groups', data.groups, data.pointsLabel, data.maxLabel);
  qcdcCharts.trend('chart-trend', data.trend, data.totalLabel);
})();
