// Draws the shadow IT board's monthly spend (canvas.sf-spend), one chart per currency,
// from the canvas's data attributes.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  document.querySelectorAll('canvas.sf-spend').forEach(function (canvas) {
    var d = canvas.dataset;
    var datasets = [
      { label: d.label, data: d.values === '' ? [] : d.values.split(',').map(Number), backgroundColor: '#9ec5fe' }
    ];
    // A second series only where the page gives one: an empty one would still take a legend entry.
    if (d.after) {
      datasets.push({ type: 'line', label: d.labelAfter || '', data: d.after.split(',').map(Number),
        borderColor: '#198754', backgroundColor: '#198754' });
    }
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: d.labels === '' ? [] : d.labels.split(','),
        datasets: datasets
      },
      options: { animation: false, interaction: { mode: 'index', intersect: false },
        scales: { y: { beginAtZero: true } } }
    });
  });
});
