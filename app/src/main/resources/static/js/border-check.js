// The check screen, keyboard first: Enter submits from any field (Shift+Enter keeps a new line in the
// zone); after an answer the zone is selected again so the next document can be pasted at once.
(function () {
    'use strict';
    function form() { return document.getElementById('check-form'); }
    document.addEventListener('keydown', function (e) {
        const f = form();
        if (!f || e.key !== 'Enter' || e.shiftKey || e.isComposing || !f.contains(e.target)) {
            return;
        }
        if (e.target.tagName === 'TEXTAREA' || e.target.tagName === 'INPUT' || e.target.tagName === 'SELECT') {
            e.preventDefault();
            f.requestSubmit();
        }
    });
    document.addEventListener('htmx:afterSwap', function (e) {
        if (e.target && e.target.id === 'check-result') {
            const mrz = document.getElementById('mrz');
            if (mrz) {
                mrz.focus();
                mrz.select();
            }
        }
    });
})();
