// Draws the statistics charts from the page's JSON data block; the tables beside them hold the same figures.
(function () {
  'use strict';

  function draw() {
    var block = document.getElementById('stats-data');
    if (!block || typeof Chart === 'undefined') {
      return;
    }
    var data = JSON.parse(block.textContent);
    var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    // Colours with at least 3:1 contrast against white; the tables carry the exact numbers.
    var colours = ['#1f5fa8', '#b35900', '#2e7d32', '#6a1b9a', '#5c636a', '#8b1a1a'];

    function chart(id, figures, options) {
      var canvas = document.getElementById(id);
      if (!canvas || !figures || figures.labels.length === 0) {
        return;
      }
      new Chart(canvas, {
        type: 'bar',
        data: {
          labels: figures.labels,
          datasets: figures.series.map(function (series, index) {
            return { label: series.label, data: series.data, backgroundColor: colours[index % colours.length] };
          })
        },
        options: Object.assign({
          responsive: true,
          maintainAspectRatio: false,
          animation: reduceMotion ? false : undefined,
          scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
          plugins: { legend: { display: figures.series.length > 1 } }
        }, options || {})
      });
    }

    chart('chart-months', data.months, {
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } }
    });
    chart('chart-initiators', data.initiators);
    chart('chart-pairs', data.pairs, {
      indexAxis: 'y',
      scales: { x: { beginAtZero: true, ticks: { precision: 0 } } }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
