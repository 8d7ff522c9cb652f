// Map of the member states on the home page: Leaflet without a tile server (deployments may be
// offline), country outlines from /geo/csto-region.geojson (Natural Earth, public domain), each
// member coloured by the status shown in the members table of the same page.
(function () {
    'use strict';

    const STYLES = {
        MEMBER: {color: '#ffffff', weight: 1.2, fillColor: '#2f6db5', fillOpacity: 0.8},
        SUSPENDED: {color: '#8a6200', weight: 1.5, dashArray: '4 3', fillColor: '#d89b00', fillOpacity: 0.55},
        WITHDRAWN: {color: '#555555', weight: 1.5, dashArray: '2 4', fillColor: '#7a7a7a', fillOpacity: 0.35},
        OTHER: {color: '#b5bcc4', weight: 0.8, fillColor: '#e4e7eb', fillOpacity: 1}
    };
    // From Belarus in the west to the Kyrgyz-Chinese border in the east.
    const VIEW = [[35, 19], [64, 98]];
    let geojson = null;

    function statuses() {
        const byCode = {};
        document.querySelectorAll('#members [data-state-code]').forEach(function (row) {
            byCode[row.dataset.stateCode] = {
                status: row.dataset.status, name: row.dataset.name, label: row.dataset.statusLabel
            };
        });
        return byCode;
    }

    function init(element) {
        if (element.dataset.ready || typeof L === 'undefined') {
            return;
        }
        element.dataset.ready = 'true';
        const byCode = statuses();
        const map = L.map(element, {zoomSnap: 0.25, minZoom: 2, maxZoom: 7, worldCopyJump: false});
        map.attributionControl.setPrefix(false);
        map.attributionControl.addAttribution('Natural Earth');
        map.fitBounds(VIEW);
        geojson = geojson || fetch(element.dataset.geojson).then(function (r) { return r.json(); });
        geojson.then(function (data) {
            const layer = L.geoJSON(data, {
                style: function (feature) {
                    const s = byCode[feature.properties.code];
                    return Object.assign({className: 'jsis-state'}, STYLES[s ? s.status : 'OTHER'] || STYLES.OTHER);
                },
                onEachFeature: function (feature, layer) {
                    const s = byCode[feature.properties.code];
                    if (s) {
                        layer.bindTooltip(s.name + ' — ' + s.label, {sticky: true});
                    }
                }
            }).addTo(map);
            markSmallStates(map, layer, byCode);
            element.dataset.loaded = 'true';
        });
    }

    // Armenia, Kyrgyzstan or Tajikistan are a few pixels wide at this zoom: a marker makes them
    // visible and gives a larger target for the tooltip.
    function markSmallStates(map, layer, byCode) {
        layer.eachLayer(function (state) {
            const s = byCode[state.feature.properties.code];
            const b = state.getBounds();
            if (s && b.getNorth() - b.getSouth() < 5 && b.getEast() - b.getWest() < 8) {
                const style = STYLES[s.status] || STYLES.OTHER;
                L.circleMarker(b.getCenter(), {
                    className: 'jsis-marker', radius: 6, weight: 2, color: '#13294b',
                    fillColor: style.fillColor, fillOpacity: 1
                }).bindTooltip(s.name + ' — ' + s.label).addTo(map);
            }
        });
    }

    function initAll() {
        document.querySelectorAll('.jsis-map').forEach(init);
    }

    document.addEventListener('DOMContentLoaded', initAll);
    document.addEventListener('htmx:afterSettle', initAll);
    if (document.readyState !== 'loading') {
        initAll();
    }
})();
