// Overstayers per month (Chart.js); the data come from the canvas's data attributes.
(function () {
    'use strict';
    function draw() {
        const canvas = document.getElementById('overstay-chart');
        if (!canvas || typeof Chart === 'undefined' || canvas.dataset.ready) {
            return;
        }
        canvas.dataset.ready = 'true';
        const labels = canvas.dataset.months ? canvas.dataset.months.split(',') : [];
        const counts = canvas.dataset.counts ? canvas.dataset.counts.split(',').map(Number) : [];
        new Chart(canvas, {
            type: 'line',
            data: {labels: labels, datasets: [{label: canvas.dataset.label, data: counts, borderColor: '#b02a37',
                backgroundColor: 'rgba(176,42,55,0.15)', fill: true, tension: 0.2}]},
            options: {animation: false, scales: {y: {beginAtZero: true, ticks: {precision: 0}}}}
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', draw);
    } else {
        draw();
    }
})();
