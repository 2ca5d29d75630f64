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
    // Axis text large and dark enough to read (13 px, #212529 on white).
    Chart.defaults.font.size = 13;
    Chart.defaults.color = '#212529';

    // The same scale at every width: the top of the axis and its step follow from the
    // figures alone (never from the chart's size), with whole numbers at a readable spacing.
    function countScale(figures, stacked) {
      var largest = 0;
      figures.labels.forEach(function (label, i) {
        var values = figures.series.map(function (series) { return series.data[i] || 0; });
        var value = stacked ? values.reduce(function (a, b) { return a + b; }, 0) : Math.max.apply(null, values);
        largest = Math.max(largest, value);
      });
      var step = largest <= 5 ? 1 : largest <= 10 ? 2 : largest <= 25 ? 5 : Math.ceil(largest / 50) * 10;
      var top = Math.max(step, Math.ceil(largest / step) * step);
      return { beginAtZero: true, min: 0, max: top, ticks: { stepSize: step, precision: 0 } };
    }

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
          scales: {
            x: { ticks: { maxRotation: 0, minRotation: 0, autoSkip: true, autoSkipPadding: 12 } },
            y: countScale(figures, false)
          },
          plugins: { legend: { display: figures.series.length > 1 } }
        }, options || {})
      });
    }

    // Month labels stay horizontal; on a narrow screen some are skipped (the table has them all).
    chart('chart-months', data.months, {
      scales: {
        x: { stacked: true, ticks: { maxRotation: 0, minRotation: 0, autoSkip: true, autoSkipPadding: 12 } },
        y: Object.assign({ stacked: true }, data.months ? countScale(data.months, true) : {})
      }
    });
    chart('chart-initiators', data.initiators);
    // A pair's two names on two lines, so that a phone's narrow label column does not clip them.
    if (data.pairs) {
      data.pairs.labels = data.pairs.labels.map(function (label) {
        var parts = String(label).split(' – ');
        return parts.length === 2 ? [parts[0] + ' –', parts[1]] : label;
      });
    }
    chart('chart-pairs', data.pairs, {
      indexAxis: 'y',
      scales: { x: data.pairs ? countScale(data.pairs, false) : {}, y: { ticks: { autoSkip: false } } }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
