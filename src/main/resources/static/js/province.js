/* The province's grade distribution; its data comes from the page's JSON block (CSP allows no inline script). */
(function () {
  var block = document.getElementById('province-charts');
  if (!block || !window.qcdcCharts) { return; }
  var data = JSON.parse(block.textContent);
  qcdcCharts.distribution('chart-grades', data.labels, data.counts);
})();
