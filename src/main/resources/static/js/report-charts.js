// Draws the bar charts of the dashboard and the portfolio from the JSON in each canvas's
// data-chart attribute ({label, labels, values}). The same figures are always in a table beside it.
(function () {
  "use strict";
  function draw(canvas) {
    var data;
    try {
      data = JSON.parse(canvas.getAttribute("data-chart"));
    } catch (e) {
      return;
    }
    canvas.chart = new window.Chart(canvas, {
      type: "bar",
      data: {
        labels: data.labels,
        datasets: [{ label: data.label, data: data.values, backgroundColor: "#1b5e70", borderColor: "#1b5e70" }]
      },
      options: {
        responsive: true,
        maintainAspectRatio: true,
        animation: false,
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    if (!window.Chart) {
      return;
    }
    document.querySelectorAll("canvas.report-chart[data-chart]").forEach(draw);
  });
})();
