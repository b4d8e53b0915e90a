// Draws the power/interest grid of the stakeholder register with Chart.js. The page passes the
// organisations (name, influence, interest) and the localized texts as JSON in data attributes;
// the table next to the chart carries the same content for people who cannot see it.
(function () {
  'use strict';

  function draw(canvas) {
    if (typeof Chart === 'undefined') {
      return;
    }
    var points = JSON.parse(canvas.dataset.points || '[]');
    var text = JSON.parse(canvas.dataset.text || '{}');
    // organisations on the same scores are spread a little around their spot so that all stay visible
    var seen = {};
    var data = points.map(function (p) {
      var spot = p.interest + ':' + p.influence;
      var n = seen[spot] = (seen[spot] || 0) + 1;
      var shift = (n - 1) * 0.12;
      return { x: p.interest + shift, y: p.influence - shift, name: p.name };
    });

    // the quadrant boundaries (3 and above is high) and the quadrant names
    var quadrants = {
      id: 'quadrants',
      beforeDatasetsDraw: function (chart) {
        var ctx = chart.ctx;
        var x = chart.scales.x;
        var y = chart.scales.y;
        ctx.save();
        ctx.strokeStyle = '#6b7780';
        ctx.setLineDash([6, 4]);
        ctx.beginPath();
        ctx.moveTo(x.getPixelForValue(2.5), y.top);
        ctx.lineTo(x.getPixelForValue(2.5), y.bottom);
        ctx.moveTo(x.left, y.getPixelForValue(2.5));
        ctx.lineTo(x.right, y.getPixelForValue(2.5));
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.fillStyle = '#3d4a52';
        ctx.font = 'bold 13px sans-serif';
        ctx.textAlign = 'center';
        ctx.fillText(text['keep-satisfied'] || '', x.getPixelForValue(1.5), y.getPixelForValue(5.4));
        ctx.fillText(text['manage-closely'] || '', x.getPixelForValue(4), y.getPixelForValue(5.4));
        ctx.fillText(text['monitor'] || '', x.getPixelForValue(1.5), y.getPixelForValue(0.7));
        ctx.fillText(text['keep-informed'] || '', x.getPixelForValue(4), y.getPixelForValue(0.7));
        ctx.restore();
      },
      afterDatasetsDraw: function (chart) {
        var ctx = chart.ctx;
        var meta = chart.getDatasetMeta(0);
        ctx.save();
        ctx.fillStyle = '#1d2a31';
        ctx.font = '12px sans-serif';
        ctx.textAlign = 'left';
        meta.data.forEach(function (element, i) {
          ctx.fillText(data[i].name, element.x + 8, element.y + 4);
        });
        ctx.restore();
      }
    };

    new Chart(canvas, {
      type: 'scatter',
      data: { datasets: [{ data: data, backgroundColor: '#0b6e7a', pointRadius: 6, pointHoverRadius: 8 }] },
      options: {
        animation: false,
        maintainAspectRatio: false,
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              label: function (item) {
                var p = points[item.dataIndex];
                return p.name + ': ' + (text.influence || 'influence') + ' ' + p.influence + ', '
                  + (text.interest || 'interest') + ' ' + p.interest;
              }
            }
          }
        },
        scales: {
          x: { min: 0.5, max: 5.5, ticks: { stepSize: 1 }, title: { display: true, text: text.interest || '' } },
          y: { min: 0.5, max: 5.5, ticks: { stepSize: 1 }, title: { display: true, text: text.influence || '' } }
        }
      },
      plugins: [quadrants]
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('canvas[data-points]').forEach(draw);
  });
})();
