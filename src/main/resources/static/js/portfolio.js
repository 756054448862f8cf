// Draws the portfolio's trend by quarter (canvas.sf-portfolio): the share of finished
// initiatives over budget, late and short of value, from the canvas's data attributes.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  function numbers(text) {
    return text === '' ? [] : text.split(',').map(function (n) { return n === '' ? null : Number(n); });
  }
  document.querySelectorAll('canvas.sf-portfolio').forEach(function (canvas) {
    var d = canvas.dataset;
    new Chart(canvas, {
      type: 'line',
      data: {
        labels: d.labels === '' ? [] : d.labels.split(','),
        datasets: [
          { label: d.labelBudget, data: numbers(d.budget), borderColor: '#dc3545', backgroundColor: '#dc3545', spanGaps: true },
          { label: d.labelDate, data: numbers(d.date), borderColor: '#fd7e14', backgroundColor: '#fd7e14', spanGaps: true },
          { label: d.labelValue, data: numbers(d.value), borderColor: '#6f42c1', backgroundColor: '#6f42c1', spanGaps: true }
        ]
      },
      options: {
        animation: false,
        interaction: { mode: 'index', intersect: false },
        scales: { y: { min: 0, max: 100 } }
      }
    });
  });
});
