// JSIS audit page: a refused filter answers 400 with its explanation in #audit-results; show it there
// (htmx swaps only 2xx answers by default).
document.addEventListener('htmx:beforeSwap', (event) => {
    if (event.detail.xhr.status === 400 && event.detail.target.id === 'audit-results') {
        event.detail.shouldSwap = true;
        event.detail.isError = false;
    }
});
