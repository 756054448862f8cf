// Draws the pain-point board's charts from the data attributes of each canvas: a weekly
// trend (sf-trend) or the weeks before and after an improvement (sf-before-after).
document.addEventListener('DOMContentLoaded', function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  function numbers(text) {
    return text.split(',').map(function (n) { return n === '' ? null : Number(n); });
  }
  document.querySelectorAll('canvas.sf-trend').forEach(function (canvas) {
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: canvas.dataset.labels.split(','),
        datasets: [{ data: numbers(canvas.dataset.counts), backgroundColor: '#0d6efd' }]
      },
      options: {
        animation: false, responsive: false,
        plugins: { legend: { display: false } },
        scales: { x: { display: false }, y: { display: false, beginAtZero: true } }
      }
    });
  });
  document.querySelectorAll('canvas.sf-before-after').forEach(function (canvas) {
    var split = Number(canvas.dataset.split);
    var counts = numbers(canvas.dataset.counts);
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: canvas.dataset.labels.split(',').slice(0, counts.length),
        datasets: [{
          data: counts,
          backgroundColor: counts.map(function (c, i) { return i < split ? '#adb5bd' : '#198754'; })
        }]
      },
      options: {
        animation: false,
        plugins: { legend: { display: false } },
        scales: { x: { ticks: { maxTicksLimit: 6 } }, y: { beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
  });
});
