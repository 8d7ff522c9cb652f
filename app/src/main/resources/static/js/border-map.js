// Checkpoints on the map: Leaflet without a tile server (like the home page's map), country outlines
// from /geo/csto-region.geojson, one marker per checkpoint (internal: blue, external: red).
(function () {
    'use strict';
    function init() {
        const element = document.getElementById('checkpoint-map');
        if (!element || typeof L === 'undefined' || element.dataset.ready) {
            return;
        }
        element.dataset.ready = 'true';
        const map = L.map(element, {zoomSnap: 0.25, minZoom: 2, maxZoom: 9});
        map.attributionControl.setPrefix(false);
        map.attributionControl.addAttribution('Natural Earth');
        map.fitBounds([[35, 19], [60, 120]]);
        fetch(element.dataset.geojson).then(function (r) { return r.json(); }).then(function (data) {
            L.geoJSON(data, {style: {color: '#9aa4ae', weight: 0.8, fillColor: '#e9edf1', fillOpacity: 1}}).addTo(map);
            let count = 0;
            document.querySelectorAll('#checkpoint-table .checkpoint').forEach(function (row) {
                const external = row.dataset.frontier === 'EXTERNAL';
                L.circleMarker([Number(row.dataset.lat), Number(row.dataset.lon)], {
                    radius: 5, weight: 1, color: '#ffffff', fillOpacity: 0.9,
                    fillColor: external ? '#b02a37' : '#2f6db5', className: 'jsis-checkpoint'
                }).bindTooltip(row.dataset.name + ' (' + row.dataset.code + ')').addTo(map);
                count++;
            });
            element.dataset.markers = String(count);
            element.dataset.loaded = 'true';
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})();
