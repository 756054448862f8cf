// Draws the scoreboard's weekly trends (canvas.sf-record): promises per week as bars and
// the share kept as a line, from the canvas's data attributes.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  function numbers(text) {
    return text.split(',').map(function (n) { return n === '' ? null : Number(n); });
  }
  document.querySelectorAll('canvas.sf-record').forEach(function (canvas) {
    new Chart(canvas, {
      data: {
        labels: canvas.dataset.labels.split(','),
        datasets: [
          { type: 'bar', label: canvas.dataset.labelPromises, data: numbers(canvas.dataset.promises),
            backgroundColor: '#9ec5fe', yAxisID: 'count' },
          { type: 'line', label: canvas.dataset.labelKept, data: numbers(canvas.dataset.kept),
            borderColor: '#198754', backgroundColor: '#198754', spanGaps: true, yAxisID: 'share' }
        ]
      },
      options: {
        animation: false,
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: { ticks: { maxTicksLimit: 12 } },
          count: { position: 'left', beginAtZero: true, ticks: { precision: 0 } },
          share: { position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false } }
        }
      }
    });
  });
});
